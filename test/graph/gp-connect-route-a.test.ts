import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { documentsPatientId } from '../../sandbox/src/routers/gp-connect/documents.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * A healthcare worker's GP Connect calls take route A (gpc-structured/CONTRACT.md): through the Spine Secure Proxy at
 * `{ssp}/{provider service root}/...`, never the platform's base path, naming patients by the GP system's logical id.
 */
let t: TestGraph;
let world: GpcWorld;
beforeAll(async () => {
  t = await startTestGraph();
  world = new GpcWorld(t.sandbox.population);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

describe('route A for healthcare workers', () => {
  it('sends every GP Connect call of a full patient query through the Spine Secure Proxy', async () => {
    const patient = t.sandbox.population.patients.find(
      (p) =>
        !p.restricted &&
        world.patient(p.nhsNumber).status === 'normal' &&
        !withoutGpConnect(p.gpOdsCode) &&
        !practiceSwitchedOff(p.gpOdsCode, 'documents') &&
        !practiceSwitchedOff(p.gpOdsCode, 'appointments'),
    )!;
    const today = ukDate(new Date());
    const r = await t.run<any>(
      `query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) {
      gpRecord { allergies { id } } documents { id } appointments(from: $f, to: $t) { id } } }`,
      { n: patient.nhsNumber, f: today, t: addDays(today, 14) },
    );
    expect(r.errors).toBeUndefined();
    const gpc = t.sandbox.receivedRequests().filter((q) => q.api.startsWith('gpc-'));
    // The record; Find Patient and the search, for documents and for appointments.
    expect(gpc.length).toBe(5);
    for (const call of gpc)
      expect(call.path).toMatch(new RegExp(`^/spine-secure-proxy/https://[^/]+/${patient.gpOdsCode}/STU3/1/gpconnect/(structured|documents|appointments)/`));
  });

  it("reads an appointment's patient by the GP system's id (Read Patient), then PDS", async () => {
    const practice = [...world.practices.keys()].find((ods) => /^P8/.test(ods) && !withoutGpConnect(ods) && !practiceSwitchedOff(ods, 'appointments'))!;
    const today = ukDate(new Date());
    const listed = await t.run<any>(`query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { appointments(from: $f, to: $t) { id } } }`, {
      o: practice,
      f: addDays(today, -10),
      t: addDays(today, 10),
    });
    const id = listed.data.organisation.appointments[0].id as string;
    t.resetCalls();
    const r = await t.run<any>(`query($id: ID!) { appointment(id: $id) { id patient { nhsNumber } } }`, { id });
    expect(r.errors).toBeUndefined();
    const nhsNumber = r.data.appointment.patient.nhsNumber as string;
    expect(world.patient(nhsNumber).practice).toBe(practice);
    const [read, readPatient] = t.sandbox.receivedRequests('gpc-appointments');
    expect(read!.path).toMatch(/\/Appointment\/[^/]+$/);
    expect(readPatient!.path).toMatch(new RegExp(`/gpconnect/appointments/Patient/${documentsPatientId(nhsNumber)}$`));
    expect(readPatient!.headers['ssp-interactionid']).toBe('urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1');
    expect(t.calls()).toEqual({ sds: 2, 'gpc-appointments': 2, pds: 1 });
  });
});
