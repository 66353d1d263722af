import { randomUUID } from 'node:crypto';
import { normalisePrescriptionId, prescriptionIdProblem } from '../../nhs/prescription-id.js';
import { type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { Sandbox } from '../../server.js';
import {
  business,
  failureToProcess,
  informational,
  invalidMessage,
  prescriptionNotFound,
  releaseResponse,
  resourceNotFound,
  withAnotherDispenser,
} from './outcomes.js';
import { parseMessage } from './prescribing.js';
import type { SandboxPrescription } from './records.js';
import { epsState } from './store.js';
import { ODS_CODE_SYSTEM as ODS, SDS_USER_ID_SYSTEM } from '../../fhir-systems.js';

type Json = Record<string, any>;
const RFC4122 = 'https://tools.ietf.org/html/rfc4122';
const ITEM_NUMBER = 'https://fhir.nhs.uk/Id/prescription-order-item-number';
const GROUP_IDENTIFIER_EXTENSION = 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-GroupIdentifier';
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** A nominated download releases at most this many prescriptions (eps/CONTRACT.md). */
const NOMINATED_BATCH = 25;

const odsOf = (resource: Json | undefined): string | undefined => resource?.identifier?.find((i: Json) => i.system === ODS)?.value;
const now = () => new Date().toISOString();
const invalidTransition = () => business('PRESCRIPTION_INVALID_STATE_TRANSITION', 'Prescription is not in a state that allows this');

function parseJson(req: SandboxRequest): Json | SandboxResponse {
  try {
    return JSON.parse(req.rawBody) as Json;
  } catch {
    return invalidMessage('Request body is not valid JSON', 'structure');
  }
}

/** The prescription an id names; an unknown one is answered `notFound` (release answers its own example). */
function findPrescription(sandbox: Sandbox, raw: unknown, notFound = prescriptionNotFound): SandboxPrescription | SandboxResponse {
  const id = normalisePrescriptionId(String(raw ?? ''));
  if (prescriptionIdProblem(id)) return failureToProcess('prescriptionID has invalid checksum');
  return epsState(sandbox).prescriptions.get(id) ?? notFound();
}

/** Parsed bodies and records never carry a numeric status with headers: only a SandboxResponse does. */
const isResponse = (x: unknown): x is SandboxResponse =>
  typeof (x as SandboxResponse).status === 'number' && typeof (x as SandboxResponse).headers === 'object';

/** The dispensing side of EPS: Task/$release, Task (return, withdraw) and $process-message (dispense-notification). */
export function dispensingRoutes(sandbox: Sandbox) {
  const state = () => epsState(sandbox);

  const releaseOne = (record: SandboxPrescription, owner: string): SandboxResponse | undefined => {
    if ((record.status === '0002' || record.status === '0003') && record.dispenserOds !== owner) {
      return withAnotherDispenser(
        sandbox.population.organisations.find((o) => o.odsCode === record.dispenserOds),
        record.dispenserOds as string,
      );
    }
    if (record.status === '0001') {
      record.status = '0002';
      record.dispenserOds = owner;
      for (const item of record.items) item.status = { code: '0008', display: 'Item with dispenser' };
      record.history.push({ title: 'Release Request successful', at: now(), status: '0002', ods: owner });
      return undefined;
    }
    return record.status === '0002' || record.status === '0003' ? undefined : invalidTransition();
  };

  const release = (req: SandboxRequest): SandboxResponse =>
    state().write(req, () => {
      const params = parseJson(req);
      if (isResponse(params)) return params;
      if (params.resourceType !== 'Parameters') return invalidMessage('Incorrect FHIR resource type. Expected Parameters.', 'structure');
      const param = (name: string) => (params.parameter as Json[] | undefined)?.find((p) => p.name === name);
      const owner = odsOf(param('owner')?.resource);
      if (!owner) return invalidMessage("Parameter 'owner' must be an Organization with an ODS code.");
      if (param('status')?.valueCode !== 'accepted') return invalidMessage("Parameter 'status' must be 'accepted'.");
      const agent = param('agent')?.resource;
      if (agent?.resourceType !== 'PractitionerRole') return invalidMessage("Parameter 'agent' must be a PractitionerRole.");
      // fhir-dispensing.yaml's validation table: the agent is a user named by identifier and display, not a reference.
      const practitioner = agent.practitioner;
      if (practitioner?.identifier?.system !== SDS_USER_ID_SYSTEM || !practitioner?.identifier?.value || !practitioner?.display) {
        return invalidMessage(
          'Parameters.parameter("agent").resource.practitioner populated incorrectly. Please populate with Identifier and Display.',
          'invalid',
        );
      }
      const groupId = param('group-identifier')?.valueIdentifier?.value;
      // The release response's own id: the prescriptions it releases remember it, and a return names it as `focus`.
      const responseId = randomUUID();
      if (groupId !== undefined) {
        const record = findPrescription(sandbox, groupId, resourceNotFound);
        if (isResponse(record)) return record;
        const refusal = releaseOne(record, owner);
        if (refusal) return refusal;
        record.releaseResponseId = responseId;
        return releaseResponse([record], responseId, owner);
      }
      const nominated = [...state().prescriptions.values()].filter((p) => p.nominatedPharmacyOds === owner && p.status === '0001').slice(0, NOMINATED_BATCH);
      for (const record of nominated) {
        releaseOne(record, owner);
        record.releaseResponseId = responseId;
      }
      return releaseResponse(nominated, responseId, owner);
    });

  const task = (req: SandboxRequest): SandboxResponse =>
    state().write(req, () => {
      const body = parseJson(req);
      if (isResponse(body)) return body;
      if (body.resourceType !== 'Task') return invalidMessage('Incorrect FHIR resource type. Expected Task.', 'structure');
      const record = findPrescription(sandbox, body.groupIdentifier?.value);
      if (isResponse(record)) return record;
      const pharmacy = odsOf((body.contained as Json[] | undefined)?.find((r) => r.resourceType === 'Organization'));
      if (body.status === 'rejected') {
        // Return.yaml: `focus` is the release response that released the prescription, an RFC 4122 identifier.
        const focus = body.focus?.identifier;
        if (focus?.system !== RFC4122 || !UUID.test(String(focus?.value ?? '')))
          return invalidMessage('Task.focus must identify the release response (an RFC 4122 identifier).');
        if (!['0002', '0003'].includes(record.status) || record.dispenserOds !== pharmacy) return invalidTransition();
        record.status = '0001';
        record.dispenserOds = null;
        delete record.releaseResponseId;
        for (const item of record.items) item.status = null;
        record.history.push({ title: 'Return request successful', at: now(), status: '0001', ods: pharmacy as string });
        return informational();
      }
      if (body.status === 'in-progress') {
        if (!['0003', '0006'].includes(record.status) || record.dispenserOds !== pharmacy) return invalidTransition();
        record.status = '0002';
        for (const item of record.items) {
          item.status = { code: '0008', display: 'Item with dispenser' };
          item.dispensed = null;
        }
        record.history.push({ title: 'Dispense withdrawal successful', at: now(), status: '0002', ods: pharmacy as string });
        return informational();
      }
      return invalidMessage("Task.status must be 'rejected' (return) or 'in-progress' (withdraw).");
    });

  const dispenseNotification = (req: SandboxRequest): SandboxResponse =>
    state().write(req, () => {
      const parsed = parseMessage(req);
      if ('status' in parsed) return parsed;
      if (parsed.event !== 'dispense-notification')
        return invalidMessage(`Message type '${parsed.event}' is not supported by the dispensing API.`, 'not-supported');
      const dispenses = parsed.resources.filter((r) => r.resourceType === 'MedicationDispense');
      const contained = (dispenses[0]?.contained as Json[] | undefined)?.find((c) => c.resourceType === 'MedicationRequest');
      if (!contained) return invalidMessage('MedicationDispense.authorizingPrescription must reference a contained MedicationRequest.');
      const record = findPrescription(sandbox, contained.groupIdentifier?.value);
      if (isResponse(record)) return record;
      const header = parsed.resources.find((r) => r.resourceType === 'MessageHeader');
      const pharmacy = header?.sender?.identifier?.value as string | undefined;
      // fhir-dispensing.yaml's 400 table: the dispensing Organization must name the reimbursement authority by ODS code.
      const relationships = parsed.resources
        .filter((r) => r.resourceType === 'Organization')
        .flatMap((o) => (o.extension as Json[] | undefined) ?? [])
        .find((e) => e.url === 'https://fhir.nhs.uk/StructureDefinition/Extension-ODS-OrganisationRelationships');
      const authority = (relationships?.extension as Json[] | undefined)?.find((e) => e.url === 'reimbursementAuthority');
      if (!authority) return invalidMessage('The dispense notification is missing the reimbursement authority and it should be provided.', 'invalid');
      if (!authority.valueIdentifier?.value)
        return invalidMessage('The dispense notification is missing the ODS code for the reimbursement authority and it should be provided.', 'invalid');
      if (!['0002', '0003'].includes(record.status) || record.dispenserOds !== pharmacy) return invalidTransition();
      const status = dispenses[0]?.extension?.find((e: Json) => String(e.url).endsWith('EPS-TaskBusinessStatus'))?.valueCoding?.code ?? '0006';
      dispenses.forEach((d, i) => {
        // Each MedicationDispense names its line item by the contained MedicationRequest's item number; by position otherwise.
        const request = (d.contained as Json[] | undefined)?.find((c) => c.resourceType === 'MedicationRequest');
        const itemNumber = String(request?.identifier?.find((x: Json) => x.system === ITEM_NUMBER)?.value ?? '').toUpperCase();
        const item = record.items.find((it) => it.itemId === itemNumber) ?? record.items[i];
        const type = d.type?.coding?.[0];
        if (!item || !type?.code) return;
        item.status = { code: type.code, display: type.display ?? '' };
        if (type.code === '0001' || type.code === '0003')
          item.dispensed = { at: d.whenHandedOver ?? now(), ods: pharmacy as string, quantity: Number(d.quantity?.value ?? item.quantity) };
      });
      record.status = status;
      record.history.push({ title: 'Dispense notification successful', at: now(), status, ods: pharmacy as string });
      return informational();
    });

  /**
   * POST /Claim (DispenseClaim.yaml): the pharmacy that dispensed the prescription claims for it, which becomes Claimed
   * (0008). Every claimed item needs its endorsement code ("missing endorsement code on Claim" is a 400).
   */
  const claim = (req: SandboxRequest): SandboxResponse =>
    state().write(req, () => {
      const body = parseJson(req);
      if (isResponse(body)) return body;
      if (body.resourceType !== 'Claim') return invalidMessage('Incorrect FHIR resource type. Expected Claim.', 'structure');
      const group = (body.prescription?.extension as Json[] | undefined)?.find((e) => e.url === GROUP_IDENTIFIER_EXTENSION);
      const shortForm = (group?.extension as Json[] | undefined)?.find((e) => e.url === 'shortForm')?.valueIdentifier?.value;
      if (!shortForm) return invalidMessage('Claim.prescription must carry the short-form prescription id (Extension-DM-GroupIdentifier).');
      const details = ((body.item as Json[] | undefined) ?? []).flatMap((i) => (i.detail as Json[] | undefined) ?? []);
      if (details.length === 0) return invalidMessage('Claim.item.detail must list the dispensed line items.');
      const endorsed = (d: Json) =>
        ((d.programCode as Json[] | undefined) ?? []).some((p) =>
          p.coding?.some((c: Json) => String(c.system).endsWith('medicationdispense-endorsement') && c.code),
        );
      if (!details.every(endorsed)) return invalidMessage('Claim.item.detail.programCode must include an endorsement code.');
      const record = findPrescription(sandbox, shortForm);
      if (isResponse(record)) return record;
      const pharmacy = odsOf((body.contained as Json[] | undefined)?.find((r) => r.resourceType === 'Organization'));
      if (!['0006', '0007'].includes(record.status) || record.dispenserOds !== pharmacy) return invalidTransition();
      record.status = '0008';
      record.history.push({ title: 'Claim successful', at: now(), status: '0008', ods: pharmacy as string });
      return informational();
    });

  return [
    { method: 'POST' as const, path: '/Task/$release', handler: release },
    { method: 'POST' as const, path: '/Claim', handler: claim },
    { method: 'POST' as const, path: '/Task', handler: task },
    { method: 'POST' as const, path: '/$process-message', handler: dispenseNotification },
  ];
}
