import { fhirJson, header, parseJsonBody, type SandboxHandler } from '../../http.js';
import { clone, loadFixture } from '../../fixtures.js';
import { coded } from './clinical-codes.js';
import { gpcOutcome } from './outcome.js';
import { generateRecord, type ClinicalRecord, type ListArea, type ListWarnings, type PracticeInfo, type Res } from './records.js';
import { parseRecordRequest, type RecordRequest, type Window } from './structured-params.js';
import type { GpcWorld } from './world.js';
import { isPatientFacing } from './ssp.js';
import { plannedDate } from './uncategorised-records.js';

const EXAMPLES = 'gpc-structured/examples/';
/** Patients answered with the spec's own example payloads: the platform sandbox's 9000000009 and the spec's 9999999999. */
const CANNED = new Set(['9000000009', '9999999999']);

const inWindow = (date: string | undefined, w: Window) => !date || ((!w.start || date.slice(0, 10) >= w.start) && (!w.end || date.slice(0, 10) <= w.end));

/**
 * POST /Patient/$gpc.getstructuredrecord: checks the Parameters, answers PATIENT_NOT_FOUND for unknown, deceased,
 * inactive and sensitive patients alike and NO_PATIENT_CONSENT for dissent, and otherwise a Bundle (type collection,
 * `id` = X-Request-ID) with one List per area asked for, empty lists carrying emptyReason.
 */
export function structuredRecordHandler(world: GpcWorld, today: () => string, practiceInfo: (odsCode: string) => PracticeInfo): SandboxHandler {
  return (req) => {
    const body = parseJsonBody(req);
    if (!body.ok) return gpcOutcome(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    const request = parseRecordRequest(body.value, today());
    if ('status' in request) return request;
    const patient = world.patient(request.nhsNumber);
    if (patient.status === 'dissented') return gpcOutcome(403, 'NO_PATIENT_CONSENT');
    if (patient.status !== 'normal') return gpcOutcome(404, 'PATIENT_NOT_FOUND');
    const entries = CANNED.has(request.nhsNumber)
      ? cannedEntries(request)
      : syntheticEntries(generateRecord(patient, practiceInfo(patient.practice), today()), request, today(), isPatientFacing(req));
    return fhirJson(200, {
      resourceType: 'Bundle',
      id: header(req, 'x-request-id'),
      meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1'] },
      type: 'collection',
      entry: entries.map((resource) => ({ resource })),
    });
  };
}

const WARNING_URL = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1';
const EMPTY_REASON_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The warning codes on one area's list and the associated text each puts in the note (GP Connect's List page,
 * "Warning codes": confidential items on the list they were withheld from, data in transit on every list, with the
 * date the patient registered).
 */
export function warningsFor(area: ListArea, w: ListWarnings | undefined): { code: string; text: string }[] {
  if (!w) return [];
  const out: { code: string; text: string }[] = [];
  if (w.confidential === area) out.push({ code: 'confidential-items', text: 'Items excluded due to confidentiality and/or patient preferences.' });
  if (w.transferredOn) {
    const [y, m, d] = w.transferredOn.split('-');
    const date = `${d}-${MONTHS[Number(m) - 1]}-${y}`;
    out.push({
      code: 'data-in-transit',
      text: `Patient record transfer from previous GP practice not yet complete; information recorded before ${date} may be missing.`,
    });
  }
  if (w.awaitingFiling && area === 'investigations') {
    out.push({
      code: 'data-awaiting-filing',
      text: 'Patient data may be incomplete as there is data supplied by a third party awaiting review before becoming available.',
    });
  }
  return out;
}

function list(
  title: string,
  code: readonly [string, string],
  items: Res[],
  patientRef: string,
  date: string,
  extra: Partial<Res> = {},
  warnings: { code: string; text: string }[] = [],
): Res {
  const empty = items.length === 0 && !extra.contained;
  // One note (cardinality 0..1): the warnings' associated texts, and 'Information not available' for an empty list.
  const note = [...warnings.map((x) => x.text), ...(empty ? ['Information not available'] : [])].join(' ');
  return {
    resourceType: 'List',
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-List-1'] },
    ...(warnings.length > 0 ? { extension: warnings.map((x) => ({ url: WARNING_URL, valueCode: x.code })) } : {}),
    status: 'current',
    mode: 'snapshot',
    title,
    code: coded(code),
    subject: { reference: patientRef },
    date,
    orderedBy: { coding: [{ system: 'http://hl7.org/fhir/list-order', code: 'event-date' }] },
    ...(note ? { note: [{ text: note }] } : {}),
    ...(empty
      ? { emptyReason: { coding: [{ system: EMPTY_REASON_SYSTEM, code: 'no-content-recorded', display: 'No Content Recorded' }] } }
      : { entry: (extra.contained ?? items).map((r: Res) => ({ item: { reference: extra.contained ? `#${r.id}` : `${r.resourceType}/${r.id}` } })) }),
    ...extra,
  };
}

