import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';

/**
 * The cost of issue 3's query: a practice's 20 appointments, each with its patient (PDS) and the patient's nominated
 * pharmacy (ODS). One appointment call, one PDS read per distinct patient, the pharmacies in one ODS search; the
 * baseline without loaders makes one PDS and one ODS call per appointment.
 */
let batched: TestGraph;
let unbatched: TestGraph;
beforeAll(async () => {
  [batched, unbatched] = await Promise.all([startTestGraph(), startTestGraph({ batching: false })]);
});
afterAll(() => Promise.all([batched.close(), unbatched.close()]));

/** Added to every upstream call; large enough that the critical path and the sum of the calls cannot be confused. */
const LATENCY_MS = 200;

const QUERY = `query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { name appointments(from: $f, to: $t) {
  id start patient { nhsNumber name { family } nominatedPharmacy { odsCode name } } } } }`;

/** A practice and a window of start dates holding exactly 20 appointments, found by listing a month first. */
async function twentyAppointments(t: TestGraph): Promise<{ odsCode: string; from: string; to: string }> {
  const world = new GpcWorld(t.sandbox.population);
  const today = ukDate(new Date());
  for (const odsCode of [...world.practices.keys()].filter((ods) => /^P8/.test(ods) && !practiceSwitchedOff(ods, 'appointments') && !withoutGpConnect(ods))) {
    const r = await t.run<any>(`query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { appointments(from: $f, to: $t) { start } } }`, {
      o: odsCode,
      f: today,
      t: addDays(today, 20),
    });
    const days = (r.data.organisation.appointments as { start: string }[]).map((a) => a.start.slice(0, 10));
    for (let i = 0; i < days.length; i++) {
      const from = days[i]!;
      if (i > 0 && days[i - 1] === from) continue;
      const to = days[i + 19];
      if (to && days[i + 20] !== to) return { odsCode, from, to };
    }
  }
  throw new Error('no practice has a window of exactly 20 appointments');
}

