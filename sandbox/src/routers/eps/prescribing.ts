import { createHash } from 'node:crypto';
import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import { normalisePrescriptionId, prescriptionIdProblem } from '../../nhs/prescription-id.js';
import { fhirJson, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { Sandbox } from '../../server.js';
import type { SandboxItem, SandboxPrescription } from './records.js';
import { cancelRefusal, cancelResponse, failureToProcess, informational, invalidMessage, business } from './outcomes.js';
import { epsState } from './store.js';
import { NHS_NUMBER_SYSTEM as NHS, ODS_CODE_SYSTEM as ODS } from '../../fhir-systems.js';

type Json = Record<string, any>;

/** A parsed `message` Bundle and its MessageHeader event, or the 400 EPS gives for a malformed one. */
export function parseMessage(req: SandboxRequest): { bundle: Json; event: string; resources: Json[] } | SandboxResponse {
  let bundle: Json;
  try {
    bundle = JSON.parse(req.rawBody) as Json;
  } catch {
    return invalidMessage('Request body is not valid JSON', 'structure');
  }
  if (bundle?.resourceType !== 'Bundle') return invalidMessage(`Incorrect FHIR resource type. Expected Bundle.`, 'structure');
  if (bundle.type !== 'message') return invalidMessage("Bundle.type must be 'message'.");
  const resources = ((bundle.entry as Json[] | undefined) ?? []).map((e) => e.resource as Json).filter(Boolean);
  const header = resources.find((r) => r.resourceType === 'MessageHeader');
  if (!header?.eventCoding?.code) return invalidMessage('Bundle must contain exactly one MessageHeader with an eventCoding.');
  return { bundle, event: header.eventCoding.code as string, resources };
}

const of = (resources: Json[], type: string) => resources.filter((r) => r.resourceType === type);

/** The digest EPS returns from $prepare: a base64 XML SignedInfo over the message's hash (as the coordinator builds it). */
function digestOf(bundle: Json): string {
  const hash = createHash('sha1').update(JSON.stringify(bundle)).digest('base64');
  const signedInfo =
    '<SignedInfo xmlns="http://www.w3.org/2000/09/xmldsig#">' +
    '<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"></CanonicalizationMethod>' +
    '<SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"></SignatureMethod><Reference><Transforms><Transform ' +
    'Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"></Transform></Transforms>' +
    `<DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"></DigestMethod><DigestValue>${hash}</DigestValue></Reference></SignedInfo>`;
  return Buffer.from(signedInfo).toString('base64');
}

/** Spine's checks on a prescription order: the id's check character and the patient's NHS number. */
function orderProblems(resources: Json[]): SandboxResponse | { id: string; nhsNumber: string } {
  const requests = of(resources, 'MedicationRequest');
  if (requests.length === 0) return invalidMessage('Bundle must contain at least one MedicationRequest.');
  const ids = new Set(requests.map((r) => normalisePrescriptionId(String(r.groupIdentifier?.value ?? ''))));
  if (ids.size !== 1) return invalidMessage('All MedicationRequests must share one groupIdentifier.');
  const id = [...ids][0] as string;
  if (prescriptionIdProblem(id)) return failureToProcess('prescriptionID has invalid checksum');
  const nhsNumber = of(resources, 'Patient')[0]?.identifier?.find((i: Json) => i.system === NHS)?.value as string | undefined;
  if (!nhsNumber || !isValidNhsNumber(nhsNumber)) return failureToProcess('NHS number is invalid');
  return { id, nhsNumber };
}

/** A new sandbox prescription from a signed prescription-order message. */
function recordFrom(resources: Json[], id: string, nhsNumber: string): SandboxPrescription {
  const requests = of(resources, 'MedicationRequest');
  const patient = of(resources, 'Patient')[0] as Json;
  const name = patient.name?.[0] ?? {};
  const orgs = of(resources, 'Organization')
    .map((o) => o.identifier?.find((i: Json) => i.system === ODS)?.value)
    .filter(Boolean);
  const prescriber = (orgs[0] as string | undefined) ?? id.split('-')[1]!.replace(/^0+/, '');
  const first = requests[0] as Json;
  const now = new Date().toISOString();
  const items: SandboxItem[] = requests.map((r) => ({
    itemId: String(r.identifier?.[0]?.value ?? r.id).toUpperCase(),
    medication: r.medicationCodeableConcept?.coding?.[0]?.display ?? r.medicationCodeableConcept?.text ?? 'Unknown medication',
    medicationCode: r.medicationCodeableConcept?.coding?.[0]?.code,
    quantity: Number(r.dispenseRequest?.quantity?.value ?? 1),
    unit: r.dispenseRequest?.quantity?.unit ?? 'dose',
    dosage: r.dosageInstruction?.[0]?.text ?? '',
    status: null,
    statusReason: null,
    dispensed: null,
  }));
  const course = first.courseOfTherapyType?.coding?.[0]?.code;
  return {
    id,
    longId: first.groupIdentifier?.extension?.[0]?.valueIdentifier?.value ?? id,
    patient: {
      nhsNumber,
      prefix: name.prefix?.[0] ?? '',
      given: name.given ?? [],
      family: name.family ?? '',
      gender: patient.gender ?? 'unknown',
      birthDate: patient.birthDate ?? '',
      lines: patient.address?.[0]?.line ?? [],
      postcode: patient.address?.[0]?.postalCode ?? '',
    },
    prescriberOds: prescriber,
    nominatedPharmacyOds: first.dispenseRequest?.performer?.identifier?.value ?? null,
    dispenserOds: null,
    courseOfTherapy: course === 'continuous' || course === 'continuous-repeat-dispensing' ? course : 'acute',
    authoredOn: first.authoredOn ?? now,
    status: '0001',
    pendingCancellation: false,
    repeatsIssued: course && course !== 'acute' ? 1 : null,
    repeatsAllowed: course && course !== 'acute' ? Number(first.dispenseRequest?.numberOfRepeatsAllowed ?? 1) + 1 : null,
    items,
    history: [{ title: 'Prescription upload successful', at: now, status: '0001', ods: prescriber }],
  };
}

/** The outcome of cancelling a prescription in its current state, applying it when Spine would. */
function cancel(record: SandboxPrescription, requester: string, reason: Json | undefined): string {
  switch (record.status) {
    case '0001':
    case '0000': {
      record.status = '0005';
      for (const item of record.items) {
        item.status = { code: '0005', display: 'Item Cancelled' };
        item.statusReason = reason ? { code: String(reason.code), display: String(reason.display ?? '') } : null;
      }
      record.history.push({ title: 'Prescription/item was cancelled', at: new Date().toISOString(), status: '0005', ods: requester });
      return 'R-0001';
    }
    case '0002':
    case '0003':
      if (record.pendingCancellation) return 'R-0007';
      record.pendingCancellation = true;
      return record.status === '0002' ? 'R-0002' : 'R-0003';
    case '0006':
      return 'R-0004';
    case '0004':
      return 'R-0005';
    case '0005':
      return 'R-0006';
    default:
      return 'R-0010';
  }
}

/** The prescribing side of EPS: $prepare and $process-message (prescription-order, prescription-order-update). */
export function prescribingRoutes(sandbox: Sandbox) {
  const state = () => epsState(sandbox);

  const prepare = (req: SandboxRequest): SandboxResponse => {
    const parsed = parseMessage(req);
    if ('status' in parsed) return parsed;
    if (parsed.event !== 'prescription-order') return invalidMessage("MessageHeader.eventCoding.code must be 'prescription-order'.");
    if (of(parsed.resources, 'MedicationRequest').length === 0) return invalidMessage('Bundle must contain at least one MedicationRequest.');
    return fhirJson(200, {
      resourceType: 'Parameters',
      parameter: [
        { name: 'digest', valueString: digestOf(parsed.bundle) },
        { name: 'timestamp', valueString: new Date().toISOString() },
        { name: 'algorithm', valueString: 'RS1' },
      ],
    });
  };

  const processMessage = (req: SandboxRequest): SandboxResponse =>
    state().write(req, () => {
      const parsed = parseMessage(req);
      if ('status' in parsed) return parsed;
      if (parsed.event === 'prescription-order') {
        if (of(parsed.resources, 'Provenance').length === 0) return invalidMessage('Bundle must contain a Provenance with the prescription signature.');
        const checked = orderProblems(parsed.resources);
        if ('status' in checked) return checked;
        if (state().prescriptions.has(checked.id)) return business('DUPLICATE_PRESCRIPTION_ID', 'Duplicate prescription ID');
        state().add(recordFrom(parsed.resources, checked.id, checked.nhsNumber));
        return informational();
      }
      if (parsed.event === 'prescription-order-update') {
        const request = of(parsed.resources, 'MedicationRequest')[0];
        const id = normalisePrescriptionId(String(request?.groupIdentifier?.value ?? ''));
        if (prescriptionIdProblem(id)) return failureToProcess('prescriptionID has invalid checksum');
        const record = state().prescriptions.get(id);
        if (!record) return cancelRefusal('R-0008');
        const nhsNumber = of(parsed.resources, 'Patient')[0]?.identifier?.find((i: Json) => i.system === NHS)?.value;
        if (nhsNumber !== record.patient.nhsNumber) return cancelRefusal('R-5000');
        const requester = of(parsed.resources, 'Organization')[0]?.identifier?.find((i: Json) => i.system === ODS)?.value ?? record.prescriberOds;
        const code = cancel(record, requester, request?.statusReason?.coding?.[0]);
        return cancelResponse(code, record, String(parsed.bundle.identifier?.value ?? ''));
      }
      return invalidMessage(`Message type '${parsed.event}' is not supported by the prescribing API.`, 'not-supported');
    });

  return [
    { method: 'POST' as const, path: '/$prepare', handler: prepare },
    { method: 'POST' as const, path: '/$process-message', handler: processMessage },
  ];
}
