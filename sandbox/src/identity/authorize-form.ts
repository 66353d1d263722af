import type { OidcUser } from './oidc-provider.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/**
 * The sandbox's sign-in page: a plain form (no script, nothing loaded from elsewhere) that carries the authorization
 * request's parameters and lets a tester pick a test user, or type any test user id the provider knows.
 */
export function authorizeForm(provider: string, action: string, params: URLSearchParams, users: OidcUser[]): string {
  const hidden = [...params]
    .filter(([k]) => k !== 'user')
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join('\n    ');
  const options = users.map((u) => `<option value="${escape(u.id)}">${escape(u.label)}</option>`).join('\n      ');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(provider)} (embedded sandbox): sign in</title></head>
<body>
  <h1>${escape(provider)} — embedded sandbox</h1>
  <p>Test users only: pick one from the list, or type any test user id.</p>
  <form method="post" action="${escape(action)}">
    ${hidden}
    <label>Test user <input name="user" list="test-users" required></label>
    <datalist id="test-users">
      ${options}
    </datalist>
    <button type="submit">Sign in</button>
  </form>
</body>
</html>
`;
}
