import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import { DEFAULT_STAFF_ROLES, defaultAccessPolicy } from '../../src/access/policy.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { SUBJECT } from '../support/probes.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const PREPARE =
  `mutation($i: PrescriptionOrderInput!) { preparePrescription(input: $i) { preparedPrescription { preparedId prescriptionId ` +
  `nhsNumber nominatedPharmacyOdsCode digest timestamp algorithm expiresAt requestId } userErrors { code message field } } }`;
const CREATE =
  `mutation($i: CreatePrescriptionInput!) { createPrescription(input: $i) { createdPrescription { prescriptionId nhsNumber requestId ` +
  `prescription { id status prescriberOdsCode nominatedPharmacyOdsCode lineItems { id medication quantity unit dosage } } } ` +
  `userErrors { code message field } } }`;
/** Stand-ins for the smartcard's output: the stand-in, like NHS's sandbox, does not verify signatures. */
const SIGNATURE = Buffer.from('signature-value').toString('base64');
const CERTIFICATE = Buffer.from('x509-certificate').toString('base64');
/** A patient of the PDS sandbox with no nominated pharmacy (pds/CONTRACT.md's canned 9000000033). */
const NO_NOMINATION = '9000000033';
const AMOXICILLIN = { code: '39732311000001104', name: 'Amoxicillin 250mg capsules' };

const pharmacyOf = (nhsNumber: string) => t.sandbox.population.patients.find((p) => p.nhsNumber === nhsNumber)!.pharmacyOdsCode;
const order = (overrides: Record<string, unknown> = {}, item: Record<string, unknown> = {}) => ({
  patient: SUBJECT,
  prescriber: { organisation: 'A83008', professionalCode: '6095103' },
  items: [{ medication: AMOXICILLIN, quantity: 20, unit: 'capsule', unitCode: '428673006', dosage: '2 times a day for 10 days', supplyDays: 10, ...item }],
  ...overrides,
});

function payload(r: { data?: any; errors?: unknown }, field: string) {
  expect(r.errors).toBeUndefined();
  return r.data[field];
}