function syntheticEntries(record: ClinicalRecord, r: RecordRequest, today: string, patientFacing: boolean): Res[] {
  const out: Res[] = [...record.core];
  const warned = (area: ListArea) => warningsFor(area, record.warnings);
  const add = (area: ListArea, title: string, code: readonly [string, string], items: Res[], extras: Res[] = []) =>
    out.push(list(title, code, items, record.patientRef, today, {}, warned(area)), ...items, ...extras);
  if (r.allergies) {
    add(
      'allergies',
      'Active Allergies',
      ['886921000000105', 'Allergies and adverse reaction'],
      record.allergies.filter((a) => a.clinicalStatus === 'active'),
    );
    const resolved = record.allergies.filter((a) => a.clinicalStatus === 'resolved');
    if (r.allergies.includeResolved)
      out.push(
        list(
          'Resolved Allergies',
          ['1103671000000101', 'Ended allergies'],
          [],
          record.patientRef,
          today,
          resolved.length ? { contained: resolved } : {},
          warned('allergies'),
        ),
      );
  }
  if (r.medications) {
    const from = r.medications.from;
    const statements = record.medications.statements.filter((s) => !from || s.status === 'active' || (s.effectivePeriod?.start ?? '') >= from);
    const plans = new Set(statements.map((s) => s.basedOn?.[0]?.reference));
    const drugs = new Set(statements.map((s) => s.medicationReference?.reference));
    add('medications', 'Medication List', ['933361000000108', 'Medications and medical devices'], statements, [
      ...record.medications.plans.filter((p) => plans.has(`MedicationRequest/${p.id}`)),
      ...(r.medications.includeIssues ? record.medications.orders.filter((o) => plans.has(o.basedOn?.[0]?.reference)) : []),
      ...record.medications.drugs.filter((d) => drugs.has(`Medication/${d.id}`)),
    ]);
  }
  if (r.problems)
    add(
      'problems',
      'Problems',
      ['717711000000103', 'Problems'],
      record.problems.filter((p) => !r.problems?.status || p.clinicalStatus === r.problems.status),
    );
  if (r.immunisations)
    add(
      'immunisations',
      'Immunisations',
      ['1102181000000102', 'Immunisations'],
      record.immunisations.filter((i) => r.immunisations?.includeNotGiven || !i.notGiven),
    );
  if (r.consultations) {
    const c = r.consultations;
    let encounters = record.consultations.encounters.filter((e) => inWindow(e.period?.start, c));
    if (c.mostRecent) encounters = [...encounters].sort((a, b) => String(b.period?.start).localeCompare(String(a.period?.start))).slice(0, c.mostRecent);
    const refs = new Set(encounters.map((e) => `Encounter/${e.id}`));
    add(
      'consultations',
      'Consultations',
      ['1149501000000101', 'Consultations'],
      encounters,
      record.consultations.lists.filter((l) => refs.has(l.encounter?.reference)),
    );
  }
  if (r.referrals)
    add(
      'referrals',
      'Referral details',
      ['886721000000107', 'Referral details'],
      record.referrals.filter((x) => inWindow(x.authoredOn, r.referrals as Window)),
    );
  if (r.investigations) {
    const reports = record.investigations.reports.filter((x) => inWindow(x.issued, r.investigations as Window));
    const results = new Set(reports.flatMap((x) => (x.result ?? []).map((o: Res) => o.reference)));
    add(
      'investigations',
      'Investigations and results',
      ['887191000000108', 'Investigations and results'],
      reports,
      record.investigations.observations.filter((o) => results.has(`Observation/${o.id}`)),
    );
  }
  if (r.uncategorised)
    add(
      'uncategorised',
      'Uncategorised data',
      ['826501000000100', 'Miscellaneous record'],
      record.uncategorised.observations.filter((o) => inWindow(o.effectiveDateTime, r.uncategorised as Window)),
    );
  // Diary entries planned up to the search date, and active ones past their date (always included). The patient-facing
  // route never returns diary entries (gpc-structured/CONTRACT.md, "Quirks").
  if (r.diary && !patientFacing) {
    const until = r.diary.searchDate;
    add(
      'diary',
      'Diary',
      ['714311000000108', 'Patient recall administration'],
      record.uncategorised.diary.filter((d) => !until || plannedDate(d) <= until || plannedDate(d) < today),
    );
  }
  return out;
}

/** The spec site's example payloads, one per area, merged into one Bundle with the requested patient's number. */
function cannedEntries(r: RecordRequest): Res[] {
  const resources = (file: string) => (clone(loadFixture<{ entry: { resource: Res }[] }>(EXAMPLES + file)).entry ?? []).map((e) => e.resource);
  const core = resources('allergies_response1.json').filter((x) => ['Patient', 'Organization', 'Practitioner', 'PractitionerRole'].includes(x.resourceType));
  const patient = core.find((x) => x.resourceType === 'Patient') as Res;
  patient.identifier = [{ ...patient.identifier?.[0], value: r.nhsNumber }];
  const out = new Map<string, Res>(core.map((x) => [`${x.resourceType}/${x.id}`, x]));
  // Every example file carries the same Patient: the requested patient's copy (core) is kept, not overwritten.
  const addFile = (file: string) =>
    resources(file).forEach((x, i) => x.resourceType !== 'Patient' && out.set(x.id ? `${x.resourceType}/${x.id}` : `${file}#${i}`, x));
  const empty = (title: string, code: readonly [string, string]) =>
    out.set(`List/${title}`, list(title, code, [], `Patient/${patient.id}`, '2019-03-01T10:57:34+00:00'));
  if (r.allergies) {
    addFile('allergies_response1.json');
    // includeResolvedAllergies false: no Resolved Allergies list (it carries the resolved ones, contained).
    if (!r.allergies.includeResolved) for (const [key, x] of out) if (x.resourceType === 'List' && x.title === 'Resolved Allergies') out.delete(key);
  }
  if (r.medications) addFile('meds_response.json');
  if (r.immunisations) addFile('immunizations_response1.json');
  if (r.referrals) addFile('referrals_response1.json');
  if (r.problems) empty('Problems', ['717711000000103', 'Problems']);
  if (r.consultations) empty('Consultations', ['1149501000000101', 'Consultations']);
  if (r.investigations) empty('Investigations and results', ['887191000000108', 'Investigations and results']);
  if (r.uncategorised) empty('Uncategorised data', ['826501000000100', 'Miscellaneous record']);
  if (r.diary) empty('Diary', ['714311000000108', 'Patient recall administration']);
  return [...out.values()];
}
