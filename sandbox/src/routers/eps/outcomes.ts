import { clone, loadFixture } from '../../fixtures.js';
import { fhirJson, spineOutcome, type SandboxResponse } from '../../http.js';
import type { SyntheticOrganisation } from '../../population.js';
import type { SandboxPrescription } from './records.js';
import { stableUuid } from './tracker-view.js';
import { ODS_CODE_SYSTEM, PRESCRIPTION_ORDER_ITEM_NUMBER_SYSTEM, SPINE_ERROR_SYSTEM_R4 } from '../../fhir-systems.js';

/** EPS answers built from the contract's example files (eps/specification/examples), so their shapes are the spec's. */
const EXAMPLES = 'eps/specification/examples';
type Json = Record<string, any>;

export const informational = (): SandboxResponse =>
  fhirJson(200, {
    ...loadFixture<Json>(`${EXAMPLES}/spec/prescribing/prescription-order/eRD-primary-example-res.json`),
    meta: { lastUpdated: new Date().toISOString() },
  });

/*
 * Every OperationOutcome built here codes its issue in the R4 Spine system, the one the EPS specs allow in
 * `details.coding` (fhir-prescribing.yaml, fhir-dispensing.yaml: codes.yaml `SpineErrorOrWarningCode`, `system` enum).
 * Their error tables call the business codes "EPS Issue Code", but the schema types every coding with this system; some
 * example files use `https://fhir.nhs.uk/CodeSystem/...` without R4, and only Task/$release answers its examples verbatim.
 */

/** A payload rule broken (wrong resourceType, event, missing field): 400 with the FHIR issue type. */
export const invalidMessage = (diagnostics: string, issueType = 'value'): SandboxResponse =>
  spineOutcome(400, 'INVALID_VALUE', diagnostics, { issueType, severity: 'error', diagnostics, system: SPINE_ERROR_SYSTEM_R4 });

/** Spine's refusal of an id whose check character is wrong, or an NHS number that fails Modulus 11. */
export const failureToProcess = (what: string): SandboxResponse =>
  spineOutcome(400, 'FAILURE_TO_PROCESS_MESSAGE', `Unable to process message. Information missing or invalid - ${what}`, { system: SPINE_ERROR_SYSTEM_R4 });

/** Task/$release of an unknown prescription: the operation's own example, verbatim. */
export const resourceNotFound = (): SandboxResponse => fhirJson(400, loadFixture(`${EXAMPLES}/spec/errors/release/not-found-error.json`));

/** A return, withdrawal or dispense notification of an unknown prescription (fhir-dispensing.yaml, "Dispensing Errors"). */
export const prescriptionNotFound = (): SandboxResponse =>
  spineOutcome(400, 'PRESCRIPTION_NOT_FOUND', 'The requested prescription could not be found.', { issueType: 'not-found', system: SPINE_ERROR_SYSTEM_R4 });

/** A business rule refused (the specs' "EPS Issue Code" column), coded in the schema's one system. */
export const business = (code: string, display: string): SandboxResponse =>
  spineOutcome(400, code, display, { issueType: 'business-rule', system: SPINE_ERROR_SYSTEM_R4 });

/** Release refused: another pharmacy holds the prescription, named in `contained` (the example's shape). */
export function withAnotherDispenser(holder: SyntheticOrganisation | undefined, holderOds: string): SandboxResponse {
  const body = loadFixture<Json>(`${EXAMPLES}/spec/errors/release/with-another-dispenser-error.json`);
  const org = body.contained[0];
  org.identifier[0].value = holderOds;
  if (holder) {
    org.name = holder.name;
    org.telecom[0].value = holder.phone.replace(/\s/g, '');
    org.address[0] = { use: 'work', line: [...holder.lines, holder.city], postalCode: holder.postcode };
  }
  body.meta.lastUpdated = new Date().toISOString();
  return fhirJson(400, body);
}

const CANCEL_TEMPLATE: Record<string, string> = {
  'R-0001': `${EXAMPLES}/spec/prescribing/prescription-order-update/repeat-primary-example-res.json`,
  ...Object.fromEntries(
    ['R-0002', 'R-0003', 'R-0004', 'R-0005', 'R-0006', 'R-0007', 'R-0010'].map((c) => [
      c,
      `${EXAMPLES}/spec/errors/prescription-order-update/${c}-Cancellation.json`,
    ]),
  ),
};

/**
 * The cancel response Bundle for an outcome code, about this prescription (ids and NHS number swapped in): HTTP 200 for
 * R-0001 (cancelled), HTTP 400 for the codes that leave it not cancelled (fhir-prescribing.yaml, the
 * prescription-order-update `4XX` table: R-0002 to R-0007 and R-0010 answer 400 with this Bundle).
 */
