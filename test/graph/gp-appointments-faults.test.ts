import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import type { FaultSpec } from '../../sandbox/src/faults.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * A failing GP Connect Appointment Management under `Patient.appointments`: each fault is the coded error at that
 * field's path with the field null and the patient kept, never an empty list.
 */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, 'gpc-appointments': 500 } });
});
afterAll(() => t.close());
afterEach(() => t.sandbox.setFault('gpc-appointments', undefined));

describe('Patient.appointments when GP Connect fails', () => {
  it.each<[string, FaultSpec, string]>([
    ['a 503', { kind: 'status', status: 503 }, 'UPSTREAM_UNAVAILABLE'],
    ['a 500', { kind: 'status', status: 500 }, 'UPSTREAM_ERROR'],
    ['no answer in time', { kind: 'hang' }, 'UPSTREAM_TIMEOUT'],
    ['a body cut short', { kind: 'malformed', body: 'truncated' }, 'UPSTREAM_ERROR'],
    ['an HTML error page', { kind: 'malformed', body: 'html' }, 'UPSTREAM_ERROR'],
    ['a resource of another type', { kind: 'malformed', body: 'wrong-resource' }, 'UPSTREAM_ERROR'],
    ['a structured record instead of a searchset', { kind: 'malformed', body: 'other-patient' }, 'UPSTREAM_ERROR'],
  ])('%s: the coded error at patient.appointments, never an empty list', async (_, fault, code) => {
    t.sandbox.setFault('gpc-appointments', fault);
    const today = ukDate(new Date());
    const r = await t.run<any>(`query($f: Date!, $t: Date!) { patient(nhsNumber: "9000000009") { nhsNumber appointments(from: $f, to: $t) { id } } }`, {
      f: today,
      t: addDays(today, 14),
    });
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', appointments: null });
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.path).toEqual(['patient', 'appointments']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'gpc-appointments' });
  });
});
