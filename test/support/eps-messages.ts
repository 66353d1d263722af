import { randomUUID } from 'node:crypto';
import { makePrescriptionId } from '../../src/nhs/prescription-id.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';

type Json = Record<string, any>;
const EXAMPLES = 'eps/specification/examples';
const EXAMPLE_ID = '24F5DA-A83008-7EFE6Z';

/** A fresh, valid short-form id at the contract's prescriber A83008. */
export function newPrescriptionId(): string {
  const hex = randomUUID().replace(/-/g, '').toUpperCase();
  return makePrescriptionId(hex.slice(0, 6), 'A83008', hex.slice(6, 11));
}

/** A contract example message with its prescription id, NHS number and message id swapped for the given ones. */
function fromExample(path: string, options: { id?: string; nhsNumber?: string; exampleNhs?: string }): Json {
  let text = JSON.stringify(loadFixture(`${EXAMPLES}/${path}.json`));
  if (options.id) text = text.split(EXAMPLE_ID).join(options.id);
  if (options.nhsNumber && options.exampleNhs) text = text.split(options.exampleNhs).join(options.nhsNumber);
  const bundle = JSON.parse(text) as Json;
  bundle.identifier = { ...bundle.identifier, value: randomUUID() };
  return bundle;
}

/** The contract's unsigned prescription order (for $prepare). */
export const unsignedOrder = (id = newPrescriptionId()) =>
  fromExample('primary-care/acute/nominated-pharmacy/medical-prescriber/1-Prepare-Request-200_OK', { id });
/** The contract's signed prescription order (for $process-message), patient 5839945242. */
export const signedOrder = (id = newPrescriptionId()) =>
  fromExample('primary-care/acute/nominated-pharmacy/medical-prescriber/1-Process-Request-Send-200_OK', { id });
/** The contract's cancellation of one prescription, for the given patient. */
export const cancellation = (id: string, nhsNumber: string) =>
  fromExample('spec/prescribing/prescription-order-update/repeat-primary-example-req', { id, nhsNumber, exampleNhs: '9449304130' });

/** The contract's dispense notification, for one prescription, from one pharmacy, to the given status (0003 or 0006). */
export function dispenseNotification(id: string, pharmacy: string, status = '0006'): Json {
  const bundle = fromExample('spec/dispensing/dispense-notification/acute-primary-example-01-req', { id });
  for (const e of bundle.entry as Json[]) {
    const r = e.resource;
    if (r.resourceType === 'MessageHeader') r.sender.identifier.value = pharmacy;
    if (r.resourceType === 'MedicationDispense') r.extension[0].valueCoding = { ...r.extension[0].valueCoding, code: status };
  }
  return bundle;
}
