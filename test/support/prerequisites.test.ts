/**
 * `npm test`'s first step (test/support/prerequisites.sh) on a machine without redis-server or Chromium: run with a
 * PATH of fakes only (no redis-server, no chromium; an apt-get and a sudo that record their arguments, and an id that
 * says which user runs it), so the real machine's packages are neither needed nor touched.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./prerequisites.sh', import.meta.url));
const BASH = '/bin/bash';

interface Machine {
  bin: string;
  /** One line per call of the fake apt-get or sudo: `apt-get DEBIAN_FRONTEND=<value> <args>` or `sudo <args>`. */
  calls(): string[];
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function script(path: string, body: string): void {
  writeFileSync(path, `#!${BASH}\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A directory of fakes to be the whole PATH. apt-get install makes the packages' binaries appear in it. */
function machine(options: { uid: number; present?: string[]; aptGet?: 'works' | 'fails' | 'absent' | 'installs-nothing'; sudo?: boolean }): Machine {
  const bin = mkdtempSync(join(tmpdir(), 'nhs-graph-prereq-'));
  made.push(bin);
  const log = join(bin, 'calls.log');
  writeFileSync(log, '');
  script(join(bin, 'id'), `[ "$1" = "-u" ] && echo ${options.uid}`);
  // env is what the script runs apt-get through (to set DEBIAN_FRONTEND); the real one, found in this PATH.
  script(join(bin, 'env'), 'exec /usr/bin/env "$@"');
  for (const name of options.present ?? []) script(join(bin, name), 'exit 0');
  const aptGet = options.aptGet ?? 'works';
  if (aptGet !== 'absent') {
    script(
      join(bin, 'apt-get'),
      [
        `echo "apt-get DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> ${log}`,
        aptGet === 'fails' ? 'exit 100' : '',
        aptGet === 'works'
          ? `if [ "$1" = install ]; then for p in "$@"; do case "$p" in -*|install) ;; *) printf '#!${BASH}\\nexit ` +
            `0\\n' > "${bin}/$p"; /bin/chmod 755 "${bin}/$p";; esac; done; fi`
          : '',
      ].join('\n'),
    );
  }
  if (options.sudo) script(join(bin, 'sudo'), `echo "sudo $*" >> ${log}\nexec "$@"`);
  return { bin, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

function run(m: Machine, env: Record<string, string> = {}) {
  const result = spawnSync(BASH, [SCRIPT], { env: { PATH: m.bin, ...env }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe("npm test's prerequisites (redis-server, chromium)", () => {
  it('does nothing when both are installed', () => {
    const m = machine({ uid: 1000, present: ['redis-server', 'chromium'], sudo: true });
    const result = run(m);
    expect(result).toEqual({ status: 0, stderr: '' });
    expect(m.calls()).toEqual([]);
  });

  it('installs the missing one with apt-get as root, non-interactively, after an update', () => {
    const m = machine({ uid: 0, present: ['chromium'] });
    const result = run(m);
    expect(result.status).toBe(0);
    expect(m.calls()).toEqual(['apt-get DEBIAN_FRONTEND=noninteractive update -qq', 'apt-get DEBIAN_FRONTEND=noninteractive install -y -qq redis-server']);
    expect(existsSync(join(m.bin, 'redis-server'))).toBe(true);
    // Run again: now a no-op.
    expect(run(m)).toEqual({ status: 0, stderr: '' });
    expect(m.calls()).toHaveLength(2);
  });

  it('installs both through sudo when not root', () => {
    const m = machine({ uid: 1000, sudo: true });
    const result = run(m);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('installing redis-server chromium with apt-get');
    expect(m.calls()).toEqual([
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'apt-get DEBIAN_FRONTEND=noninteractive update -qq',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server chromium',
      'apt-get DEBIAN_FRONTEND=noninteractive install -y -qq redis-server chromium',
    ]);
  });

  it('takes CHROMIUM_PATH as the browser when it names an executable', () => {
    const m = machine({ uid: 0, present: ['redis-server'] });
    const browser = join(m.bin, 'my-chrome');
    script(browser, 'exit 0');
    expect(run(m, { CHROMIUM_PATH: browser })).toEqual({ status: 0, stderr: '' });
    expect(m.calls()).toEqual([]);
    const wrong = run(m, { CHROMIUM_PATH: join(m.bin, 'no-such-browser') });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('is not an executable');
  });

  it('says what to install and exits 1 when it is neither root nor has sudo', () => {
    const m = machine({ uid: 1000, present: ['chromium'] });
    const result = run(m);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm test needs redis-server');
    expect(result.stderr).toContain('needs root or sudo');
    expect(result.stderr).toContain('apt-get install -y redis-server');
    expect(m.calls()).toEqual([]);
  });

  it('says what to install and exits 1 without apt-get', () => {
    const m = machine({ uid: 0, aptGet: 'absent' });
    const result = run(m);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm test needs redis-server chromium');
    expect(result.stderr).toContain('no apt-get');
  });

  it('exits 1 with a message when apt-get fails or installs nothing usable', () => {
    const failing = machine({ uid: 0, aptGet: 'fails' });
    const failed = run(failing);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('apt-get update failed');
    const empty = machine({ uid: 0, aptGet: 'installs-nothing', present: ['chromium'] });
    const nothing = run(empty);
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toContain('installed no redis-server on the PATH');
  });
});

describe('on this machine', () => {
  it('finds both installed and does nothing', () => {
    const result = spawnSync(BASH, [SCRIPT], { encoding: 'utf8', env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/bin:/usr/sbin` } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
