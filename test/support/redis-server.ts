import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface RedisServer {
  url: string;
  /** A client for inspecting what the graph stored. */
  client: Redis;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts Debian's redis-server on a free loopback port with no persistence, and waits until it answers PING. The
 * process is the test's own: `stop` ends it by its pid. `startAfterMs` delays the server's start (through `sh`): a
 * busy machine can take that long, and the wait must outlast it.
 */
export async function startRedisServer(options: { startAfterMs?: number } = {}): Promise<RedisServer> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'];
  const child: ChildProcess = options.startAfterMs
    ? spawn('sh', ['-c', `sleep ${options.startAfterMs / 1000}; exec redis-server "$@"`, 'sh', ...args], { stdio: 'ignore' })
    : spawn('redis-server', args, { stdio: 'ignore' });
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  try {
    await untilAnswering(client, 5_000, () => spawnError);
  } catch (error) {
    client.disconnect();
    child.kill('SIGTERM');
    if (!spawnError) throw new Error(`redis-server did not start on port ${port}: ${(error as Error).message}`);
    const missing = (spawnError as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'redis-server is not installed: `apt-get install redis-server` (npm test installs it: test/support/prerequisites.sh)'
        : `redis-server did not start: ${spawnError.message}`,
    );
  }
  return {
    url,
    client,
    async stop() {
      client.disconnect();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Waits until `client` answers PING, for up to `timeoutMs`; `failed` gives an error when there is no point waiting
 * longer (the server could not be started), and it is thrown at once. The client is connected only while it is not
 * connecting by itself: once a first attempt has failed it reconnects on its own, and `connect()` would then throw
 * "already connecting/connected" until the deadline even after the server is up.
 */
export async function untilAnswering(client: Redis, timeoutMs: number, failed: () => Error | undefined = () => undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (client.status === 'wait' || client.status === 'end') await client.connect();
      await client.ping();
      return;
    } catch (error) {
      const failure = failed();
      if (failure) throw failure;
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
