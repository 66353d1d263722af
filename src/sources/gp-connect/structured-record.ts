import {
  mapAllergy,
  mapImmunisation,
  mapMedication,
  mapMedicationStatement,
  mapProblem,
  type GpAllergyModel,
  type GpImmunisationModel,
  type GpMedicationModel,
  type GpMedicationStatementModel,
  type GpProblemModel,
} from './record-mapper.js';
import { mapRecordLists, type GpRecordListModel } from './record-lists.js';
import { mapCode, odsCodeOf, ResourceIndex, type GpCodeModel } from './stu3.js';
import type { RecordAreas } from './structured-request.js';
import {
  UBRN_SYSTEM,
  type StuAllergyIntolerance,
  type StuBundle,
  type StuCondition,
  type StuDiagnosticReport,
  type StuEncounter,
  type StuImmunization,
  type StuList,
  type StuMedication,
  type StuMedicationStatement,
  type StuObservation,
  type StuOrganization,
  type StuPatient,
  type StuProcedureRequest,
  type StuReferralRequest,
  type StuResource,
} from './wire.js';
import {
  DIARY_LIST_CODE,
  listedReferences,
  mapDiaryEntry,
  mapObservationComponent,
  observedValue,
  UNCATEGORISED_LIST_CODE,
  type GpDiaryEntryModel,
  type GpObservationComponentModel,
} from './uncategorised.js';

export interface GpConsultationModel {
  id: string | null;
  status: string | null;
  title: string | null;
  type: GpCodeModel | null;
  start: string | null;
  end: string | null;
  resource: StuEncounter;
}

export interface GpReferralModel {
  id: string | null;
  ubrn: string | null;
  status: string | null;
  intent: string | null;
  priority: string | null;
  authoredOn: string | null;
  description: string | null;
  reasons: GpCodeModel[];
  recipients: string[];
  resource: StuReferralRequest;
}

export interface GpObservationModel {
  id: string | null;
  status: string | null;
  code: GpCodeModel | null;
  effective: string | null;
  value: string | null;
  unit: string | null;
  interpretation: GpCodeModel | null;
  comment: string | null;
  components: GpObservationComponentModel[];
  resource: StuObservation;
}

export interface GpInvestigationModel {
  id: string | null;
  status: string | null;
  code: GpCodeModel | null;
  issued: string | null;
  conclusion: string | null;
  results: GpObservationModel[];
  resource: StuDiagnosticReport;
}

/** The parent of the GpRecord fields: the patient; each area field loads its part of the record. */
export interface GpRecordRef {
  nhsNumber: string;
}

/** One structured record, every area the Bundle carries, in the graph's shapes. */
export interface StructuredRecordModel {
  /** The registered practice: the Organization the Bundle's Patient names as managing organisation. */
  practiceOdsCode: string | null;
  allergies: GpAllergyModel[];
  medications: GpMedicationModel[];
  medicationStatements: GpMedicationStatementModel[];
  problems: GpProblemModel[];
  immunisations: GpImmunisationModel[];
  consultations: GpConsultationModel[];
  referrals: GpReferralModel[];
  investigations: GpInvestigationModel[];
  /** Uncategorised data: the Observations the "Miscellaneous record" List names (not investigation results). */
  observations: GpObservationModel[];
  /** Diary entries: the ProcedureRequests the Diary List names. */
  diaryEntries: GpDiaryEntryModel[];
  /** The area Lists the Bundle carries, with their warnings and empty reasons. */
  lists: GpRecordListModel[];
}

/**
 * Maps a $gpc.getstructuredrecord Bundle (type collection) to the graph. Pure. References are resolved inside the
 * Bundle, including resources contained in Lists (GP Connect puts resolved allergies there).
 */
