import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCache } from '../../src/cache/index.js';
import { DEFAULT_TARGET, seedReceivers } from '../../sandbox/src/routers/bars/records.js';
import type { FaultSpec } from '../../sandbox/src/faults.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { bookForSubject, probes, SUBJECT, type Probe } from '../support/probes.js';
import { hopsTo, keyPath, sourceFields, withoutTarget } from '../support/source-fields.js';
import { NO_CONTENT_LIMIT } from './support.js';

/**
 * A fault for every list and object field that reaches an NHS API, generated from the schema like the access matrix
 * (the same probes, test/support/probes.ts): its API answering 503, never answering, or answering a body cut short
 * gives the coded error at that field's path and a null there, never an empty list or a null without an error. Where
 * the field's ancestors call the same API first (a prescription's line items after the tracker's search), their calls
 * are let through and the field's own call fails.
 */
const TIMEOUT_MS = 500;
const FAULTS: [string, string, FaultSpec][] = [
  ['503', 'UPSTREAM_UNAVAILABLE', { kind: 'status', status: 503 }],
  ['a timeout', 'UPSTREAM_TIMEOUT', { kind: 'hang' }],
  ['a malformed body', 'UPSTREAM_ERROR', { kind: 'malformed', body: 'truncated' }],
];

const FIELDS = sourceFields().filter((f) => f.composite);
const NAMES = probes({ nhsNumber: '', appointmentId: '', serviceRequestId: '' });

let t: TestGraph;
let table: Record<string, Probe>;
const contentCache = new MemoryCache();
beforeAll(async () => {
  // Retries and breakers off (the harness default): each case sees its one fault. One short timeout for every API.
  t = await startTestGraph({
    // EPS's own default is its contract's 35 s (it answers 504 itself after 30 s): the sweep shortens it like the rest.
    timeoutMs: { default: TIMEOUT_MS, 'eps-prescribing': TIMEOUT_MS, 'eps-dispensing': TIMEOUT_MS },
    sandbox: { rateLimits: { content: null } },
    sources: { content: { cache: contentCache, rateLimit: NO_CONTENT_LIMIT } },
  });
  const store = seedReceivers(t.sandbox.population).get(DEFAULT_TARGET)!;
  const appointment = [...store.appointments.values()][0] as {
    id: string;
    participant: { actor: { identifier: { value: string } } }[];
    basedOn: { reference: string }[];
  };
  table = probes({
    nhsNumber: appointment.participant[0]!.actor.identifier.value,
    appointmentId: appointment.id,
    serviceRequestId: appointment.basedOn[0]!.reference.replace('ServiceRequest/', ''),
  });
  // The subject's appointment from today on (route A searches no past dates), for the appointment probes to find.
  await bookForSubject(t);
  // Every probe once, healthy: connections, platform tokens and token exchanges are in place before any timeout counts.
  for (const f of FIELDS) {
    const probe = table[f.coordinate]!;
    const run = await probe.build(t, probe.subject ?? SUBJECT);
    await t.run(run.query, run.variables, { principal: principalOf(f.coordinate), ...(run.headers ? { headers: run.headers } : {}) });
  }
}, 120_000);

/** Who asks: a clinician (every source allowed), or for `me`, the subject signed in as a citizen. */
const principalOf = (coordinate: string) => (coordinate === 'Citizen.patient' ? { citizen: SUBJECT } : undefined);
/** Fields whose data came with an ancestor's answer (no call of their own), reported once the sweep ends. */
const withAncestor = new Set<string>();
afterAll(async () => {
  console.log(`fault sweep: ${withAncestor.size} fields fail with an ancestor's call (no call of their own): ${[...withAncestor].sort().join(', ')}`);
  await t.close();
});
beforeEach(async () => {
  t.resetCalls();
  await contentCache.clear();
});
afterEach(() => {
  for (const api of new Set(FIELDS.map((f) => f.api))) t.sandbox.setFault(api, undefined);
});

describe('the fault sweep', () => {
  it('covers every list and object field with a probe', () => {
    expect(FIELDS.length).toBeGreaterThan(0);
    expect(FIELDS.map((f) => f.coordinate).filter((c) => !(c in NAMES))).toEqual([]);
    console.log(`fault sweep: ${FIELDS.length} list and object fields x ${FAULTS.length} faults = ${FIELDS.length * FAULTS.length} cases`);
  });
});

/**
 * Organisations whose ODS code the graph already has from PDS: the object stays, with its code, and ODS's failure is
 * on the detail field the probe reads (`name`), not on the organisation (issue 13: a known code is kept).
 */
const KEEPS_CODE: Record<string, string> = { 'Patient.registeredGp': 'name', 'Patient.nominatedPharmacy': 'name' };

describe.each(FIELDS.map((f) => [f.coordinate, f.api] as const))('%s (%s)', (coordinate, api) => {
  it.each(FAULTS)('%s: %s at its path, null there', async (_, code, fault) => {
    const probe = table[coordinate]!;
    const run = await probe.build(t, probe.subject ?? SUBJECT);
    const hops = hopsTo(run.query, coordinate);
    const options = { principal: principalOf(coordinate), ...(run.headers ? { headers: run.headers } : {}) };
    // The calls its ancestors make to the same API are let through (counted from the request log of the query without
    // the field), so the field's own call fails. A field that makes no call of its own (its data came with an ancestor's
    // answer: a referral's state from the worklist, an appointment's patient already read) fails with that ancestor's.
    let after = 0;
    let failing = hops.length - 1;
    if (hops.slice(0, -1).some((h) => h.api === api)) {
      const count = async (query: string) => {
        await contentCache.clear();
        t.resetCalls();
        const healthy = await t.run(query, run.variables, options);
        expect(healthy.errors).toBeUndefined();
        return t.calls()[api] ?? 0;
      };
      after = await count(withoutTarget(run.query, coordinate));
      if ((await count(run.query)) === after) {
        after = 0;
        failing = hops.findIndex((h) => h.api === api);
        withAncestor.add(coordinate);
      }
    }
    await contentCache.clear();
    t.resetCalls();
    t.sandbox.setFault(api, { ...fault, after });
    const r = await t.run<any>(run.query, run.variables, options);
    const context = JSON.stringify({ after, errors: r.errors?.map((e) => ({ path: e.path, code: e.extensions?.code })), calls: t.calls() });
    // The field's own call was made, and failed.
    expect(t.calls()[api] ?? 0, context).toBeGreaterThan(after);
    const kept = KEEPS_CODE[coordinate];
    const path = [...hops.slice(0, failing + 1).map((h) => h.key), ...(kept ? [kept] : [])].join('.');
    if (kept) {
      const organisation = hops.slice(0, failing + 1).reduce<any>((v, h) => v?.[h.key], r.data);
      expect(organisation?.odsCode, context).toMatch(/^[A-Z0-9]+$/);
    }
    const here = (r.errors ?? []).filter((e) => keyPath(e.path) === path);
    expect(here.length, context).toBeGreaterThan(0);
    for (const error of here) {
      expect(error.extensions, context).toMatchObject({ code, upstream: { api } });
      const value = error.path!.reduce<any>((v, k) => (v === null || v === undefined ? v : v[k]), r.data);
      expect(value ?? null, context).toBeNull();
    }
    // Nothing else failed: the fault is this field's alone.
    expect(
      (r.errors ?? []).filter((e) => keyPath(e.path) !== path),
      context,
    ).toEqual([]);
  });
});
