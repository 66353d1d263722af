import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import { cancellation, newPrescriptionId, signedOrder } from '../support/eps-messages.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * EPS and the Clinical Prescription Tracker are user-restricted at CIS2 AAL3 only (`nhs-cis2-aal3` in both specs), and
 * every call is made in the signed-in worker's own CIS2 session: no configured identity stands in for them.
 */
let t: TestGraph;
beforeAll(async () => {
  // A general timeout far below EPS's 30 s: EPS's own contract default must still apply to it.
  t = await startTestGraph({ timeoutMs: { default: 400 } });
});
afterAll(() => t.close());
beforeEach(() => {
  t.resetCalls();
  t.sandbox.setLatency('eps-prescribing', 0);
});

/** The clinician's CIS2 ID token re-signed by the CIS2 stand-in with other claims. */
async function clinicianWith(claims: Record<string, unknown>): Promise<string> {
  const original = decodeJwt(await t.tokenFor({ staff: 'clinician' }));
  return t.sandbox.cis2.sign({ ...original, ...claims });
}

const runAs = (token: string, query: string, variables?: Record<string, unknown>) =>
  t.run<any>(query, variables, { headers: { authorization: `Bearer ${token}` } });

describe('a CIS2 session below AAL3', () => {
  const seededWith = (status: string) => [...epsState(t.sandbox).prescriptions.values()].find((p) => p.status === status && p.id !== '24F5DA-A83008-7EFE6Z')!;

  it.each([
    ['prescription(id)', `{ prescription(id: "689CD8-A83008-EBBE3S") { id } }`, undefined, ['prescription']],
    ['Patient.prescriptions', `{ patient(nhsNumber: "9000000009") { nhsNumber prescriptions { totalCount } } }`, undefined, ['patient', 'prescriptions']],
    [
      'cancelPrescriptionFromMessage',
      `mutation($m: JSON!) { cancelPrescriptionFromMessage(message: $m) { cancellation { code } } }`,
      () => ({ m: cancellation(seededWith('0001').id, seededWith('0001').patient.nhsNumber) }),
      ['cancelPrescriptionFromMessage'],
    ],
    [
      'releasePrescription',
      `mutation { releasePrescription(input: { pharmacy: "VNE51", prescriptionId: "24F5DA-A83008-7EFE6Z" }) { release { requestId } } }`,
      undefined,
      ['releasePrescription'],
    ],
  ])('is refused %s with FORBIDDEN reason ASSURANCE_LEVEL before any EPS or tracker call', async (_, query, variables, path) => {
    const aal2 = await clinicianWith({ authentication_assurance_level: '2', acr: 'AAL2_OR_ABOVE' });
    const r = await runAs(aal2, query, variables?.());
    expect(r.errors?.map((e: any) => [e.path, e.extensions.code, e.extensions.reason])).toEqual([[path, 'FORBIDDEN', 'ASSURANCE_LEVEL']]);
    const calls = t.calls();
    expect([calls['eps-tracker'], calls['eps-prescribing'], calls['eps-dispensing'], calls.ods]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('still reads what AAL2 allows (PDS) in the same query', async () => {
    const aal2 = await clinicianWith({ authentication_assurance_level: '2', acr: 'AAL2_OR_ABOVE' });
    const r = await runAs(aal2, `{ patient(nhsNumber: "9000000009") { nhsNumber prescriptions { totalCount } } }`);
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', prescriptions: null });
    expect(t.calls()).toEqual({ pds: 1 });
  });
});

describe('the signed-in worker’s CIS2 session on every tracker call', () => {
  it('sends their role profile, the organisation id and the full job role code of their selected role', async () => {
    await t.run(`{ prescription(id: "689CD8-A83008-EBBE3S") { id } }`, undefined, { principal: { staff: 'nurse' } });
    const [sent] = t.sandbox.receivedRequests('eps-tracker');
    // The CIS2 stand-in's nurse: role profile 555000000100, person_orgid 555000000RR8, role_code S8001:G8001:R8001.
    expect(sent!.headers).toMatchObject({
      'nhsd-session-urid': '555000000100',
      'nhsd-organization-uuid': '555000000RR8',
      'nhsd-session-jobrole': 'S8001:G8001:R8001',
    });
  });

  it('refuses, before any call, a session whose selected role carries no organisation or full job role code', async () => {
    const claims = decodeJwt(await t.tokenFor({ staff: 'clinician' })) as Record<string, any>;
    const roles = (claims.nhsid_nrbac_roles as any[]).map(({ person_orgid: _o, ...r }) => ({ ...r, role_code: 'R8000' }));
    const token = await t.sandbox.cis2.sign({ ...claims, nhsid_nrbac_roles: roles });
    const r = await runAs(token, `{ prescription(id: "689CD8-A83008-EBBE3S") { id } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CIS2_SESSION' });
    expect(t.calls()['eps-tracker']).toBeUndefined();
  });
});

describe('EPS’s timeout', () => {
  it('is its contract’s (it answers 504 itself after 30 s), not the general one', () => {
    expect(t.platform.clients['eps-prescribing'].endpoint.timeoutMs).toBe(35_000);
    expect(t.platform.clients['eps-dispensing'].endpoint.timeoutMs).toBe(35_000);
    expect(t.platform.clients.pds.endpoint.timeoutMs).toBe(400);
    expect(t.platform.clients['eps-tracker'].endpoint.timeoutMs).toBe(400);
  });

  it('a write EPS takes longer than the general timeout to answer is waited for and applied once', async () => {
    const eps = epsState(t.sandbox);
    const applied = eps.applied;
    t.sandbox.setLatency('eps-prescribing', 800);
    const id = newPrescriptionId();
    const r = await t.run<any>(`mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } } }`, { m: signedOrder(id) });
    expect(r.errors).toBeUndefined();
    expect(r.data.createPrescriptionFromMessage).toEqual({ result: { accepted: true } });
    expect(t.calls()['eps-prescribing']).toBe(1);
    expect(eps.applied - applied).toBe(1);
    expect(eps.prescriptions.has(id)).toBe(true);
  });
});