export function mapStructuredRecord(bundle: StuBundle): StructuredRecordModel {
  const index = new ResourceIndex(bundle);
  const patient = index.ofType<StuPatient>('Patient')[0];
  const practice =
    index.resolve<StuOrganization>(patient?.managingOrganization, 'Organization') ?? index.ofType<StuOrganization>('Organization').find((o) => odsCodeOf(o));
  const lists = index.ofType<StuList>('List');
  return {
    practiceOdsCode: odsCodeOf(practice),
    allergies: index.ofType<StuAllergyIntolerance>('AllergyIntolerance').map(mapAllergy),
    medications: index.ofType<StuMedication>('Medication').map(mapMedication),
    medicationStatements: index.ofType<StuMedicationStatement>('MedicationStatement').map((s) => mapMedicationStatement(s, index)),
    problems: index.ofType<StuCondition>('Condition').map(mapProblem),
    immunisations: index.ofType<StuImmunization>('Immunization').map(mapImmunisation),
    consultations: index.ofType<StuEncounter>('Encounter').map((e) => mapConsultation(e, lists)),
    referrals: index.ofType<StuReferralRequest>('ReferralRequest').map(mapReferral),
    investigations: index.ofType<StuDiagnosticReport>('DiagnosticReport').map((r) => mapInvestigation(r, index)),
    observations: listed<StuObservation>(index, lists, UNCATEGORISED_LIST_CODE, 'Observation').map(mapObservation),
    diaryEntries: listed<StuProcedureRequest>(index, lists, DIARY_LIST_CODE, 'ProcedureRequest').map(mapDiaryEntry),
    lists: mapRecordLists(lists),
  };
}

/**
 * What one area field shows, given the options it was asked with: resolved allergies and not-given immunisations only
 * when asked for (a Bundle may carry them for another area, linked to a consultation or problem).
 */
export function selectArea<A extends keyof RecordAreas>(record: StructuredRecordModel, area: A, options: RecordAreas[A]): unknown[] {
  switch (area) {
    case 'allergies':
      return (options as RecordAreas['allergies'])?.includeResolved ? record.allergies : record.allergies.filter((a) => a.clinicalStatus !== 'resolved');
    case 'immunisations':
      return (options as RecordAreas['immunisations'])?.includeNotGiven ? record.immunisations : record.immunisations.filter((i) => !i.notGiven);
    case 'problems': {
      const status = (options as RecordAreas['problems'])?.status;
      return status ? record.problems.filter((p) => p.clinicalStatus === status) : record.problems;
    }
    case 'medications':
      // The area's list is its statements; the drugs themselves are record.medications.
      return record.medicationStatements;
    default:
      return record[area as 'consultations' | 'referrals' | 'investigations' | 'observations' | 'diaryEntries'];
  }
}

function mapConsultation(e: StuEncounter, lists: StuList[]): GpConsultationModel {
  const ref = e.id ? `Encounter/${e.id}` : undefined;
  const list = ref ? lists.find((l) => l.encounter?.reference === ref) : undefined;
  return {
    id: e.id ?? null,
    status: e.status ?? null,
    title: list?.title ?? null,
    type: mapCode(e.type?.[0]),
    start: e.period?.start ?? null,
    end: e.period?.end ?? null,
    resource: e,
  };
}

function mapReferral(r: StuReferralRequest): GpReferralModel {
  return {
    id: r.id ?? null,
    ubrn: r.identifier?.find((i) => i.system === UBRN_SYSTEM)?.value ?? null,
    status: r.status ?? null,
    intent: r.intent ?? null,
    priority: r.priority ?? null,
    authoredOn: r.authoredOn ?? null,
    description: r.description ?? null,
    reasons: (r.reasonCode ?? []).flatMap((c) => mapCode(c) ?? []),
    recipients: (r.recipient ?? []).flatMap((p) => (p.display ? [p.display] : [])),
    resource: r,
  };
}

function mapInvestigation(r: StuDiagnosticReport, index: ResourceIndex): GpInvestigationModel {
  const results = (r.result ?? []).flatMap((ref) => index.resolve<StuObservation>(ref, 'Observation') ?? []);
  return {
    id: r.id ?? null,
    status: r.status ?? null,
    code: mapCode(r.code),
    issued: r.issued ?? null,
    conclusion: r.conclusion ?? null,
    results: results.map(mapObservation),
    resource: r,
  };
}

/** The resources of one type an area's List names, in the List's order, resolved inside the Bundle. */
function listed<R extends StuResource>(index: ResourceIndex, lists: StuList[], code: string, type: R['resourceType']): R[] {
  return [...listedReferences(lists, code)].flatMap((ref) => index.resolve<R>({ reference: ref }, type) ?? []);
}

function mapObservation(o: StuObservation): GpObservationModel {
  const value = observedValue(o);
  return {
    id: o.id ?? null,
    status: o.status ?? null,
    code: mapCode(o.code),
    effective: o.effectiveDateTime ?? null,
    value,
    unit: o.valueQuantity?.unit ?? null,
    interpretation: mapCode(o.interpretation),
    comment: o.comment ?? null,
    components: (o.component ?? []).map(mapObservationComponent),
    resource: o,
  };
}
