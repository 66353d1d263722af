import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCache } from '../../src/sources/content/cache.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

const DAY_MS = 86_400_000;
let t: TestGraph;
let now = Date.parse('2026-11-25T09:00:00Z');
beforeAll(async () => {
  // The shared cache on a clock the test moves; the limiter well above what these tests send.
  t = await startTestGraph({ sources: { content: { cache: new MemoryCache(1_000, () => now), rateLimit: { limit: 60, intervalMs: 60_000, maxQueue: 20 } } } });
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const PAGE = `query($p: String!) { healthContent(path: $p) {
  path name description genres webpageUrl apiUrl dateModified lastReviewed nextReviewDue
  attribution { text logoUrl logoAlt linkUrl author copyrightHolder licence }
  parts { headline description healthAspect html text } relatedLinks { name path } resource } }`;

describe('healthContent(path)', () => {
  it('maps a condition page with its modules and the attribution the licence requires', async () => {
    const r = await t.run<any>(PAGE, { p: '/conditions/chickenpox/' });
    expect(r.errors).toBeUndefined();
    const page = r.data.healthContent;
    expect(page).toMatchObject({
      path: '/conditions/chickenpox/',
      name: 'Chickenpox',
      genres: ['Condition'],
      webpageUrl: 'https://www.nhs.uk/conditions/chickenpox/',
      lastReviewed: '2021-11-12',
      nextReviewDue: '2024-11-12',
      attribution: {
        text: 'From www.nhs.uk',
        logoUrl: 'https://assets.nhs.uk/nhsuk-cms/images/nhs-attribution.width-510.png',
        logoAlt: 'Content supplied by the NHS website',
        linkUrl: 'https://www.nhs.uk/conditions/chickenpox/',
        author: 'NHS website',
        copyrightHolder: 'Crown Copyright',
        licence: 'https://developer.api.nhs.uk/terms',
      },
    });
    expect(page.apiUrl).toBe(`${t.sandbox.origin}/nhs-website-content/conditions/chickenpox/`);
    expect(page.parts).toHaveLength(4);
    expect(page.parts[0]).toMatchObject({ healthAspect: 'SymptomsHealthAspect', headline: "Check if it's chickenpox" });
    expect(page.parts[0].html[0]).toMatch(/^<p>/);
    expect(page.parts[0].text).not.toMatch(/[<>]/);
    expect(t.calls()).toEqual({ content: 1 });
  });

  it('reads a page again within the maximum age from the shared cache: 0 upstream calls, for any caller', async () => {
    await t.run(PAGE, { p: '/medicines/atenolol/' });
    t.resetCalls();
    const again = await t.run<any>(PAGE, { p: 'medicines/atenolol' }, { headers: { 'x-correlation-id': 'another-caller' } });
    const byUrl = await t.run<any>(PAGE, { p: 'https://www.nhs.uk/medicines/atenolol/' });
    expect(again.data.healthContent.name).toBe(byUrl.data.healthContent.name);
    expect(t.calls()).toEqual({});
    now += 7 * DAY_MS - 60_000;
    await t.run(PAGE, { p: '/medicines/atenolol/' });
    expect(t.calls()).toEqual({});
  });

  it('reads it from the API again once the 7-day maximum age has passed', async () => {
    await t.run(PAGE, { p: '/live-well/' });
    now += 7 * DAY_MS + 1;
    t.resetCalls();
    await t.run(PAGE, { p: '/live-well/' });
    expect(t.calls()).toEqual({ content: 1 });
  });

  it('de-duplicates a page named twice in one query', async () => {
    const r = await t.run<any>(`{ a: healthContent(path: "/pregnancy/") { name } b: healthContent(path: "pregnancy") { path } }`);
    expect(r.errors).toBeUndefined();
    expect(t.calls()).toEqual({ content: 1 });
  });

  it('serves a page the A–Z lists with its listing data when NHS publishes no example of it', async () => {
    const r = await t.run<any>(PAGE, { p: '/conditions/asthma/' });
    expect(r.data.healthContent).toMatchObject({ name: 'Asthma', genres: ['Condition'], attribution: { linkUrl: 'https://www.nhs.uk/conditions/asthma/' } });
  });

  it('is null with NOT_FOUND for a page the API does not have', async () => {
    const r = await t.run(PAGE, { p: '/conditions/no-such-condition/' });
    expect(r.data).toEqual({ healthContent: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'content', status: 404 });
  });

  it.each([['/'], ['/etc/passwd'], ['../conditions/acne'], ['/conditions/acne/<script>'], ['https://example.com/conditions/acne/']])(
    'refuses the path %s before any upstream call',
    async (p) => {
      const r = await t.run(PAGE, { p });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.extensions!.reason).toBe('INVALID_CONTENT_PATH');
      expect(t.calls()).toEqual({});
    },
  );

  it('sends the apikey header and JSON Accept, and no bearer token', async () => {
    await t.run(PAGE, { p: '/vaccinations/' });
    const [sent] = t.sandbox.receivedRequests('content');
    expect(sent!.headers.apikey).toMatch(/^\w+$/);
    expect(sent!.headers.authorization).toBeUndefined();
    expect(sent!.headers.accept).toBe('application/json');
    expect(sent!.path).toBe('/nhs-website-content/vaccinations/');
  });

  it.each([
    [500, 'UPSTREAM_ERROR'],
    [401, 'UPSTREAM_ERROR'],
    [429, 'RATE_LIMITED'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('an upstream %i is %s, and other fields still resolve', async (status, code) => {
    t.sandbox.setFault('content', { kind: 'status', status });
    try {
      const r = await t.run<any>(`{ healthContent(path: "/womens-health/") { name } about { environment } }`);
      expect(r.data.healthContent).toBeNull();
      expect(r.data.about.environment).toBe('EMBEDDED');
      expect(codes(r)).toEqual([code]);
    } finally {
      t.sandbox.setFault('content', undefined);
    }
  });
});

describe('healthContentSearch', () => {
  const SEARCH =
    `query($s: HealthContentSearchSection!, $q: String!, $first: Int) { healthContentSearch(section: ` +
    `$s, text: $q, first: $first) { nodes { name path description genres nextReviewDue } complete ` +
    `skipped { letter page reason } } }`;
  /** A graph of its own, with a cold cache and a limiter these searches do not reach (the next describe has one that they do). */
  let g: TestGraph;
  beforeAll(async () => {
    g = await startTestGraph({ sources: { content: { cache: new MemoryCache(), rateLimit: { limit: 1_000, intervalMs: 60_000, maxQueue: 20 } } } });
  });
  afterAll(() => g.close());
  beforeEach(() => g.resetCalls());
  const names = (r: any) => r.data.healthContentSearch.nodes.map((p: any) => p.name);

  it('answers from the first letter’s listing alone when the names starting with the text fill `first`, and a repeat from the cache', async () => {
    const r = await g.run<any>(SEARCH, { s: 'CONDITIONS', q: 'type 2', first: 1 });
    expect(r.errors).toBeUndefined();
    expect(r.data.healthContentSearch.nodes).toEqual([
      expect.objectContaining({ name: 'Type 2 diabetes', path: '/conditions/type-2-diabetes/', genres: ['Condition'] }),
    ]);
    expect(g.calls()).toEqual({ content: 1 });
    g.resetCalls();
    expect(names(await g.run(SEARCH, { s: 'CONDITIONS', q: 'type', first: 2 }))).toEqual(['Type 1 diabetes', 'Type 2 diabetes']);
    expect(g.calls()).toEqual({});
  });

  it('reads every page of a letter that spans several listing pages', async () => {
    // More than 25 conditions start with A; the last of them alphabetically is on the listing's second page.
    const r = await g.run<any>(SEARCH, { s: 'CONDITIONS', q: 'au', first: 1 });
    expect(names(r)).toEqual(['Auditory processing disorder (APD)']);
    expect(g.calls()).toEqual({ content: 2 });
    expect(g.sandbox.receivedRequests('content').map((q) => `${q.path}${q.search}`)).toEqual([
      '/nhs-website-content/conditions/?category=a',
      '/nhs-website-content/conditions/?category=a&page=2',
    ]);
  });

  it('finds a word anywhere in a name, under any letter: names starting with it first, then the rest A to Z', async () => {
    // "heart": two names start with it (H), and "Coronary heart disease" (C) has it as a later word.
    expect(names(await g.run(SEARCH, { s: 'CONDITIONS', q: 'heart' }))).toEqual([
      'Heart failure',
      'Heart rhythm problems (arrhythmia)',
      'Coronary heart disease',
    ]);
    // No condition starts with "disease": every match is under another letter.
    expect(names(await g.run(SEARCH, { s: 'CONDITIONS', q: 'disease', first: 4 }))).toEqual([
      "Alzheimer's disease",
      "Bowen's disease",
      'Cardiovascular disease',
      'Chronic obstructive pulmonary disease (COPD)',
    ]);
    expect(names(await g.run(SEARCH, { s: 'CONDITIONS', q: 'hypertension' }))).toEqual(['High blood pressure (hypertension)']);
    expect(names(await g.run(SEARCH, { s: 'CONDITIONS', q: '2 diabetes' }))).toEqual(['Type 2 diabetes']);
    // A brand name in brackets: Zovirax is listed under A, as "Aciclovir (Zovirax)".
    expect(names(await g.run(SEARCH, { s: 'MEDICINES', q: 'zovirax' }))).toEqual(['Aciclovir (Zovirax)']);
    expect(names(await g.run(SEARCH, { s: 'MEDICINES', q: 'pain' }))).toEqual(['Amitriptyline for pain and migraine', 'Aspirin for pain relief']);
    // Only the start of a word: "tension" is inside "hypertension", not a word of its own.
    expect(names(await g.run(SEARCH, { s: 'CONDITIONS', q: 'tension' }))).toEqual([]);
  });

  it('costs one call per listing page of the A–Z the first time (at most 52 a search), and none after, for any caller', async () => {
    const cold = await startTestGraph({ sources: { content: { cache: new MemoryCache(), rateLimit: { limit: 1_000, intervalMs: 60_000, maxQueue: 20 } } } });
    try {
      const r = await cold.run<any>(SEARCH, { s: 'CONDITIONS', q: 'poisoning' });
      expect(names(r)).toEqual(['Alcohol poisoning', 'Carbon monoxide poisoning']);
      // 26 letters, one page each, plus A's second page; each listing page exactly once.
      expect(cold.calls()).toEqual({ content: 27 });
      const sent = cold.sandbox.receivedRequests('content').map((q) => q.search);
      expect(new Set(sent).size).toBe(27);
      expect(sent.filter((q) => q.includes('page=')).length).toBe(1);
      cold.resetCalls();
      // Warm, for another caller and another word: nothing.
      expect(names(await cold.run(SEARCH, { s: 'CONDITIONS', q: 'broken', first: 3 }, { principal: null }))).toEqual([
        'Broken ankle',
        'Broken arm or wrist',
        'Broken collarbone',
      ]);
      expect(names(await cold.run(SEARCH, { s: 'CONDITIONS', q: 'syndrome' }, { principal: { citizen: '9000000009', level: 'P9' } }))).toHaveLength(4);
      expect(cold.calls()).toEqual({});
      // Medicines are their own listings: 26 letters, one page each in the embedded catalogue.
      await cold.run(SEARCH, { s: 'MEDICINES', q: 'inhaler' });
      expect(cold.calls()).toEqual({ content: 26 });
    } finally {
      await cold.close();
    }
  });

  it('a cold search the rate limiter cannot take is RATE_LIMITED at once, without drawing a 429', async () => {
    const tight = await startTestGraph({
      sandbox: { rateLimits: { content: { limit: 5, windowMs: 1_000 } } },
      sources: { content: { cache: new MemoryCache(), rateLimit: { limit: 5, intervalMs: 1_000, maxQueue: 3 } } },
    });
    try {
      // A name starting with the text, with `first` it fills, needs only its letter's listing: answered.
      const one = await tight.run<any>(SEARCH, { s: 'MEDICINES', q: 'aspirin', first: 1 });
      expect(one.errors).toBeUndefined();
      expect(tight.calls()).toEqual({ content: 1 });
      // A word search needs the whole A–Z: more than the 4 free slots and the queue of 3.
      const r = await tight.run<any>(SEARCH, { s: 'CONDITIONS', q: 'disease' });
      expect(r.data).toEqual({ healthContentSearch: null });
      expect(codes(r)).toEqual(['RATE_LIMITED']);
      expect(r.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      // Refused once the limiter could not take the rest, not queued until it could: one more listing, no other call
      // (counted from the request log, not timed).
      expect(tight.calls()).toEqual({ content: 2 });
      expect(tight.sandbox.rateLimitedCount('content')).toBe(0);
    } finally {
      await tight.close();
    }
  });

  it("skips a letter page the API does not have (NHS's sandbox: 200 with statusCode 404), reports it, and returns what it found", async () => {
    const cold = await startTestGraph({ sources: { content: { cache: new MemoryCache(), rateLimit: { limit: 1_000, intervalMs: 60_000, maxQueue: 20 } } } });
    try {
      // The 20th call (a letter's first page) answers as NHS's sandbox does for a listing it has no canned answer for.
      cold.sandbox.setFault('content', {
        kind: 'answer',
        status: 200,
        rate: 1 / 20,
        body: { statusCode: 404, message: 'Sandbox response not found. Please use the predefined query parameter values.' },
      });
      const r = await cold.run<any>(SEARCH, { s: 'CONDITIONS', q: 'poisoning' });
      expect(r.errors).toBeUndefined();
      expect(r.data.healthContentSearch.complete).toBe(false);
      expect(r.data.healthContentSearch.skipped).toEqual([{ letter: expect.stringMatching(/^[a-z]$/), page: 1, reason: 'NOT_FOUND' }]);
      expect(names(r).length).toBeGreaterThan(0);
    } finally {
      await cold.close();
    }
  });

  it('reads at most 52 listing pages in one search, reporting the pages it left unread', async () => {
    const cold = await startTestGraph({ sources: { content: { cache: new MemoryCache(), rateLimit: { limit: 1_000, intervalMs: 60_000, maxQueue: 200 } } } });
    try {
      // Every listing page claims eight pages: the whole A–Z would be 26 x 8 = 208 calls.
      const page = {
        '@type': 'CollectionPage',
        name: 'Conditions',
        relatedLink: [{ '@type': 'LinkRole', name: 'Last Page', url: 'https://api.service.nhs.uk/nhs-website-content/conditions/?category=a&page=8' }],
        significantLink: [],
      };
      cold.sandbox.setFault('content', { kind: 'answer', status: 200, body: page });
      const r = await cold.run<any>(SEARCH, { s: 'CONDITIONS', q: 'poisoning' });
      expect(r.errors).toBeUndefined();
      expect(cold.calls()).toEqual({ content: 52 });
      expect(r.data.healthContentSearch.complete).toBe(false);
      expect(r.data.healthContentSearch.skipped).toHaveLength(208 - 52);
      expect(r.data.healthContentSearch.skipped.every((s: any) => s.reason === 'CALL_BUDGET')).toBe(true);
    } finally {
      await cold.close();
    }
  });

  it('finds medicines and follows a result to its page', async () => {
    const r = await g.run<any>(
      `{ healthContentSearch(section: MEDICINES, text: "metformin", first: 1) { nodes { path page { name attribution { linkUrl } } } } }`,
    );
    expect(r.data.healthContentSearch.nodes).toEqual([
      { path: '/medicines/metformin/', page: { name: 'Metformin', attribution: { linkUrl: 'https://www.nhs.uk/medicines/metformin/' } } },
    ]);
  });

  it('finds live-well pages by name or summary in the live-well hub', async () => {
    const r = await g.run<any>(SEARCH, { s: 'LIVE_WELL', q: 'sleep' });
    expect(r.data.healthContentSearch.nodes.map((p: any) => p.path)).toContain('/live-well/sleep-and-tiredness/');
  });

  it.each([
    ['one character', { s: 'CONDITIONS', q: 'a' }, 'INVALID_SEARCH'],
    ['markup', { s: 'MEDICINES', q: '<b>x</b>' }, 'INVALID_SEARCH'],
    ['too many results', { s: 'LIVE_WELL', q: 'exercise', first: 51 }, 'INVALID_PAGE'],
  ])('refuses %s before any upstream call', async (_, vars, reason) => {
    const r = await g.run(SEARCH, vars);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe(reason);
    expect(g.calls()).toEqual({});
  });
});
