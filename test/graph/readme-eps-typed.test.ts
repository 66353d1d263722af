import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { readmeOperations } from '../support/readme.js';

/**
 * The README's typed prescribing and dispensing example (issue 16), run as written against the real server and the
 * stand-in: prescribe, sign off, then release, dispense and claim at the patient's nominated pharmacy.
 */
const operations = readmeOperations(/#### Prescribing and dispensing with types \(EPS\)[\s\S]*?```graphql\n([\s\S]*?)```/);
const PATIENT = '9990000832';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());

function ok(r: { data?: any; errors?: unknown }, field: string) {
  expect(r.errors).toBeUndefined();
  expect(r.data[field].userErrors).toEqual([]);
  return r.data[field];
}

describe('README example: prescribing and dispensing with types', () => {
  it('prescribes, signs off, releases to the nominated pharmacy, dispenses and claims', async () => {
    expect([...operations.keys()]).toEqual(['PrescribeAmoxicillin', 'SignOff', 'Release', 'Dispensed', 'Claim']);
    const pharmacy = t.sandbox.population.patients.find((p) => p.nhsNumber === PATIENT)!.pharmacyOdsCode;

    t.resetCalls();
    const prepared = ok(await t.run<any>(operations.get('PrescribeAmoxicillin')!), 'preparePrescription').preparedPrescription;
    expect(prepared.nominatedPharmacyOdsCode).toBe(pharmacy);
    expect(t.calls()).toMatchObject({ pds: 1, 'eps-prescribing': 1 });
    // Both organisations in one ODS search (none when the shared cache has them).
    expect(t.calls().ods ?? 0).toBeLessThanOrEqual(1);

    // The smartcard's part: the stand-in, like NHS's sandbox, does not verify the signature.
    const signed = { signature: Buffer.from('smartcard signature').toString('base64'), certificate: Buffer.from('certificate').toString('base64') };
    t.resetCalls();
    const created = ok(await t.run<any>(operations.get('SignOff')!, { preparedId: prepared.preparedId, ...signed }), 'createPrescription').createdPrescription;
    expect(created).toEqual({
      prescriptionId: prepared.prescriptionId,
      prescription: {
        status: 'TO_BE_DISPENSED',
        lineItems: [{ medication: 'Amoxicillin 250mg capsules', quantity: 20, unit: 'capsule', dosage: '2 times a day for 10 days' }],
      },
    });
    expect(t.calls()).toEqual({ 'eps-prescribing': 1, 'eps-tracker': 1 });

    const released = ok(await t.run<any>(operations.get('Release')!, { pharmacy, id: prepared.prescriptionId }), 'releasePrescription').release.released;
    expect(released).toHaveLength(1);
    expect(released[0].nhsNumber).toBe(PATIENT);
    const items = released[0].lineItems.map((i: any) => ({
      lineItemId: i.id,
      medication: { code: i.medicationCode, name: i.medication },
      outcome: 'DISPENSED',
      quantity: i.quantity,
      unit: i.unit,
    }));
    expect(items).toEqual([expect.objectContaining({ medication: { code: '39732311000001104', name: 'Amoxicillin 250mg capsules' }, quantity: 20 })]);

    const dispensed = ok(await t.run<any>(operations.get('Dispensed')!, { pharmacy, id: prepared.prescriptionId, items }), 'notifyDispense');
    expect(dispensed.dispenseNotification.status).toBe('DISPENSED');
    expect(ok(await t.run<any>(operations.get('Claim')!, { pharmacy, id: prepared.prescriptionId, items }), 'claimPrescription').result).toEqual({
      accepted: true,
    });

    const read = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id) { status dispenserOdsCode } }`, { id: prepared.prescriptionId });
    expect(read.data.prescription).toEqual({ status: 'CLAIMED', dispenserOdsCode: pharmacy });
  });
});
