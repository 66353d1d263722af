import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/**
 * A request-level failure in GraphQL's response shape, coded like every other error. With `retryAfterSeconds`, the
 * answer says when to try again both as a `Retry-After` header and as `extensions.retryAfterSeconds` (as RATE_LIMITED does).
 */
export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string, reason?: string, retryAfterSeconds?: number): void {
  const retry = retryAfterSeconds !== undefined;
  const extensions = { code, ...(reason ? { reason } : {}), ...(retry ? { retryAfterSeconds } : {}) };
  sendJson(res, status, { errors: [{ message, extensions }] }, retry ? { 'retry-after': String(retryAfterSeconds) } : {});
}

/**
 * Reads a request body of at most `limit` bytes. A body declared longer (Content-Length) is refused before a byte of
 * it is read; a body that grows past the limit (chunked, or longer than declared) is refused as soon as it does, and
 * reading stops there. On refusal the rest of the body is never read: answer with `closeAfterAnswer`.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve({ ok: false });
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

/**
 * For an answer sent before the request body was read to its end: the connection closes once the answer is written,
 * so the rest of the body is never read (Node would otherwise read and discard it to reuse the connection).
 */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  res.once('finish', () => {
    // Let the answer reach the client before the socket goes: a reset right behind it can discard it unread.
    setTimeout(() => req.socket.destroy(), 1_000).unref();
  });
}
