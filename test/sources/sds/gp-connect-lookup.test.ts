import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withoutGpConnect } from '../../../sandbox/src/routers/sds/records.js';
import { createSources, type Sources } from '../../../src/sources/index.js';
import { createSdsLoaders } from '../../../src/sources/sds/loaders.js';
import { findGpConnectServiceRoot } from '../../../src/sources/sds/gp-connect-lookup.js';
import { GP_CONNECT_INTERACTIONS } from '../../../src/sources/sds/interactions.js';
import { startTestGraph, type TestGraph } from '../../support/harness.js';

/** The lookup GP Connect will use, through the real SDS client and the embedded sandbox over loopback. */
let t: TestGraph;
let sources: Sources;
beforeAll(async () => {
  t = await startTestGraph();
  sources = createSources(t.platform);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const loaders = () => createSdsLoaders(sources.sds, { correlationId: 'gpc-lookup-test' }, { batching: true });

describe('findGpConnectServiceRoot', () => {
  it("finds a practice's structured-record service root (no trailing slash), party key and ASID in two concurrent SDS calls", async () => {
    const root = await findGpConnectServiceRoot(loaders(), 'p80001', 'structured');
    expect(root).toMatchObject({ odsCode: 'P80001', capability: 'structured', interaction: GP_CONNECT_INTERACTIONS.structured });
    expect(root!.serviceRoot).toMatch(/^https:\/\/[a-z.-]+\/P80001\/STU3\/1\/gpconnect\/structured$/);
    expect(root!.partyKey).toMatch(/^P80001-\d{6}$/);
    expect(root!.asid).toMatch(/^\d{12}$/);
    expect(t.calls()).toEqual({ sds: 2 });
    const paths = t.sandbox
      .receivedRequests('sds')
      .map((r) => r.path)
      .sort();
    expect(paths).toEqual(['/spine-directory/FHIR/R4/Device', '/spine-directory/FHIR/R4/Endpoint']);
  });

  it('gives each capability its own root', async () => {
    const sds = loaders();
    const roots = await Promise.all((['structured', 'documents', 'appointments'] as const).map((c) => findGpConnectServiceRoot(sds, 'P80001', c)));
    expect(new Set(roots.map((r) => r!.serviceRoot)).size).toBe(3);
    expect(new Set(roots.map((r) => r!.asid)).size).toBe(1);
  });

  it('shares the request loaders: the same lookup twice in a request is two calls, not four', async () => {
    const sds = loaders();
    await findGpConnectServiceRoot(sds, 'P80002', 'structured');
    await findGpConnectServiceRoot(sds, 'P80002', 'structured');
    expect(t.calls()).toEqual({ sds: 2 });
  });

  it('serves the demonstrator B82617 with its orange test lab root and no ASID (SDS has no Device for it)', async () => {
    const root = await findGpConnectServiceRoot(loaders(), 'B82617', 'documents');
    expect(root).toMatchObject({ serviceRoot: 'https://orange.testlab.nhs.uk/B82617/STU3/1/gpconnect', partyKey: 'B82617-0000806', asid: null });
  });

  it('is null for a practice SDS has no GP Connect endpoint for', async () => {
    const none = Array.from({ length: 200 }, (_, i) => `P8${String(i + 1).padStart(4, '0')}`).find(withoutGpConnect)!;
    expect(await findGpConnectServiceRoot(loaders(), none, 'structured')).toBeNull();
  });

  it('rejects with the coded SDS error when SDS fails', async () => {
    t.sandbox.setFault('sds', { kind: 'status', status: 503 });
    try {
      await expect(findGpConnectServiceRoot(loaders(), 'P80003', 'structured')).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    } finally {
      t.sandbox.setFault('sds', undefined);
    }
  });
});
