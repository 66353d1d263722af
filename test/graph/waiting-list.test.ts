import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COHORT } from '../../sandbox/src/population.js';
import { waitingListFor } from '../../sandbox/src/routers/wlmds/records.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  // Short enough for the hang test, long enough for a cohort of 50 parallel calls on a loaded two-core machine.
  t = await startTestGraph({ timeoutMs: { default: 5_000, wlmds: 2_000 } });
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('wlmds', undefined));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ENTRY = 'pathwayId treatmentFunction { code name } clockStart weekEnding weeksWaitingAtCensus providerOdsCode provider { odsCode name }';

describe('Patient.waitingList', () => {
  it("maps the spec's example entry for 9000000009, with its provider from ODS", async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { waitingList { ${ENTRY} resource } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.waitingList).toEqual([
      {
        pathwayId: 'EBY23435667509',
        treatmentFunction: { code: '314', name: 'Rehabilitation' },
        clockStart: '2020-04-04',
        weekEnding: '2023-03-05',
        weeksWaitingAtCensus: 152,
        providerOdsCode: 'RXE',
        provider: { odsCode: 'RXE', name: 'ROTHERHAM DONCASTER AND SOUTH HUMBER NHS FOUNDATION TRUST' },
        resource: expect.objectContaining({ ReportingOrganisation: 'RXE' }),
      },
    ]);
    expect(t.calls()).toEqual({ pds: 1, wlmds: 1, ods: 1 });
  });

  it('reads a cohort of 50 with one WLMDS call per patient and all their providers in one ODS call', async () => {
    const r = await t.run<any>(`{ patients(search: { family: "${COHORT.family}", birthDateFrom: "1980-01-01", birthDateTo: "1980-12-31" }) {
      matches { patient { nhsNumber waitingList { pathwayId provider { name } } } } } }`);
    expect(r.errors).toBeUndefined();
    const matches = r.data.patients.matches as { patient: { nhsNumber: string; waitingList: { provider: { name: string } }[] } }[];
    expect(matches).toHaveLength(50);
    const known = new Set(t.sandbox.population.patients.map((p) => p.nhsNumber));
    let withEntries = 0;
    for (const { patient } of matches) {
      const expected = waitingListFor(t.sandbox.population, patient.nhsNumber, known);
      expect(patient.waitingList.map((e: any) => e.pathwayId)).toEqual(expected.map((e) => e.PATIENT_PATHWAY_IDENTIFIER));
      for (const e of patient.waitingList) expect(e.provider.name).toBeTruthy();
      if (expected.length > 0) withEntries++;
    }
    expect(withEntries).toBeGreaterThan(5);
    expect(t.calls()).toEqual({ pds: 1, wlmds: 50, ods: 1 });
  });

  it('is an empty list for a patient on no waiting list', async () => {
    const known = new Set(t.sandbox.population.patients.map((p) => p.nhsNumber));
    const none = t.sandbox.population.patients.find((p) => !p.restricted && waitingListFor(t.sandbox.population, p.nhsNumber, known).length === 0)!;
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { waitingList { pathwayId } } }`, { n: none.nhsNumber });
    expect(r.data.patient.waitingList).toEqual([]);
  });

  it('is NOT_FOUND for a restricted patient, with no WLMDS or ODS call, as GP Connect is: each entry names the provider trust', async () => {
    const known = new Set(t.sandbox.population.patients.map((p) => p.nhsNumber));
    // A restricted patient WLMDS does hold pathways for, so an empty answer could not pass for the refusal.
    const restricted = t.sandbox.population.patients.find((p) => p.restricted && waitingListFor(t.sandbox.population, p.nhsNumber, known).length > 0)!;
    const held = waitingListFor(t.sandbox.population, restricted.nhsNumber, known);
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber restricted registeredGp { odsCode } waitingList { ${ENTRY} resource } } }`,
      { n: restricted.nhsNumber },
    );
    expect(r.data.patient).toEqual({ nhsNumber: restricted.nhsNumber, restricted: true, registeredGp: null, waitingList: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.path).toEqual(['patient', 'waitingList']);
    // The same answer as GP Connect's for a restricted patient's record, naming no trust.
    const gp = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { practiceOdsCode } } }`, { n: restricted.nhsNumber });
    expect(gp.errors![0]!.extensions).toEqual(r.errors![0]!.extensions);
    const said = JSON.stringify(r.errors);
    for (const entry of held) {
      expect(said).not.toContain(entry.ReportingOrganisation);
      expect(said).not.toContain(entry.PATIENT_PATHWAY_IDENTIFIER);
    }
    expect(t.calls().wlmds).toBeUndefined();
    expect(t.calls().ods).toBeUndefined();
  });

  it('a search mixing restricted and other patients answers the others in full', async () => {
    const known = new Set(t.sandbox.population.patients.map((p) => p.nhsNumber));
    const restricted = t.sandbox.population.patients.find((p) => p.restricted && waitingListFor(t.sandbox.population, p.nhsNumber, known).length > 0)!;
    const open = t.sandbox.population.patients.find((p) => !p.restricted && waitingListFor(t.sandbox.population, p.nhsNumber, known).length > 0)!;
    const r = await t.run<any>(
      `query($a: NhsNumber!, $b: NhsNumber!) { a: patient(nhsNumber: $a) { waitingList { pathwayId ` +
        `provider { odsCode } } } b: patient(nhsNumber: $b) { waitingList { pathwayId provider { odsCode } } } }`,
      { a: restricted.nhsNumber, b: open.nhsNumber },
    );
    expect(r.data.a.waitingList).toBeNull();
    expect(r.data.b.waitingList.map((e: any) => e.pathwayId)).toEqual(
      waitingListFor(t.sandbox.population, open.nhsNumber, known).map((e) => e.PATIENT_PATHWAY_IDENTIFIER),
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls().wlmds).toBe(1);
  });

  it('sends the bearer token, a fresh X-Request-ID and the query form of the URL', async () => {
    await t.run(`{ patient(nhsNumber: "9000000009") { waitingList { pathwayId } } }`, undefined, { headers: { 'x-correlation-id': 'wl-1' } });
    const [sent] = t.sandbox.receivedRequests('wlmds');
    expect(sent!.path).toBe('/elective-waiting-list/patient');
    expect(sent!.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(sent!.headers['x-request-id']).toMatch(UUID);
    expect(sent!.headers['x-correlation-id']).toBe('wl-1');
    expect(sent!.headers.accept).toBe('application/json');
  });

  it.each([
    [500, 'UPSTREAM_ERROR'],
    [403, 'FORBIDDEN'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('a WLMDS %i nulls waitingList with %s and keeps the patient', async (status, code) => {
    t.sandbox.setFault('wlmds', { kind: 'status', status });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber waitingList { pathwayId } } }`);
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(r.data.patient.waitingList).toBeNull();
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'wlmds', status });
    expect(JSON.stringify(r.errors)).not.toContain('9000000009');
  });

  it('a WLMDS that does not answer is UPSTREAM_TIMEOUT within its timeout', async () => {
    t.sandbox.setFault('wlmds', { kind: 'hang' });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber waitingList { pathwayId } } }`);
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(r.data.patient.nhsNumber).toBe('9000000009');
  });
});

describe('WLMDS URL form (WLMDS_URL_FORM)', () => {
  it("calls the spec's path template when configured to; the embedded sandbox serves only the query form, so that is NOT_FOUND", async () => {
    const g = await startTestGraph({ sources: { wlmds: { urlForm: 'path' } } });
    try {
      const r = await g.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber waitingList { pathwayId } } }`);
      expect(g.sandbox.receivedRequests('wlmds').map((q) => q.path)).toEqual(['/elective-waiting-list/elective-waiting-list/9000000009']);
      expect(r.data.patient.nhsNumber).toBe('9000000009');
      expect(codes(r)).toEqual(['NOT_FOUND']);
    } finally {
      await g.close();
    }
  });
});
