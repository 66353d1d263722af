/**
 * Reads environment variables for one loadConfig() call and gathers every problem, one line each, so the process
 * reports all of them at once and never starts half-configured. Secrets are never echoed.
 */
export class EnvReader {
  readonly problems: string[] = [];

  constructor(readonly env: NodeJS.ProcessEnv) {}

  problem(message: string): void {
    this.problems.push(message);
  }

  /** A whole number from min to max; the fallback when unset or empty (and when bad, with a problem). */
  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  /** An https URL (or http too, unless `https`), without its trailing slash; undefined when unset. */
  url(name: string, https: boolean): string | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !(parsed.protocol === 'https:' || (!https && parsed.protocol === 'http:'))) {
      this.problems.push(`${name} must be an ${https ? 'https' : 'http(s)'} URL (got "${raw}")`);
      return undefined;
    }
    return raw.replace(/\/$/, '');
  }

  /** on/true/1 or off/false/0. */
  flag(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['on', 'true', '1'].includes(raw)) return true;
    if (['off', 'false', '0'].includes(raw)) return false;
    this.problems.push(`${name} must be on or off (got "${this.env[name]}")`);
    return fallback;
  }
}

export const envName = (id: string) => id.toUpperCase().replace(/-/g, '_');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
