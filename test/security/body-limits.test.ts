import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const LIMIT = 64 * 1024;

/** A raw connection to the graph: what it received so far, and whether the graph closed it. */
interface Raw {
  socket: Socket;
  received(): string;
  closed: Promise<void>;
  /** Resolves once some bytes have arrived. */
  firstBytes: Promise<void>;
}

async function open(url: string): Promise<Raw> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let text = '';
  let gotBytes: () => void = () => {};
  const firstBytes = new Promise<void>((resolve) => (gotBytes = resolve));
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
    gotBytes();
  });
  // Writes into a socket the server has reset fail; the test looks at what came back, not at that.
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, received: () => text, closed, firstBytes };
}

const write = (socket: Socket, data: string | Buffer) => new Promise<boolean>((resolve) => socket.write(data, (error) => resolve(!error)));

describe('request bodies, slow clients and connections', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ graph: { maxBodyBytes: LIMIT }, server: { http: { headersTimeoutMs: 500, requestTimeoutMs: 1_000, maxConnections: 4 } } });
  });
  afterAll(() => t.close());

  it('refuses a body declared over the limit with 413 as soon as its headers arrive, without waiting for a byte of it', async () => {
    const raw = await open(t.url);
    await write(raw.socket, `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`);
    await raw.firstBytes;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(raw.received()).toMatch(/connection: close/i);
    expect(raw.received()).toContain('"reason":"BODY_TOO_LARGE"');
    raw.socket.destroy();
  });

  it('cuts a chunked body off as soon as it passes the limit: the 413 arrives while the client is still sending', async () => {
    const raw = await open(t.url);
    await write(raw.socket, 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    let sent = 0;
    // Up to 64 MB, stopping as soon as an answer arrives (or the graph closes the connection).
    while (sent < 64 * 1024 * 1024 && raw.received() === '' && !raw.socket.destroyed) {
      if (!(await write(raw.socket, frame))) break;
      sent += chunk.length;
    }
    await raw.firstBytes;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 413 /);
    // The limit plus what the loopback socket buffers held: far from the 64 MB a body read to its end would take.
    expect(sent).toBeLessThan(32 * 1024 * 1024);
    raw.socket.destroy();
  });

  it('closes a connection whose headers do not arrive within the headers timeout', async () => {
    const raw = await open(t.url);
    await write(raw.socket, 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection whose body does not arrive within the request timeout', async () => {
    const raw = await open(t.url);
    await write(raw.socket, 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection past the connection cap at once, and serves the ones it holds', async () => {
    const held = await Promise.all([0, 1, 2, 3].map(() => open(t.url)));
    for (const raw of held) {
      await write(raw.socket, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      await raw.firstBytes;
      expect(raw.received()).toMatch(/^HTTP\/1\.1 200 /);
    }
    const extra = await open(t.url);
    await write(extra.socket, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await extra.closed;
    expect(extra.received()).toBe('');
    for (const raw of held) raw.socket.destroy();
  });
});
