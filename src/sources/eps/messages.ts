import { BadUserInputError } from '../../errors.js';
import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import { normalisePrescriptionId, prescriptionIdProblem } from '../../nhs/prescription-id.js';
import { NHS_NUMBER_SYSTEM } from '../fhir.js';
import type { MedicationRequestLike, MessageBundle, MessageEvent, MessageHeader } from './wire.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** What the graph learnt from a FHIR message it is about to send. */
export interface CheckedMessage {
  bundle: MessageBundle;
  /** Bundle.identifier.value: the message id Spine de-duplicates on. */
  messageId: string;
  /** Every short-form prescription id the message names (validated). */
  prescriptionIds: string[];
}

function invalid(message: string): BadUserInputError {
  return new BadUserInputError('INVALID_MESSAGE', message);
}

/**
 * Checks a FHIR message before it goes to EPS, so a message EPS would refuse costs no call: a `message` Bundle with a
 * UUID identifier, a MessageHeader first whose event is the mutation's, valid short-form prescription ids (format and
 * MOD 37 check) and NHS numbers (Modulus 11). A prescription order must carry its signature (a Provenance).
 * Throws BAD_USER_INPUT with reason INVALID_MESSAGE, INVALID_PRESCRIPTION_ID, INVALID_NHS_NUMBER or
 * UNSIGNED_PRESCRIPTION. Messages never echo the values: they are personal data.
 */
export function checkMessage(value: unknown, event: MessageEvent, options: { signed?: boolean } = {}): CheckedMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('The message must be a FHIR Bundle object');
  const bundle = value as MessageBundle;
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'message') throw invalid('The message must be a Bundle of type "message"');
  const messageId = bundle.identifier?.value;
  if (!messageId || !UUID.test(messageId)) throw invalid('Bundle.identifier.value must be a UUID (the message id)');
  const resources = (bundle.entry ?? []).map((e) => e.resource).filter((r) => r !== undefined);
  const header = resources[0] as MessageHeader | undefined;
  if (header?.resourceType !== 'MessageHeader') throw invalid('The first entry of the Bundle must be its MessageHeader');
  if (header.eventCoding?.code !== event) throw invalid(`MessageHeader.eventCoding.code must be "${event}" for this mutation`);

  const items = resources.filter((r) => r.resourceType === 'MedicationRequest' || r.resourceType === 'MedicationDispense') as MedicationRequestLike[];
  if (items.length === 0) throw invalid('The message has no MedicationRequest or MedicationDispense');
  const prescriptionIds = new Set<string>();
  for (const item of items) {
    const raw = item.groupIdentifier?.value ?? authorisingPrescriptionId(item);
    if (!raw) throw invalid(`Every ${item.resourceType} needs its short-form prescription id`);
    const id = normalisePrescriptionId(raw);
    const problem = prescriptionIdProblem(id);
    if (problem) throw invalidPrescriptionId(problem);
    prescriptionIds.add(id);
  }
  for (const patient of resources.filter((r) => r.resourceType === 'Patient')) {
    const ids = (patient.identifier as { system?: string; value?: string }[] | undefined) ?? [];
    const nhs = ids.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
    if (nhs !== undefined && !isValidNhsNumber(nhs))
      throw new BadUserInputError('INVALID_NHS_NUMBER', "The message's Patient has an NHS number that fails the Modulus 11 check");
  }
  if (options.signed && !resources.some((r) => r.resourceType === 'Provenance')) {
    throw new BadUserInputError(
      'UNSIGNED_PRESCRIPTION',
      'A prescription order needs its signature (a Provenance): prepare it, sign the digest and add the signature',
    );
  }
  return { bundle, messageId, prescriptionIds: [...prescriptionIds] };
}

/** BAD_USER_INPUT for a malformed short-form id: the format, or the MOD 37 check character. */
export function invalidPrescriptionId(problem: 'FORMAT' | 'CHECKSUM'): BadUserInputError {
  return problem === 'FORMAT'
    ? new BadUserInputError(
        'INVALID_PRESCRIPTION_ID',
        'Not a prescription id: expected XXXXXX-XXXXXX-XXXXXC (hex, prescriber ODS code, hex and a check character)',
      )
    : new BadUserInputError('INVALID_PRESCRIPTION_ID', 'Not a prescription id: its check character does not match (ISO 7064 MOD 37-2)');
}

/** A MedicationDispense names its prescription through authorizingPrescription: a contained MedicationRequest. */
function authorisingPrescriptionId(item: MedicationRequestLike): string | undefined {
  const refs = ((item.authorizingPrescription as { reference?: string }[] | undefined) ?? []).map((a) => a.reference?.replace(/^#/, ''));
  const contained = (item.contained as MedicationRequestLike[] | undefined) ?? [];
  return contained.find((c) => c.resourceType === 'MedicationRequest' && refs.includes(c.id))?.groupIdentifier?.value;
}
