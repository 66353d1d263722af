import { describe, expect, it } from 'vitest';
import { cacheLifetimeMs, CONTENT_MAX_AGE_SECONDS, MemoryCache } from '../../../src/sources/content/cache.js';
import { normaliseContentPath, pathFromUrl } from '../../../src/sources/content/paths.js';
import { plainText } from '../../../src/sources/content/mapper.js';

describe('MemoryCache', () => {
  it('keeps an entry for its TTL and no longer', async () => {
    let now = 0;
    const cache = new MemoryCache(10, () => now);
    await cache.set('a', { x: 1 }, 1_000);
    now = 999;
    expect(await cache.get('a')).toEqual({ x: 1 });
    now = 1_000;
    expect(await cache.get('a')).toBeUndefined();
  });

  it('drops the least recently used entry beyond its size', async () => {
    const cache = new MemoryCache(2);
    await cache.set('a', 1, 1_000);
    await cache.set('b', 2, 1_000);
    await cache.get('a');
    await cache.set('c', 3, 1_000);
    expect([await cache.get('a'), await cache.get('b'), await cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });

  it('does not store an entry with no lifetime', async () => {
    const cache = new MemoryCache();
    await cache.set('a', 1, 0);
    expect(await cache.get('a')).toBeUndefined();
  });
});

describe('cacheLifetimeMs', () => {
  it.each([
    [undefined, CONTENT_MAX_AGE_SECONDS * 1000],
    ['public, max-age=3600', 3_600_000],
    ['max-age=99999999', CONTENT_MAX_AGE_SECONDS * 1000],
    ['no-store', 0],
    ['private, max-age=60', 0],
  ])('Cache-Control %s gives %i ms (never over 7 days)', (header, ms) => {
    expect(cacheLifetimeMs(header, CONTENT_MAX_AGE_SECONDS)).toBe(ms);
  });
});

describe('content paths', () => {
  it.each([
    ['/conditions/acne/', '/conditions/acne/'],
    ['conditions/acne', '/conditions/acne/'],
    ['/Conditions/Acne', '/conditions/acne/'],
    ['https://www.nhs.uk/conditions/acne/', '/conditions/acne/'],
    ['https://api.service.nhs.uk/nhs-website-content/live-well/exercise/?x=1', '/live-well/exercise/'],
  ])('%s is %s', (input, path) => {
    expect(normaliseContentPath(input)).toBe(path);
  });

  it('reads the path from a URL on any host the platform rewrote it to', () => {
    expect(pathFromUrl('http://127.0.0.1:9/nhs-website-content/conditions/acne/')).toBe('/conditions/acne/');
    expect(pathFromUrl('https://api.service.nhs.uk/baby/')).toBe('/baby/');
  });

  it('turns HTML fragments into plain text', () => {
    expect(plainText('<p>Fish &amp; chips</p><ul><li>one</li></ul>')).toBe('Fish & chips one');
  });
});
