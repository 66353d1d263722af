import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { startRedisServer, untilAnswering } from './redis-server.js';

describe('the tests’ redis-server', () => {
  it('is waited for when it starts after the first connection attempt (a busy machine)', { timeout: 20_000 }, async () => {
    const redis = await startRedisServer({ startAfterMs: 400 });
    try {
      expect(await redis.client.ping()).toBe('PONG');
    } finally {
      await redis.stop();
    }
  });

  it('is answering once a client that connected by itself is ready, without asking it to connect again', { timeout: 20_000 }, async () => {
    const redis = await startRedisServer();
    // What the start's client becomes when its own reconnection wins the race with the wait: connected, not by `connect()`.
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    client.on('error', () => {});
    try {
      await new Promise((resolve) => client.once('ready', resolve));
      await untilAnswering(client, 1_000);
      expect(client.status).toBe('ready');
    } finally {
      client.disconnect();
      await redis.stop();
    }
  });
});