describe('preparePrescription (typed)', () => {
  it('builds the prescription-order message from typed input, allocates a checked id and answers the digest to sign', async () => {
    const r = await t.run<any>(PREPARE, { i: order() });
    const prepared = payload(r, 'preparePrescription');
    expect(prepared.userErrors).toEqual([]);
    const p = prepared.preparedPrescription;
    expect(p.prescriptionId).toMatch(/^[A-F0-9]{6}-A83008-[A-F0-9]{5}[A-Z0-9+]$/);
    expect(p).toMatchObject({ nhsNumber: SUBJECT, nominatedPharmacyOdsCode: pharmacyOf(SUBJECT), algorithm: 'RS1' });
    expect(Buffer.from(p.digest, 'base64').toString()).toMatch(/^<SignedInfo .*<DigestValue>.+<\/DigestValue>/);
    // One PDS read (the patient, their nomination), ODS for the two organisations, one EPS $prepare.
    expect(t.calls()).toMatchObject({ pds: 1, 'eps-prescribing': 1 });
    const [sent] = t.sandbox.receivedRequests('eps-prescribing');
    expect(sent!.path).toBe('/fhir-prescribing/FHIR/R4/$prepare');
    const bundle = JSON.parse(sent!.body);
    const requests = bundle.entry.map((e: any) => e.resource).filter((x: any) => x.resourceType === 'MedicationRequest');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      intent: 'order',
      medicationCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: AMOXICILLIN.code, display: AMOXICILLIN.name }] },
      groupIdentifier: { value: p.prescriptionId },
      dispenseRequest: { quantity: { value: 20, unit: 'capsule' }, performer: { identifier: { value: pharmacyOf(SUBJECT) } } },
      dosageInstruction: [{ text: '2 times a day for 10 days' }],
    });
    const patient = bundle.entry.map((e: any) => e.resource).find((x: any) => x.resourceType === 'Patient');
    expect(patient.identifier[0].value).toBe(SUBJECT);
  });

  it.each([
    ['a dm+d code that is not a number', { medication: { ...AMOXICILLIN, code: 'AMOX250' } }, 'INVALID_MEDICATION_CODE'],
    ['a dm+d code with a wrong check digit', { medication: { ...AMOXICILLIN, code: '39732311000001105' } }, 'INVALID_MEDICATION_CODE'],
    ['a dm+d code that is a description id (partition 01)', { medication: { ...AMOXICILLIN, code: '2154501018' } }, 'INVALID_MEDICATION_CODE'],
    ['a quantity of 0', { quantity: 0 }, 'INVALID_QUANTITY'],
    ['a negative quantity', { quantity: -5 }, 'INVALID_QUANTITY'],
    ['an empty dosage', { dosage: '  ' }, 'MISSING_VALUE'],
  ])('refuses %s before any upstream call, with its reason', async (_, item, code) => {
    const r = await t.run<any>(PREPARE, { i: order({}, item) });
    const prepared = payload(r, 'preparePrescription');
    expect(prepared.preparedPrescription).toBeNull();
    expect(prepared.userErrors).toEqual([{ code, message: expect.any(String), field: ['input', 'items'] }]);
    expect(t.calls()).toEqual({});
    expect(t.sandbox.receivedRequests('eps-prescribing')).toEqual([]);
  });

  it('refuses a prescription with no items before any upstream call', async () => {
    const r = await t.run<any>(PREPARE, { i: order({ items: [] }) });
    expect(payload(r, 'preparePrescription').userErrors).toMatchObject([{ code: 'INVALID_ITEMS' }]);
    expect(t.calls()).toEqual({});
  });

  it('refuses an invalid ODS code before any upstream call (BAD_USER_INPUT, INVALID_ODS_CODE)', async () => {
    const r = await t.run<any>(PREPARE, { i: order({ nominatedPharmacy: 'not an ods code!' }) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ODS_CODE' });
    expect(t.calls()).toEqual({});
  });

  it('refuses a patient with no nominated pharmacy after reading PDS, before any EPS call', async () => {
    const r = await t.run<any>(PREPARE, { i: order({ patient: NO_NOMINATION }) });
    expect(payload(r, 'preparePrescription').userErrors).toEqual([{ code: 'NO_NOMINATED_PHARMACY', message: expect.any(String), field: ['input', 'patient'] }]);
    expect(t.calls()).toEqual({ pds: 1 });
    expect(t.sandbox.receivedRequests('eps-prescribing')).toEqual([]);
  });

  it('refuses a nominatedPharmacy that is not the patient’s, before any EPS call', async () => {
    const other = pharmacyOf(SUBJECT) === 'FA565' ? 'FH542' : 'FA565';
    const r = await t.run<any>(PREPARE, { i: order({ nominatedPharmacy: other }) });
    expect(payload(r, 'preparePrescription').userErrors).toMatchObject([{ code: 'NOMINATED_PHARMACY_MISMATCH', field: ['input', 'nominatedPharmacy'] }]);
    expect(t.calls()).toEqual({ pds: 1 });
  });
});

