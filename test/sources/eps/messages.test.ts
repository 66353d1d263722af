import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { checkMessage } from '../../../src/sources/eps/messages.js';
import { EVENT } from '../../../src/sources/eps/wire.js';

type Json = Record<string, any>;
const example = (path: string) => loadFixture<Json>(`eps/specification/examples/${path}.json`);
const ORDER = 'primary-care/acute/nominated-pharmacy/medical-prescriber/1-Prepare-Request-200_OK';
const SIGNED = 'primary-care/acute/nominated-pharmacy/medical-prescriber/1-Process-Request-Send-200_OK';
const CANCEL = 'spec/prescribing/prescription-order-update/repeat-primary-example-req';
const DISPENSE = 'spec/dispensing/dispense-notification/acute-primary-example-01-req';

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: { reason: string } }).extensions.reason;
  }
  return undefined;
};

describe('checkMessage', () => {
  it("accepts the contract's prepare, signed order, cancel and dispense-notification examples", () => {
    expect(checkMessage(example(ORDER), EVENT.order).prescriptionIds).toHaveLength(1);
    expect(checkMessage(example(SIGNED), EVENT.order, { signed: true }).messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(checkMessage(example(CANCEL), EVENT.orderUpdate).prescriptionIds).toEqual(['24F5DA-A83008-7EFE6Z']);
    expect(checkMessage(example(DISPENSE), EVENT.dispenseNotification).prescriptionIds).toEqual(['24F5DA-A83008-7EFE6Z']);
  });

  it('refuses an unsigned order for createPrescription', () => {
    expect(reasonOf(() => checkMessage(example(ORDER), EVENT.order, { signed: true }))).toBe('UNSIGNED_PRESCRIPTION');
  });

  const mutate = (path: string, change: (b: Json) => void) => {
    const b = example(path);
    change(b);
    return b;
  };
  const requests = (b: Json) => b.entry.filter((e: Json) => e.resource.resourceType === 'MedicationRequest').map((e: Json) => e.resource);

  it.each([
    ['not an object', () => 'text', 'INVALID_MESSAGE'],
    ['not a Bundle', () => ({ resourceType: 'Parameters' }), 'INVALID_MESSAGE'],
    ['a collection Bundle', () => mutate(ORDER, (b) => (b.type = 'collection')), 'INVALID_MESSAGE'],
    ['no message id', () => mutate(ORDER, (b) => delete b.identifier), 'INVALID_MESSAGE'],
    ['another event', () => mutate(CANCEL, () => undefined), 'INVALID_MESSAGE'],
    ['no MessageHeader first', () => mutate(ORDER, (b) => b.entry.reverse()), 'INVALID_MESSAGE'],
    [
      'a malformed prescription id',
      () => mutate(ORDER, (b) => requests(b).forEach((r: Json) => (r.groupIdentifier.value = 'NOT-AN-ID'))),
      'INVALID_PRESCRIPTION_ID',
    ],
    [
      'a wrong check character',
      () =>
        mutate(ORDER, (b) =>
          requests(b).forEach(
            (r: Json) => (r.groupIdentifier.value = r.groupIdentifier.value.slice(0, -1) + (r.groupIdentifier.value.endsWith('A') ? 'B' : 'A')),
          ),
        ),
      'INVALID_PRESCRIPTION_ID',
    ],
    [
      'a bad NHS number',
      () => mutate(ORDER, (b) => (b.entry.find((e: Json) => e.resource.resourceType === 'Patient').resource.identifier[0].value = '9449304131')),
      'INVALID_NHS_NUMBER',
    ],
  ])('refuses %s', (_, build, reason) => {
    expect(reasonOf(() => checkMessage(build(), EVENT.order))).toBe(reason);
  });
});
