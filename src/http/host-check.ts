/** The loopback host names: what the graph answers to in embedded mode unless ALLOWED_HOSTS says more. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/**
 * True when a request's `Host` header names an allowed host (any port). A page served from an attacker's domain whose
 * DNS answer is re-bound to 127.0.0.1 sends its own domain as `Host`, so checking it defeats DNS rebinding against a
 * graph listening on loopback. A missing or malformed `Host` is refused.
 */
export function hostAllowed(host: string | undefined, allowed: readonly string[]): boolean {
  if (!host) return false;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(host.trim());
  if (!match) return false;
  const name = match[1]!.toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => a.toLowerCase() === name);
}