describe('createPrescription (typed)', () => {
  async function prepared(): Promise<{ preparedId: string; prescriptionId: string }> {
    const r = await t.run<any>(PREPARE, { i: order() });
    return payload(r, 'preparePrescription').preparedPrescription;
  }

  it('signs off the prepared prescription; the tracker then shows it, and the patient’s prescriptions list it', async () => {
    const p = await prepared();
    t.resetCalls();
    const r = await t.run<any>(CREATE, { i: { preparedId: p.preparedId, patient: SUBJECT, signature: SIGNATURE, certificate: CERTIFICATE } });
    const created = payload(r, 'createPrescription');
    expect(created.userErrors).toEqual([]);
    expect(created.createdPrescription).toMatchObject({
      prescriptionId: p.prescriptionId,
      nhsNumber: SUBJECT,
      prescription: {
        id: p.prescriptionId,
        status: 'TO_BE_DISPENSED',
        prescriberOdsCode: 'A83008',
        nominatedPharmacyOdsCode: pharmacyOf(SUBJECT),
        lineItems: [{ medication: AMOXICILLIN.name, quantity: 20, unit: 'capsule', dosage: '2 times a day for 10 days' }],
      },
    });
    expect(t.calls()).toEqual({ 'eps-prescribing': 1, 'eps-tracker': 1 });
    // What was sent is the prepared message plus the Provenance carrying the signature over the digest.
    const [sent] = t.sandbox.receivedRequests('eps-prescribing');
    expect(sent!.path).toBe('/fhir-prescribing/FHIR/R4/$process-message');
    const provenance = JSON.parse(sent!.body).entry.find((e: any) => e.resource.resourceType === 'Provenance').resource;
    const xml = Buffer.from(provenance.signature[0].data, 'base64').toString();
    expect(xml).toMatch(/^<Signature xmlns="http:\/\/www.w3.org\/2000\/09\/xmldsig#"><SignedInfo>.*<\/SignedInfo>/);
    expect(xml).toContain(`<SignatureValue>${SIGNATURE}</SignatureValue>`);
    expect(xml).toContain(`<X509Certificate>${CERTIFICATE}</X509Certificate>`);

    const list = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { prescriptions(first: 50) { nodes { id status } } } }`, { n: SUBJECT });
    expect(list.errors).toBeUndefined();
    expect(list.data.patient.prescriptions.nodes).toContainEqual({ id: p.prescriptionId, status: 'TO_BE_DISPENSED' });
  });

  it('a retried create (the answer lost) sends the identical request and is applied once', async () => {
    const p = await prepared();
    const eps = epsState(t.sandbox);
    const applied = eps.applied;
    const input = { preparedId: p.preparedId, patient: SUBJECT, signature: SIGNATURE, certificate: CERTIFICATE };
    const first = await t.run<any>(CREATE, { i: input });
    const second = await t.run<any>(CREATE, { i: input });
    expect(payload(first, 'createPrescription').userErrors).toEqual([]);
    expect(payload(second, 'createPrescription').userErrors).toEqual([]);
    expect(eps.applied - applied).toBe(1);
  });

  it.each([
    ['an unknown preparedId', () => ({ preparedId: '6a2624a2-321b-470e-91a6-8ae7a065e2f0' }), 'PREPARED_PRESCRIPTION_NOT_FOUND'],
    ['another patient than the prepared one', () => ({ patient: '9000000009' }), 'PATIENT_MISMATCH'],
    ['a signature that is not base64', () => ({ signature: 'not base64!' }), 'INVALID_SIGNATURE'],
  ])('refuses %s before any upstream call', async (_, change, code) => {
    const p = await prepared();
    t.resetCalls();
    const r = await t.run<any>(CREATE, { i: { preparedId: p.preparedId, patient: SUBJECT, signature: SIGNATURE, certificate: CERTIFICATE, ...change() } });
    expect(payload(r, 'createPrescription').userErrors).toMatchObject([{ code }]);
    expect(t.calls()).toEqual({});
  });

  it('another user cannot sign off a prescription someone else prepared', async () => {
    const p = await prepared();
    t.resetCalls();
    const r = await t.run<any>(
      CREATE,
      { i: { preparedId: p.preparedId, patient: SUBJECT, signature: SIGNATURE, certificate: CERTIFICATE } },
      { principal: { staff: 'nurse' } },
    );
    expect(payload(r, 'createPrescription').userErrors).toMatchObject([{ code: 'PREPARED_PRESCRIPTION_NOT_FOUND' }]);
    expect(t.calls()).toEqual({});
  });

  it('audits the create under the patient before EPS is called', async () => {
    const p = await prepared();
    const before = (await t.auditRecords()).length;
    await t.run<any>(CREATE, { i: { preparedId: p.preparedId, patient: SUBJECT, signature: SIGNATURE, certificate: CERTIFICATE } });
    const records = (await t.auditRecords()).slice(before);
    expect(records.find((a) => a.outcome === 'intended')).toMatchObject({
      nhsNumber: SUBJECT,
      sources: ['eps-prescribing'],
      fields: ['Mutation.createPrescription'],
    });
    expect(records.some((a) => a.nhsNumber === SUBJECT && a.outcome === 'success')).toBe(true);
  });
});

describe('preparePrescription reads the patient from PDS only for a role that may', () => {
  it('refuses a role allowed EPS but not PDS (FORBIDDEN, ROLE) before any call: the nomination is PDS data', async () => {
    const custom = await startTestGraph({ access: { ...defaultAccessPolicy(), staffRoles: { ...DEFAULT_STAFF_ROLES, R8001: ['eps-prescribing', 'ods'] } } });
    try {
      const r = await custom.run<any>(PREPARE, { i: order() }, { principal: { staff: 'nurse' } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
      expect(custom.calls()).toEqual({});
    } finally {
      await custom.close();
    }
  });
});
