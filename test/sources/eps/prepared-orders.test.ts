import { describe, expect, it } from 'vitest';
import { PreparedOrders } from '../../../src/sources/eps/prepared-orders.js';

const order = { nhsNumber: '9990000832', prescriptionId: '24F5DA-A83008-7EFE6Z', bundle: { resourceType: 'Bundle' as const }, digest: 'ZGln', timestamp: 't' };

describe('PreparedOrders', () => {
  it('gives a prepared order back to the user who prepared it, under any case of its id, for 15 minutes', () => {
    let now = 1_000;
    const orders = new PreparedOrders(() => now);
    const id = orders.hold({ ...order, userId: 'u1' });
    expect(orders.find(id.toUpperCase(), 'u1')).toMatchObject({ prescriptionId: order.prescriptionId, expiresAt: 1_000 + 15 * 60_000 });
    expect(orders.find(id, 'u2')).toBeUndefined();
    now += 15 * 60_000 - 1;
    expect(orders.find(id, 'u1')).toBeDefined();
    now += 1;
    expect(orders.find(id, 'u1')).toBeUndefined();
  });

  it('answers an unguessable id per order, and an unknown id with nothing', () => {
    const orders = new PreparedOrders();
    const a = orders.hold({ ...order, userId: 'u1' });
    const b = orders.hold({ ...order, userId: 'u1' });
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(orders.find('6a2624a2-321b-470e-91a6-8ae7a065e2f0', 'u1')).toBeUndefined();
  });
});
