import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimitSettings } from '../../src/sources/content/rate-limit.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * The Website Content limiter against the embedded sandbox enforcing the platform's limit (here 5 calls a second,
 * the public sandbox's 60 a minute scaled down so a test takes seconds): a burst of distinct pages waits its turn
 * instead of drawing 429s, and beyond the queue it fails fast with RATE_LIMITED.
 */
const SLUGS = [
  'acne',
  'alzheimers-disease',
  'angina',
  'appendicitis',
  'arthritis',
  'asthma',
  'atopic-eczema',
  'atrial-fibrillation',
  'gout',
  'hay-fever',
  'heart-failure',
  'migraine',
];
const BURST = `{ ${SLUGS.map((s, i) => `p${i}: healthContent(path: "/conditions/${s}/") { name }`).join(' ')} }`;

let t: TestGraph | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function graphWith(rateLimit: RateLimitSettings): Promise<TestGraph> {
  t = await startTestGraph({ sandbox: { rateLimits: { content: { limit: 5, windowMs: 1_000 } } }, sources: { content: { rateLimit } } });
  return t;
}

describe('the Website Content rate limiter', () => {
  it('queues a burst of 12 distinct pages so that the platform answers every one and refuses none', async () => {
    const g = await graphWith({ limit: 5, intervalMs: 1_000, maxQueue: 20 });
    const started = Date.now();
    const r = await g.run<Record<string, { name: string }>>(BURST);
    const elapsed = Date.now() - started;
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data!).map((p) => p.name)).toHaveLength(12);
    expect(g.calls()).toEqual({ content: 12 });
    expect(g.sandbox.rateLimitedCount('content')).toBe(0);
    // 5 now, 5 a second later, 2 a second after that.
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
  });

  it('without it the same burst draws 429s from the platform (the sandbox does enforce the limit)', async () => {
    const g = await graphWith({ limit: 100, intervalMs: 1_000, maxQueue: 100 });
    const r = await g.run(BURST);
    expect(g.sandbox.rateLimitedCount('content')).toBe(7);
    expect(codes(r).filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
    const upstream = r.errors![0]!.extensions!.upstream as Record<string, unknown>;
    expect(upstream).toMatchObject({ api: 'content', status: 429 });
  });

  it('fails the calls beyond its queue at once with RATE_LIMITED, without sending them', async () => {
    const g = await graphWith({ limit: 2, intervalMs: 1_000, maxQueue: 3 });
    const ten = `{ ${SLUGS.slice(0, 10)
      .map((s, i) => `p${i}: healthContent(path: "/conditions/${s}/") { name }`)
      .join(' ')} }`;
    const r = await g.run<Record<string, { name: string } | null>>(ten);
    // 2 go at once, 3 wait for the next second, the other 5 are refused without a call.
    expect(Object.values(r.data!).filter(Boolean)).toHaveLength(5);
    expect(codes(r)).toEqual(Array(5).fill('RATE_LIMITED'));
    for (const e of r.errors!) {
      expect(e.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(e.extensions!.upstream).toEqual({ api: 'content' });
    }
    expect(g.calls()).toEqual({ content: 5 });
    expect(g.sandbox.rateLimitedCount('content')).toBe(0);
  });
});
