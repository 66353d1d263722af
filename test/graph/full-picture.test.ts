import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCache, namespaced } from '../../src/cache/index.js';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { ODS_MAX_AGE_SECONDS } from '../../src/sources/ods/client.js';
import { startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';
import { bookForSubject } from '../support/probes.js';

/**
 * Issue 3's "done means": one query for one patient's whole picture, as a referring clinician sees it, across every
 * NHS API behind a patient: PDS, ODS, Spine Directory, GP Connect (structured record, documents, appointments), the
 * prescription tracker, e-RS, the waiting list and NHS website content. The patient is one of the synthetic
 * population with something in every source.
 */
const NHS_NUMBER = '9990000832';
const PRACTICE = 'P80310';
const STRUCTURED_RECORD = 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1';
/** e-RS acts for the worker in a role: a referring clinician at the patient's practice. */
const ERS_HEADERS = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': PRACTICE };

const QUERY = `query FullPicture($n: NhsNumber!, $from: Date!, $to: Date!, $interaction: InteractionId!) {
  patient(nhsNumber: $n) {
    nhsNumber
    name { given family }
    registeredGp { odsCode name spineEndpoints(interaction: $interaction) { asid } }
    nominatedPharmacy { odsCode name }
    gpRecord {
      allergies { code { display } }
      medications { code { display } healthContent { name webpageUrl } }
      problems { code { display } healthContent { name } }
    }
    documents { id type { display } }
    appointments(from: $from, to: $to) { id status start practice { odsCode name } }
    prescriptions { totalCount nodes { id status dispenser { odsCode name } prescriber { odsCode name } lineItems { medication quantity unit } } }
    referrals { ubrn state { code } providerOrganisation { odsCode name } }
    waitingList { pathwayId treatmentFunction { code name } provider { odsCode name } }
  }
}`;

interface Org {
  odsCode: string;
  name: string;
}
interface Picture {
  patient: {
    nhsNumber: string;
    name: { given: string[]; family: string };
    registeredGp: Org & { spineEndpoints: { asid: string }[] };
    nominatedPharmacy: Org;
    gpRecord: {
      allergies: unknown[];
      medications: { code: { display: string }; healthContent: { name: string } | null }[];
      problems: { code: { display: string }; healthContent: { name: string } | null }[];
    };
    documents: unknown[];
    appointments: { practice: Org }[];
    prescriptions: { totalCount: number; nodes: { dispenser: Org | null; prescriber: Org | null; lineItems: unknown[] }[] };
    referrals: { providerOrganisation: Org | null }[];
    waitingList: { provider: Org | null }[];
  } | null;
}

/**
 * The ODS reads the answer needs, written out from the stand-in's seeded data for this patient. The graph reads a key
 * once per request, and ODS codes become known in waves, each one upstream round later than the last: the practice
 * (P80310) and pharmacy (FX049) with the patient; the waiting list's provider (RJY) one WLMDS read later; the
 * prescriptions' dispenser and prescriber (FX049, P80310: already read) after the tracker's detail reads; the referral's
 * provider (R69) after e-RS's service read. Three waves with new codes: three `_id` searches or reads.
 */
const ODS_CALLS = 3;
/** The patient's three seeded prescriptions (one tracker detail read each) and one referral (one e-RS read). */
const PRESCRIPTIONS = 3;
const REFERRALS = 1;

let t: TestGraph;
let variables: Record<string, string>;
/** The patient's upcoming appointment, booked first: a clinician's search (route A) starts today at the earliest. */
let upcoming: string;
const ask = () => t.run<Picture>(QUERY, variables, { headers: ERS_HEADERS });

beforeAll(async () => {
  t = await startTestGraph();
  const today = ukDate(new Date());
  // From today: route A (a worker's search, through the Spine Secure Proxy) allows no part of the window in the past
  // (gpc-appointments/CONTRACT.md), and the patient's seeded appointments may all be past, so one is booked for them.
  variables = { n: NHS_NUMBER, from: today, to: addDays(today, 60), interaction: STRUCTURED_RECORD };
  upcoming = await bookForSubject(t);
});
afterAll(() => t.close());
beforeEach(() => {
  t.sandbox.setAllLatency(0);
  for (const api of ['eps-tracker', 'ers']) t.sandbox.setFault(api, undefined);
  t.resetCalls();
});

describe("one patient's whole picture in one query", () => {
  let first: GraphQLResult<Picture>;

  it('answers from every source, each part as the sandbox holds it, with no error', async () => {
    first = await ask();
    expect(first.errors).toBeUndefined();
    const p = first.data!.patient!;
    const held = t.sandbox.population.patients.find((x) => x.nhsNumber === NHS_NUMBER)!;
    expect(p.name.family).toBe(held.family);
    expect(p.registeredGp.odsCode).toBe(held.gpOdsCode);
    expect(p.nominatedPharmacy.odsCode).toBe(held.pharmacyOdsCode);
    expect(p.registeredGp.spineEndpoints[0]?.asid).toMatch(/^\d{12}$/);
    // Each part as the stand-in seeded it for this patient, written out (not derived from the answer).
    expect(p.registeredGp).toMatchObject({ odsCode: PRACTICE, name: 'QUEENS ROAD SURGERY LEICESTER' });
    expect(p.nominatedPharmacy.odsCode).toBe('FX049');
    expect(p.gpRecord.medications).toEqual([
      { code: { display: 'Paracetamol 500mg tablets' }, healthContent: null },
      { code: { display: 'Atorvastatin 20mg tablets' }, healthContent: { name: 'Atorvastatin', webpageUrl: 'https://www.nhs.uk/medicines/atorvastatin/' } },
    ]);
    expect(p.gpRecord.problems.map((x) => x.code.display)).toEqual(['Rheumatoid arthritis', 'Rheumatoid arthritis']);
    expect(p.gpRecord.allergies).toHaveLength(2);
    expect(p.documents).toHaveLength(1);
    // The one booked for them, among any the stand-in seeded in the coming weeks (its seeds move with its today).
    const appointments = p.appointments as unknown as { id: string; status: string; practice: Org }[];
    expect(appointments.map((a) => [a.id, a.status])).toContainEqual([upcoming, 'BOOKED']);
    expect(appointments.every((a) => a.practice.odsCode === PRACTICE)).toBe(true);
    expect(p.prescriptions.totalCount).toBe(PRESCRIPTIONS);
    expect(p.prescriptions.nodes.map((rx) => [rx.dispenser?.odsCode ?? null, rx.prescriber?.odsCode, rx.lineItems.length])).toEqual([
      ['FX049', PRACTICE, 3],
      [null, PRACTICE, 3],
      [null, PRACTICE, 3],
    ]);
    expect(p.referrals).toEqual([
      { ubrn: '200000007500', state: { code: 'APPT_CANCELLED_BY_PATIENT' }, providerOrganisation: { odsCode: 'R69', name: 'TEST PROVIDER R69' } },
    ]);
    expect(p.waitingList).toEqual([
      {
        pathwayId: 'RJY60555097064',
        treatmentFunction: { code: '100', name: 'General Surgery' },
        provider: { odsCode: 'RJY', name: 'SOUTH WEST LONDON AND ST GEORGES MENTAL HEALTH NHS TRUST' },
      },
    ]);
  });

  // In tests ODS is read on every request unless a cache is given (the next test gives one, as `npm start` does).
  it('makes the minimum upstream calls: each key read once, multi-key searches where the API has one', async () => {
    const r = await ask();
    expect(r.errors).toBeUndefined();
    expect(t.calls()).toEqual({
      pds: 1,
      // Practice and pharmacy in one `_id` search, then one per later wave of new codes.
      ods: ODS_CALLS,
      // Endpoint (the service root) and Device (the ASID) for each GP Connect capability at the practice: structured
      // (shared with `spineEndpoints`, the same interaction), documents, appointments. Per request only, as GP Connect
      // requires.
      sds: 6,
      // One $gpc.getstructuredrecord for every record area, then Access Document's patient look-up and its search.
      'gpc-access-record': 3,
      // Find Patient (route A: the GP system's logical id), then the patient's appointments.
      'gpc-appointments': 2,
      // The tracker's search, then one detail read per prescription (the tracker has no multi-id read).
      'eps-tracker': 1 + PRESCRIPTIONS,
      // The worklist, one read per referral, one HealthcareService `_id` search for their services.
      ers: 1 + REFERRALS + 1,
      wlmds: 1,
      // No website content: the first query read its listings and pages, and public content is shared across requests.
    });
    // No request was sent twice.
    const sent = t.sandbox.receivedRequests().map((q) => `${q.method} ${q.path}${q.search}`);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('shares public reference data across requests: ODS and website content are read once, personal data every time', async () => {
    // Wired as `npm start` wires it: one store for public reference data, a namespace per source.
    const store = new MemoryCache();
    const fresh = await startTestGraph({
      sources: { ods: { cache: namespaced(store, 'ods:'), maxAgeSeconds: ODS_MAX_AGE_SECONDS }, content: { cache: namespaced(store, 'content:') } },
    });
    try {
      const cold = await fresh.run<Picture>(QUERY, variables, { headers: ERS_HEADERS });
      expect(cold.errors).toBeUndefined();
      // Cold: one A–Z listing per first letter searched in (medicines P and A, conditions R), one page per match
      // (Atorvastatin): four.
      expect(fresh.calls().content).toBe(4);
      expect(fresh.calls().ods).toBe(ODS_CALLS);
      fresh.resetCalls();
      const warm = await fresh.run<Picture>(QUERY, variables, { headers: ERS_HEADERS });
      expect(warm.data).toEqual(cold.data);
      const calls = fresh.calls();
      expect(calls.content ?? 0).toBe(0);
      expect(calls.ods ?? 0).toBe(0);
      expect(calls.pds).toBe(1);
      expect(calls['gpc-access-record']).toBe(3);
      expect(calls['eps-tracker']).toBe(1 + PRESCRIPTIONS);
    } finally {
      await fresh.close();
    }
  });

  it('calls independent sources concurrently: after PDS, every source the patient leads to is asked at once', async () => {
    // Latency large enough that a call still in flight when the next starts is certain, not a race.
    t.sandbox.setAllLatency(100);
    const r = await ask();
    expect(r.errors).toBeUndefined();
    const received = t.sandbox.receivedRequests().map((q) => q.api);
    expect(received[0]).toBe('pds');
    // The first wave after PDS: ODS (practice and pharmacy), SDS (the practice's three GP Connect endpoints and
    // accredited systems), the tracker, the worklist and the waiting list. GP Connect follows its SDS look-ups.
    expect(t.sandbox.maxConcurrentCalls()).toBeGreaterThanOrEqual(7);
  });

  it('keeps the rest of the picture when two sources fail, each failure a coded error on its own field', async () => {
    t.sandbox.setFault('eps-tracker', { kind: 'status', status: 503 });
    t.sandbox.setFault('ers', { kind: 'malformed', body: 'not-json' });
    const r = await ask();
    const p = r.data!.patient!;
    expect(p.prescriptions).toBeNull();
    expect(p.referrals).toBeNull();
    const byPath = Object.fromEntries((r.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]));
    expect(byPath).toEqual({ 'patient.prescriptions': 'UPSTREAM_UNAVAILABLE', 'patient.referrals': 'UPSTREAM_ERROR' });
    // Everything else is as it was.
    const { prescriptions: _rx, referrals: _ref, ...rest } = p;
    const { prescriptions: _rx0, referrals: _ref0, ...rest0 } = first.data!.patient!;
    expect(rest).toEqual(rest0);
    // No error message names the patient.
    expect(JSON.stringify(r.errors)).not.toContain(NHS_NUMBER);
  });

  it('writes one audit record for the read, naming every source that served it', async () => {
    const before = (await t.auditRecords()).length;
    await ask();
    const records = (await t.auditRecords()).slice(before);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: 'read', nhsNumber: NHS_NUMBER, outcome: 'success' });
    expect(new Set(records[0]!.sources)).toEqual(new Set(['pds', 'ods', 'gpc-access-record', 'gpc-appointments', 'eps-tracker', 'ers', 'wlmds']));
  });
});
