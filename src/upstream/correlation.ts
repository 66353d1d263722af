import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The graph request's correlation id as a UUID, for APIs whose spec says X-Correlation-Id is `format: uuid` (SDS answers
 * 400 to anything else; BaRS's proxy requires one). A caller's correlation id that is not a UUID is sent as a UUID
 * derived from it (SHA-1, name-based), so every call of one graph request still carries the same id.
 */
export function correlationUuid(correlationId: string): string {
  if (UUID.test(correlationId)) return correlationId;
  const h = createHash('sha1').update(correlationId).digest('hex');
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}
