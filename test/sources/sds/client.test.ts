import { describe, expect, it } from 'vitest';
import { correlationUuid } from '../../../src/sources/sds/client.js';

describe('correlationUuid', () => {
  it('keeps a UUID and derives a stable UUID from anything else', () => {
    expect(correlationUuid('6d3d3674-7ce5-11ec-90d6-0242ac120003')).toBe('6d3d3674-7ce5-11ec-90d6-0242ac120003');
    const derived = correlationUuid('trace-abc-123');
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(correlationUuid('trace-abc-123')).toBe(derived);
    expect(correlationUuid('trace-abc-124')).not.toBe(derived);
  });
});
