import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { captureChildOutput } from '../support/log-capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function query(graph: string, token: string): Promise<{ data?: { patient: { nhsNumber: string } | null }; errors?: { extensions: { code: string } }[] }> {
  const res = await request(`${graph}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ patient(nhsNumber: "9000000009") { nhsNumber } }' }),
  });
  return (await res.body.json()) as never;
}

describe('`npm start` (sandbox/src/launch.ts): the NHS stand-in and the graph as two processes', () => {
  it('prints both URLs; the graph survives the stand-in being killed and restarted; SIGTERM stops both, exit 0', async () => {
    // From source (no build): the compiled graph is covered by test/build/production-install.test.ts.
    const launcher = spawn(process.execPath, ['--import', 'tsx', 'sandbox/src/launch.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NHS_GRAPH_FROM_SOURCE: 'on',
        PORT: '0',
        EMBEDDED_SANDBOX_PORT: '0',
        PLAYGROUND: 'off',
        AUDIT_LOG_PATH: join(mkdtempSync(join(tmpdir(), 'nhs-graph-launch-')), 'audit.jsonl'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    captureChildOutput(launcher);
    let output = '';
    launcher.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    const waitFor = async (pattern: RegExp): Promise<RegExpExecArray> => {
      while (!pattern.test(output)) {
        if (launcher.exitCode !== null) throw new Error(`the launcher exited: ${output}`);
        await new Promise((resolve) => launcher.stdout.once('data', resolve));
      }
      return pattern.exec(output)!;
    };
    try {
      const [, graph, graphPid, standIn, standInPid] = await waitFor(
        /two processes: the graph at (http:\/\/\S+)\/graphql \(pid (\d+)\), the NHS stand-in at (http:\/\/\S+) \(pid (\d+)\)/,
      );
      // A test user signed in by the stand-in for the graph's registered client (what `npm run token` does).
      const signIn = await request(`${standIn}/_sandbox/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ staff: 'clinician' }),
      });
      const { idToken } = (await signIn.body.json()) as { idToken: string };
      expect(await query(graph!, idToken)).toEqual({ data: { patient: { nhsNumber: '9000000009' } } });

      process.kill(Number(standInPid), 'SIGKILL');
      // Once its port refuses connections (the launcher waits, then starts a new one: seconds), the graph answers with a
      // coded upstream error.
      while (
        await request(`${standIn}/_ping`).then(
          (res) => res.body.dump().then(() => true),
          () => false,
        )
      )
        await new Promise((resolve) => setTimeout(resolve, 20));
      const down = await query(graph!, idToken);
      expect(down.data?.patient).toBeNull();
      expect(down.errors?.[0]?.extensions.code).toMatch(/^UPSTREAM_/);
      await waitFor(/the NHS stand-in is back/);
      // Same port, same registration and identity keys: the same token and the same query work, through the same graph.
      expect(await query(graph!, idToken)).toEqual({ data: { patient: { nhsNumber: '9000000009' } } });
      expect(alive(Number(graphPid))).toBe(true);
      expect(output.match(/nhs-graph \(embedded\) ready/g)).toHaveLength(1);
      expect(output).toContain(`NHS stand-in ready: ${standIn}`);

      launcher.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"stopped"');
      expect(alive(Number(graphPid))).toBe(false);
      // The restarted stand-in stopped too: its port refuses connections.
      await expect(request(`${standIn}/_ping`)).rejects.toThrow();
    } finally {
      try {
        process.kill(-launcher.pid!, 'SIGKILL');
      } catch {
        // Already gone: stopped as it should.
      }
    }
  }, 180_000);
});