describe("a practice's 20 appointments with their patients and nominated pharmacies", () => {
  it('costs 1 appointment call, at most 20 PDS calls and one ODS search for all the pharmacies', async () => {
    const window = await twentyAppointments(batched);
    batched.resetCalls();
    const r = await batched.run<any>(QUERY, { o: window.odsCode, f: window.from, t: window.to });
    expect(r.errors).toBeUndefined();
    const appointments = r.data.organisation.appointments as any[];
    expect(appointments).toHaveLength(20);
    const patients = new Set(appointments.map((a) => a.patient.nhsNumber));
    const pharmacies = new Set(appointments.map((a) => a.patient.nominatedPharmacy?.odsCode).filter(Boolean));
    expect(pharmacies.size).toBeGreaterThan(1);
    // ODS: the practice itself, then every pharmacy in one `_id` search. SDS: the practice's appointments endpoint and
    // its accredited system (service root and ASID), once.
    expect(batched.calls()).toEqual({ sds: 2, 'gpc-appointments': 1, pds: patients.size, ods: 2 });
    expect(patients.size).toBeLessThanOrEqual(20);
  });

  it('without the loaders (DATALOADER=off, the baseline) it is one PDS and one ODS call per appointment', async () => {
    const window = await twentyAppointments(unbatched);
    unbatched.resetCalls();
    const r = await unbatched.run<any>(QUERY, { o: window.odsCode, f: window.from, t: window.to });
    const appointments = r.data.organisation.appointments as any[];
    expect(appointments).toHaveLength(20);
    // One ODS read per appointment whose patient the stand-in seeded with a nominated pharmacy (its data, not the answer's).
    const seeded = new Map(unbatched.sandbox.population.patients.map((p) => [p.nhsNumber, p.pharmacyOdsCode]));
    const withPharmacy = appointments.filter((a) => seeded.get(a.patient.nhsNumber)).length;
    expect(withPharmacy).toBeGreaterThan(0);
    expect(unbatched.calls()).toEqual({ sds: 2, 'gpc-appointments': 1, pds: 20, ods: 1 + withPharmacy });
  });

  it('with latency added to every upstream call, it takes its critical path (five rounds), not the sum of its calls', async () => {
    const window = await twentyAppointments(batched);
    batched.sandbox.setAllLatency(LATENCY_MS);
    try {
      batched.resetCalls();
      const started = performance.now();
      const r = await batched.run<any>(QUERY, { o: window.odsCode, f: window.from, t: window.to });
      const elapsed = performance.now() - started;
      expect(r.errors).toBeUndefined();
      const calls = Object.values(batched.calls()).reduce((a, b) => a + b, 0);
      // Critical path: the ODS practice read, the practice's SDS Endpoint and Device searches together, the appointment
      // search, the PDS reads together, the pharmacies' search: five rounds. One call after another would be `calls`
      // (2 ODS + 2 SDS + 1 GP Connect + one PDS read per distinct patient) rounds.
      console.info(`20 appointments with patients and pharmacies: ${calls} upstream calls, ${elapsed.toFixed(0)} ms with ${LATENCY_MS} ms per call`);
      expect(elapsed).toBeGreaterThanOrEqual(5 * LATENCY_MS);
      // The PDS reads were in flight together (counted by the stand-in, not timed: the machine is shared).
      expect(batched.sandbox.maxConcurrentCalls()).toBeGreaterThanOrEqual(batched.calls().pds!);
    } finally {
      batched.sandbox.setAllLatency(0);
    }
  });

  it('one query from a patient to their GP record, documents and appointments runs the GP Connect reads concurrently', async () => {
    const world = new GpcWorld(batched.sandbox.population);
    const patient = batched.sandbox.population.patients.find(
      (p) =>
        !p.restricted &&
        world.patient(p.nhsNumber).status === 'normal' &&
        !practiceSwitchedOff(p.gpOdsCode, 'documents') &&
        !practiceSwitchedOff(p.gpOdsCode, 'appointments') &&
        !withoutGpConnect(p.gpOdsCode),
    )!;
    const today = ukDate(new Date());
    batched.sandbox.setAllLatency(LATENCY_MS);
    try {
      batched.resetCalls();
      const started = performance.now();
      const r = await batched.run<any>(
        `query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) {
        registeredGp { name } nominatedPharmacy { name }
        gpRecord { allergies { id } medicationStatements { id } problems { id }
          immunisations { id } consultations { id } referrals { id } investigations { id } }
        documents { id description } appointments(from: $f, to: $t) { id start practice { name } } } }`,
        { n: patient.nhsNumber, f: today, t: addDays(today, 30) },
      );
      const elapsed = performance.now() - started;
      expect(r.errors).toBeUndefined();
      // PDS, then (together) ODS for GP and pharmacy and SDS for the practice's three GP Connect capabilities (an
      // Endpoint and a Device search each), then the structured record and the two Find Patients (documents,
      // appointments: route A), then the document and appointment searches: four rounds. The appointments' practice is
      // the GP, already being read.
      // Route A: the patient's appointments need Find Patient first (the GP system's logical id).
      expect(batched.calls()).toEqual({ pds: 1, ods: 1, sds: 6, 'gpc-access-record': 3, 'gpc-appointments': 2 });
      console.info(`patient with GP record, documents and appointments: 13 upstream calls, ${elapsed.toFixed(0)} ms with ${LATENCY_MS} ms per call`);
      expect(elapsed).toBeGreaterThanOrEqual(4 * LATENCY_MS);
      // ODS and the six SDS searches were in flight together (counted by the stand-in, not timed).
      expect(batched.sandbox.maxConcurrentCalls()).toBeGreaterThanOrEqual(7);
    } finally {
      batched.sandbox.setAllLatency(0);
    }
  });
});