export function cancelResponse(code: string, record: SandboxPrescription, messageId: string): SandboxResponse {
  const template = loadFixture<Json>(CANCEL_TEMPLATE[code] as string);
  const request = template.entry.find((e: Json) => e.resource.resourceType === 'MedicationRequest').resource;
  const patient = template.entry.find((e: Json) => e.resource.resourceType === 'Patient').resource;
  const text = JSON.stringify(template).split(request.groupIdentifier.value).join(record.id).split(patient.identifier[0].value).join(record.patient.nhsNumber);
  const body = JSON.parse(text) as Json;
  // Bundle.id stays the example's (the spec's schema enumerates it); the message identifier is this answer's own.
  body.identifier = { system: 'https://tools.ietf.org/html/rfc4122', value: stableUuid('cancel-response', messageId) };
  body.timestamp = new Date().toISOString();
  return fhirJson(code === 'R-0001' ? 200 : 400, body);
}

/** A cancellation refused before any state is read (R-0008 not found, R-5000 NHS number mismatch): an OperationOutcome. */
export const cancelRefusal = (code: 'R-0008' | 'R-5000'): SandboxResponse =>
  fhirJson(400, loadFixture(`${EXAMPLES}/spec/errors/prescription-order-update/${code}-Cancellation.json`));

/**
 * The Task/$release answer: the released prescriptions as prescription-order Bundles, from the spec's example. Its id is
 * the release response's own (`responseId`), not the request's: a return names it as its `focus`.
 */
export function releaseResponse(released: SandboxPrescription[], responseId: string, owner: string): SandboxResponse {
  const example = loadFixture<Json>(`${EXAMPLES}/spec/dispensing/release/acute-primary-example-res.json`);
  const passed = example.parameter.find((p: Json) => p.name === 'passedPrescriptions').resource;
  const failed = example.parameter.find((p: Json) => p.name === 'failedPrescriptions').resource;
  const template = passed.entry[0].resource as Json;
  passed.entry = released.map((record) => ({
    fullUrl: `urn:uuid:${stableUuid('release', record.id)}`,
    search: { mode: 'match' },
    resource: prescriptionMessage(template, record, owner),
  }));
  passed.total = released.length;
  failed.entry = [];
  failed.total = 0;
  return fhirJson(200, {
    resourceType: 'Parameters',
    id: responseId,
    parameter: [
      { name: 'passedPrescriptions', resource: passed },
      { name: 'failedPrescriptions', resource: failed },
    ],
  });
}

/** The example's prescription-order message rewritten for one sandbox prescription: its id, patient, items, owner. */
function prescriptionMessage(template: Json, record: SandboxPrescription, owner: string): Json {
  const bundle = clone(template);
  const requests = bundle.entry.filter((e: Json) => e.resource.resourceType === 'MedicationRequest');
  const rest = bundle.entry.filter((e: Json) => e.resource.resourceType !== 'MedicationRequest');
  const first = requests[0].resource as Json;
  const items = record.items.map((item) => {
    // The prescriber's own item number (prescription-order-item-number): a dispense notification and a claim name it.
    const id = item.itemId.toLowerCase();
    const request = clone(first);
    request.id = id;
    request.identifier = [{ system: PRESCRIPTION_ORDER_ITEM_NUMBER_SYSTEM, value: id }];
    request.groupIdentifier.value = record.id;
    request.groupIdentifier.extension[0].valueIdentifier.value = record.longId;
    request.medicationCodeableConcept = {
      coding: [{ system: 'http://snomed.info/sct', code: item.medicationCode ?? first.medicationCodeableConcept.coding[0].code, display: item.medication }],
    };
    request.dispenseRequest.quantity = { ...request.dispenseRequest.quantity, value: item.quantity, unit: item.unit };
    request.dosageInstruction = [{ ...request.dosageInstruction[0], text: item.dosage }];
    request.courseOfTherapyType.coding[0].code = record.courseOfTherapy;
    request.extension = request.extension.filter((e: Json) => !String(e.url).endsWith('PrescriptionStatusHistory'));
    return { fullUrl: `urn:uuid:${id}`, resource: request };
  });
  for (const e of rest) {
    const r = e.resource as Json;
    if (r.resourceType === 'Patient') {
      r.identifier[0].value = record.patient.nhsNumber;
      r.name = [
        {
          use: 'usual',
          family: record.patient.family.toUpperCase(),
          given: record.patient.given.map((g) => g.toUpperCase()),
          prefix: [record.patient.prefix.toUpperCase()],
        },
      ];
      r.gender = record.patient.gender;
      r.birthDate = record.patient.birthDate;
      r.address = [{ use: 'home', line: record.patient.lines, postalCode: record.patient.postcode }];
      r.generalPractitioner = [{ identifier: { system: ODS_CODE_SYSTEM, value: record.prescriberOds } }];
    }
    if (r.resourceType === 'Organization') r.identifier[0].value = record.prescriberOds;
    if (r.resourceType === 'MessageHeader') {
      r.destination[0].receiver.identifier.value = owner;
      r.sender.identifier.value = record.prescriberOds;
      r.focus = [{ reference: rest.find((x: Json) => x.resource.resourceType === 'Patient').fullUrl }, ...items.map((i) => ({ reference: i.fullUrl }))];
    }
  }
  bundle.id = stableUuid('message', record.id);
  bundle.identifier.value = stableUuid('message-id', record.id);
  bundle.entry = [rest[0], ...items, ...rest.slice(1)];
  return bundle;
}
