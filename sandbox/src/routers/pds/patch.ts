import { randomUUID } from 'node:crypto';
import fastJsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { fhirJson, header, parseJsonBody, spineOutcome, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { BIRTH_PLACE, PHARMACY_EXTENSIONS, type FhirPatient } from './records.js';

const OPS = new Set(['add', 'replace', 'remove', 'test']);
const UNREMOVABLE = new Set(['/gender', '/birthDate', '/name/0']);
const LIST_ITEM = /^\/[A-Za-z]+\/\d+$/;
/** The Patient's base-level lists, which take new items at `-` only. */
const BASE_LIST = /^\/(name|address|telecom|contact|generalPractitioner|extension|identifier)$/;

/**
 * The first item added to a base-level list the record lacks starts that list (9000000033, the minimal record, is how the
 * public sandbox invites testing "adding all data types").
 */
function startMissingList(record: Record<string, unknown>, op: Operation): void {
  const list = /^\/([A-Za-z]+)\/-$/.exec(op.path)?.[1];
  if (op.op === 'add' && list && BASE_LIST.test(`/${list}`) && record[list] === undefined) record[list] = [];
}

/** The extensions a patient may change (patient-patch.yaml, "Patient access"): pharmacies, communication, place of birth. */
const PATIENT_EXTENSIONS = new Set([...PHARMACY_EXTENSIONS, 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication', BIRTH_PLACE]);

type Json = Record<string, unknown>;

/** A contact point a patient may change: an email address or a mobile phone number. */
const patientTelecom = (t: unknown) => {
  const { system, use } = (t ?? {}) as { system?: string; use?: string };
  return system === 'email' || (system === 'phone' && use === 'mobile');
};

/**
 * The first patch a patient may not make (patient-patch.yaml, "Patient access": address, communication, emergency
 * contact, pharmacy, place of birth and telecom, mobile and email only), or undefined. The operations are walked in turn
 * over a copy of the record, so a list item is judged as it stands when its operation comes (after the removals before
 * it), both what it held and what the operation puts there. Telecom and extensions change only as whole objects in
 * patient access ("you must include the whole object in the patch"): a path inside one is refused.
 */
export function outsidePatientAccess(ops: readonly Operation[], current: FhirPatient): string | undefined {
  let record = structuredClone(current) as unknown as Json;
  for (const op of ops) {
    if (op.op !== 'test') {
      const [, field, index, ...deeper] = op.path.split('/');
      const value = 'value' in op ? (op as { value: unknown }).value : undefined;
      const list = record[field as string] as unknown[] | undefined;
      const before = index === undefined ? (list ?? []) : index === '-' ? [] : [list?.[Number(index)]];
      const put = index === undefined ? ((value as unknown[] | undefined) ?? []) : op.op === 'remove' ? [] : [value];
      const url = (x: unknown) => String((x as { url?: unknown } | undefined)?.url);
      const allowed =
        field === 'address' ||
        field === 'contact' ||
        (field === 'telecom' && deeper.length === 0 && [...before, ...put].every(patientTelecom)) ||
        (field === 'extension' && deeper.length === 0 && [...before, ...put].every((x) => PATIENT_EXTENSIONS.has(url(x))));
      if (!allowed) return op.path;
    }
    try {
      startMissingList(record, op);
      record = fastJsonPatch.applyOperation(record, op, false, true).newDocument;
    } catch {
      return undefined; // Not applicable: patchPatient answers the malformed patch.
    }
  }
  return undefined;
}

/** Address.yaml's `text` values for a `temp` address. */
const TEMP_ADDRESS_TEXTS = new Set([
  'Second Home',
  'Student Accommodation',
  'Respite Care Address',
  'Temporary Residence Address',
  'Convalescence Home',
  'Mobile Home',
  'Holiday Home',
]);

type Item = { id?: string; use?: string; system?: string; text?: string; period?: { end?: string } };

/**
 * patient-patch.yaml's business rules for what a patch adds or changes (legacy data already held is left alone):
 * gender is never set to `other` and a `work` address never added or replaced (UNSUPPORTED_VALUE: legacy values); an
 * address use is home, work, temp or billing, a temp address's text one of Address.yaml's, a contact point's system
 * phone, fax, email or other and its use home, work, temp or mobile (INVALID_VALUE); no more than one current address
 * of each of home, temp and billing (INVALID_UPDATE).
 */
function businessRuleProblem(current: FhirPatient, updated: FhirPatient): SandboxResponse | undefined {
  const outcome = (status: number, code: string, display: string, diagnostics: string) =>
    spineOutcome(status, code, display, {
      issueType: code === 'INVALID_UPDATE' ? 'structure' : 'value',
      diagnostics: `Invalid update with error - ${diagnostics}`,
    });
  if (updated.gender === 'other' && current.gender !== 'other')
    return outcome(400, 'UNSUPPORTED_VALUE', 'Unsupported value', "gender cannot be set to 'other'");
  // What the patch adds (no id yet) or changes (an item whose id the record holds, now different): legacy data left as it
  // was is not judged.
  const added = (list: unknown, before: unknown) => {
    const held = new Map(((before as Item[] | undefined) ?? []).map((x) => [x?.id, JSON.stringify(x)]));
    return ((list as Item[] | undefined) ?? []).filter((x) => x && (x.id === undefined || held.get(x.id) !== JSON.stringify(x)));
  };
  for (const a of added(updated.address, current.address)) {
    if (a.use === 'work') return outcome(400, 'UNSUPPORTED_VALUE', 'Unsupported value', "a 'work' address cannot be added or replaced");
    if (!['home', 'temp', 'billing'].includes(String(a.use))) return outcome(400, 'INVALID_VALUE', 'Provided value is invalid', `address use '${a.use}'`);
    if (a.use === 'temp' && !TEMP_ADDRESS_TEXTS.has(String(a.text)))
      return outcome(400, 'INVALID_VALUE', 'Provided value is invalid', `temp address text '${a.text}'`);
  }
  for (const t of added(updated.telecom, current.telecom)) {
    if (!['phone', 'fax', 'email', 'other'].includes(String(t.system)) || (t.use !== undefined && !['home', 'work', 'temp', 'mobile'].includes(t.use)))
      return outcome(400, 'INVALID_VALUE', 'Provided value is invalid', `contact point system '${t.system}' or use '${t.use}'`);
  }
  const today = new Date().toISOString().slice(0, 10);
  const currentOf = (list: unknown, use: string) =>
    ((list as Item[] | undefined) ?? []).filter((a) => a?.use === use && !(a.period?.end && a.period.end < today));
  for (const use of ['home', 'temp', 'billing']) {
    if (currentOf(updated.address, use).length > Math.max(1, currentOf(current.address, use).length))
      return outcome(400, 'INVALID_UPDATE', 'Update is invalid', `more than one current '${use}' address`);
  }
  return undefined;
}

/**
 * PDS PATCH as the contract describes it: If-Match with the current weak ETag (412 when missing or malformed, 409 when
 * stale), a `{"patches": [...]}` body of add/replace/remove/test, removals of list items preceded by a test of the item,
 * all applied atomically, and the new version in ETag.
 */
export function patchPatient(req: SandboxRequest, current: FhirPatient, patientAccess = false): { response: SandboxResponse; updated?: FhirPatient } {
  if (!(header(req, 'content-type') ?? '').startsWith('application/json')) {
    return { response: spineOutcome(400, 'UNSUPPORTED_SERVICE', 'Unsupported Service', { issueType: 'not-supported', diagnostics: 'Invalid content type' }) };
  }
  const ifMatch = header(req, 'if-match');
  const version = /^W\/"(\d+)"$/.exec(ifMatch ?? '')?.[1];
  if (!version) {
    return {
      response: spineOutcome(412, 'PRECONDITION_FAILED', 'Required condition was not fulfilled', {
        issueType: 'structure',
        diagnostics: 'Invalid request with error - If-Match header must be supplied to update this resource',
      }),
    };
  }
  const currentVersion = current.meta?.versionId ?? '1';
  if (version !== currentVersion) {
    return { response: spineOutcome(409, 'RESOURCE_VERSION_MISMATCH', 'Resource version supplied does not match actual version', { issueType: 'conflict' }) };
  }
  const parsed = parseJsonBody(req);
  const patches = parsed.ok ? (parsed.value as { patches?: unknown })?.patches : undefined;
  if (!Array.isArray(patches)) {
    return {
      response: spineOutcome(400, 'INVALID_UPDATE', 'Update is invalid', {
        issueType: 'structure',
        diagnostics: "Invalid update with error - 'patches' is required",
      }),
    };
  }
  const ops = patches as Operation[];
  for (const [i, op] of ops.entries()) {
    if (!OPS.has(op?.op))
      return {
        response: spineOutcome(400, 'INVALID_VALUE', 'Provided value is invalid', {
          issueType: 'value',
          diagnostics: `Invalid patch - op '${String(op?.op)}' is not supported`,
        }),
      };
    // JsonPatch.yaml: a value is a string, an integer or an object, never a list.
    if ('value' in op && Array.isArray((op as { value: unknown }).value)) {
      return {
        response: spineOutcome(400, 'INVALID_UPDATE', 'Update is invalid', {
          issueType: 'structure',
          diagnostics: `Invalid update with error - '${op.path}' takes an object or a value, not a list`,
        }),
      };
    }
    if (op.op === 'remove' && UNREMOVABLE.has(op.path)) {
      return {
        response: spineOutcome(403, 'FORBIDDEN_UPDATE', 'Forbidden update with error', {
          issueType: 'forbidden',
          diagnostics: `Invalid update with error - removing '${op.path}' is not permitted`,
        }),
      };
    }
    // A new base-level list item is added at `-` only: PDS orders its lists itself (patient-patch.yaml, "Addition"); not
    // at an index, and not as a whole list, the record's or one it lacks.
    if (op.op === 'add' && (LIST_ITEM.test(op.path) || BASE_LIST.test(op.path))) {
      return {
        response: spineOutcome(400, 'INVALID_UPDATE', 'Update is invalid', {
          issueType: 'structure',
          diagnostics: `Invalid update with error - new items must be added at '${LIST_ITEM.test(op.path) ? op.path.replace(/\d+$/, '-') : `${op.path}/-`}'`,
        }),
      };
    }
    const previous = ops[i - 1];
    if (op.op === 'remove' && LIST_ITEM.test(op.path) && !(previous?.op === 'test' && previous.path.startsWith(op.path))) {
      return {
        response: spineOutcome(400, 'INVALID_UPDATE', 'Update is invalid', {
          issueType: 'structure',
          diagnostics: `Invalid update with error - remove of '${op.path}' must be preceded by a test of its id`,
        }),
      };
    }
  }
  // patient-patch.yaml's 403 FORBIDDEN_UPDATE: "The user is not permitted to update certain resources or elements".
  const forbidden = patientAccess ? outsidePatientAccess(ops, current) : undefined;
  if (forbidden) {
    return {
      response: spineOutcome(403, 'FORBIDDEN_UPDATE', 'Forbidden update with error', {
        issueType: 'forbidden',
        diagnostics: `Invalid update with error - a patient may not update '${forbidden}'`,
      }),
    };
  }
  let updated: FhirPatient;
  try {
    const base = structuredClone(current) as Record<string, unknown>;
    for (const op of ops) startMissingList(base, op);
    updated = fastJsonPatch.applyPatch(base as FhirPatient, ops, true, false).newDocument;
  } catch {
    return {
      response: spineOutcome(400, 'INVALID_UPDATE', 'Update is invalid', {
        issueType: 'structure',
        diagnostics: 'Invalid update with error - a patch could not be applied',
      }),
    };
  }
  const broken = businessRuleProblem(current, updated);
  if (broken) return { response: broken };
  // PDS gives each new list item its object id ("automatically generated by the system": patient-patch.yaml, "Replacing").
  for (const list of ['name', 'address', 'telecom'] as const) {
    for (const item of (updated[list] as { id?: string }[] | undefined) ?? []) if (item && !item.id) item.id = randomUUID().slice(0, 8).toUpperCase();
  }
  const nextVersion = String(Number(currentVersion) + 1);
  updated.meta = { ...updated.meta, versionId: nextVersion };
  return { response: fhirJson(200, updated, { etag: `W/"${nextVersion}"` }), updated };
}
