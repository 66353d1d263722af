import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namespaced, RedisCache } from '../../src/cache/index.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { SUBJECT } from '../support/probes.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';

/**
 * Typed prescribing across replicas: the create (or a retry) may reach another replica than the prepare did. With Redis
 * the prepared message and the request times are shared, so the create finds what was prepared elsewhere.
 */
const PREPARE =
  'mutation($i: PrescriptionOrderInput!) { preparePrescription(input: $i) { preparedPrescription { preparedId prescriptionId } userErrors { code } } }';
const CREATE = `mutation($i: CreatePrescriptionInput!) { createPrescription(input: $i) { createdPrescription { prescriptionId } userErrors { code } } }`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('typed prescribing with two graph replicas sharing Redis', () => {
  let redis: RedisServer;
  let a: TestGraph;
  let b: TestGraph;
  const caches: RedisCache[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    const prefix = `nhs-graph:test-${randomUUID()}:`;
    const replica = async () => {
      const cache = new RedisCache(redis.url, { prefix });
      await cache.ready();
      caches.push(cache);
      return startTestGraph({ sources: { eps: { store: namespaced(cache, 'eps:') } } });
    };
    a = await replica();
    b = await replica();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const c of caches) await c.close();
    await redis?.stop();
  });

  it('a prescription prepared on one replica is signed off on the other, and the prepared message expires from Redis within 15 minutes', async () => {
    const input = {
      patient: SUBJECT,
      prescriber: { organisation: 'A83008', professionalCode: '6095103' },
      items: [
        {
          medication: { code: '39732311000001104', name: 'Amoxicillin 250mg capsules' },
          quantity: 20,
          unit: 'capsule',
          unitCode: '428673006',
          dosage: '2 times a day for 10 days',
          supplyDays: 10,
        },
      ],
    };
    const prepared = await a.run<any>(PREPARE, { i: input });
    expect(prepared.errors).toBeUndefined();
    const { preparedId, prescriptionId } = prepared.data.preparePrescription.preparedPrescription;
    const keys = await redis.client.keys('*eps-prepared:*');
    expect(keys).toHaveLength(1);
    const ttl = await redis.client.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    b.resetCalls();
    const created = await b.run<any>(CREATE, { i: { preparedId, patient: SUBJECT, signature: b64('signature'), certificate: b64('certificate') } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createPrescription).toEqual({ createdPrescription: { prescriptionId }, userErrors: [] });
    expect(b.calls()).toEqual({ 'eps-prescribing': 1 });
  });
});
