import { BadUserInputError } from '../errors.js';

/** Opaque cursors over upstreams that page by offset (ODS `_offset`). */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError('INVALID_CURSOR', 'after is not a cursor this graph issued');
  return Number(match[1]);
}
