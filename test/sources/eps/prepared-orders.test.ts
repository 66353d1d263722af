import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../../../src/cache/index.js';
import { PreparedOrders } from '../../../src/sources/eps/prepared-orders.js';
import { RequestTimes } from '../../../src/sources/eps/request-times.js';

const order = { nhsNumber: '9990000832', prescriptionId: '24F5DA-A83008-7EFE6Z', bundle: { resourceType: 'Bundle' as const }, digest: 'ZGln', timestamp: 't' };

describe('PreparedOrders', () => {
  it('gives a prepared order back to the user who prepared it, under any case of its id, for 15 minutes', async () => {
    let now = 1_000;
    const orders = new PreparedOrders(new MemoryCache(), () => now);
    const id = await orders.hold({ ...order, userId: 'u1' });
    expect(await orders.find(id.toUpperCase(), 'u1')).toMatchObject({ prescriptionId: order.prescriptionId, expiresAt: 1_000 + 15 * 60_000 });
    expect(await orders.find(id, 'u2')).toBeUndefined();
    now += 15 * 60_000 - 1;
    expect(await orders.find(id, 'u1')).toBeDefined();
    now += 1;
    expect(await orders.find(id, 'u1')).toBeUndefined();
  });

  it('finds an order held through another instance sharing the store (two replicas and Redis)', async () => {
    const shared = new MemoryCache();
    const id = await new PreparedOrders(shared).hold({ ...order, userId: 'u1' });
    expect(await new PreparedOrders(shared).find(id, 'u1')).toMatchObject({ prescriptionId: order.prescriptionId });
  });

  it('answers an unguessable id per order, and an unknown id with nothing', async () => {
    const orders = new PreparedOrders();
    const a = await orders.hold({ ...order, userId: 'u1' });
    const b = await orders.hold({ ...order, userId: 'u1' });
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await orders.find('6a2624a2-321b-470e-91a6-8ae7a065e2f0', 'u1')).toBeUndefined();
  });
});

describe('RequestTimes', () => {
  it("gives a request id's first time again, to the same user, through any instance sharing the store", async () => {
    let now = Date.parse('2026-12-06T10:00:00Z');
    const shared = new MemoryCache();
    const first = await new RequestTimes(shared, () => now).timeOf('u1', 'ABC');
    now += 60_000;
    expect(await new RequestTimes(shared, () => now).timeOf('u1', 'abc')).toBe(first);
    expect(await new RequestTimes(shared, () => now).timeOf('u2', 'abc')).toBe(new Date(now).toISOString());
  });
});
