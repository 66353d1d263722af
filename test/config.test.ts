import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/index.js';

describe('configuration of the directory, content and waiting-list sources', () => {
  it("defaults to the query URL form for WLMDS and the environment's Website Content limit and 7-day cache", () => {
    const config = loadConfig({});
    expect(config.wlmdsUrlForm).toBe('query');
    expect(config.content).toEqual({ rateLimitPerMinute: 60, cacheMaxAgeSeconds: 604_800 });
  });

  it('reads WLMDS_URL_FORM, CONTENT_RATE_LIMIT_PER_MINUTE and CONTENT_CACHE_MAX_AGE_SECONDS', () => {
    const config = loadConfig({ WLMDS_URL_FORM: 'path', CONTENT_RATE_LIMIT_PER_MINUTE: '1200', CONTENT_CACHE_MAX_AGE_SECONDS: '3600' });
    expect(config.wlmdsUrlForm).toBe('path');
    expect(config.content).toEqual({ rateLimitPerMinute: 1200, cacheMaxAgeSeconds: 3600 });
  });

  it("reports a bad URL form and a cache age over the contract's 7 days, each on its own line", () => {
    try {
      loadConfig({ WLMDS_URL_FORM: 'both', CONTENT_CACHE_MAX_AGE_SECONDS: '700000' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems.some((p) => p.startsWith('WLMDS_URL_FORM must be query'))).toBe(true);
      expect(problems.some((p) => p.startsWith('CONTENT_CACHE_MAX_AGE_SECONDS must be a whole number from 0 to 604800'))).toBe(true);
    }
  });
});
