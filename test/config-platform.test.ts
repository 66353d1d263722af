import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, platformOrigin } from '../src/config/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('the platform the graph calls: NHS_ENV=embedded is the local stand-in, configured like any NHS environment', () => {
  it('needs NHS_API_ORIGIN in embedded (the graph never starts a stand-in), and says to run `npm start`', () => {
    expect(() => platformOrigin(loadConfig({}))).toThrow(ConfigError);
    expect(() => platformOrigin(loadConfig({}))).toThrow(/npm start/);
    expect(platformOrigin(loadConfig({ NHS_API_ORIGIN: 'http://127.0.0.1:4001' }))).toBe('http://127.0.0.1:4001');
    expect(platformOrigin(loadConfig({ NHS_ENV: 'sandbox' }))).toBe('https://sandbox.api.service.nhs.uk');
  });

  it('exits 2 with that message when the graph process is started without it', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, NHS_ENV: 'embedded', NHS_API_ORIGIN: '', PORT: '0' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('NHS_ENV=embedded needs NHS_API_ORIGIN');
    expect(run.stderr).toContain('Run `npm start`');
  }, 120_000);

  it("reads the stand-in's registered app in embedded when given, all three or a clear message", () => {
    const dir = mkdtempSync(join(tmpdir(), 'nhs-graph-config-'));
    const keyFile = join(dir, 'key.pem');
    writeFileSync(keyFile, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const config = loadConfig({
      NHS_API_ORIGIN: 'http://127.0.0.1:4001',
      NHS_API_KEY: 'abcdefgh12345678',
      NHS_KEY_ID: 'embedded-1',
      NHS_PRIVATE_KEY_FILE: keyFile,
    });
    expect(config.credentials).toMatchObject({ apiKey: 'abcdefgh12345678', keyId: 'embedded-1' });
    expect(() => loadConfig({ NHS_API_KEY: 'abcdefgh12345678' })).toThrow(/NHS_KEY_ID is required with the other two/);
  });

  it('honours PLAYGROUND_PERSONAS_URL in embedded and sandbox only', () => {
    expect(loadConfig({ PLAYGROUND_PERSONAS_URL: 'http://127.0.0.1:4001/_sandbox/personas' }).devx.personasUrl).toBe('http://127.0.0.1:4001/_sandbox/personas');
    expect(() => loadConfig({ NHS_ENV: 'int', PLAYGROUND_PERSONAS_URL: 'http://127.0.0.1:4001/_sandbox/personas' })).toThrow(
      /PLAYGROUND_PERSONAS_URL is for the local NHS stand-in only/,
    );
  });
});
