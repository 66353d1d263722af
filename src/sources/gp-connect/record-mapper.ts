import { extensionEndingWith, mapCode, notes, ResourceIndex, type GpCodeModel } from './stu3.js';
import type { StuAllergyIntolerance, StuCondition, StuImmunization, StuMedication, StuMedicationRequest, StuMedicationStatement } from './wire.js';

export interface GpAllergyModel {
  id: string | null;
  clinicalStatus: string | null;
  verificationStatus: string | null;
  type: string | null;
  categories: string[];
  criticality: string | null;
  code: GpCodeModel | null;
  assertedDate: string | null;
  onset: string | null;
  endDate: string | null;
  endReason: string | null;
  reactions: { manifestations: GpCodeModel[]; severity: string | null; description: string | null }[];
  notes: string[];
  resource: StuAllergyIntolerance;
}

export interface GpMedicationModel {
  id: string | null;
  code: GpCodeModel | null;
  resource: StuMedication;
}

export interface GpMedicationIssueModel {
  id: string | null;
  status: string | null;
  authoredOn: string | null;
  quantity: string | null;
  resource: StuMedicationRequest;
}

export interface GpMedicationStatementModel {
  id: string | null;
  status: string | null;
  medication: GpMedicationModel | null;
  effectiveStart: string | null;
  effectiveEnd: string | null;
  dateAsserted: string | null;
  lastIssueDate: string | null;
  dosage: string | null;
  patientInstruction: string | null;
  /** acute, repeat, repeat-dispensing, ... from the authorising MedicationRequest (intent plan). */
  prescriptionType: string | null;
  repeatsAllowed: number | null;
  repeatsIssued: number | null;
  issues: GpMedicationIssueModel[];
  notes: string[];
  resource: StuMedicationStatement;
}

export interface GpProblemModel {
  id: string | null;
  clinicalStatus: string | null;
  significance: string | null;
  code: GpCodeModel | null;
  onset: string | null;
  abatement: string | null;
  assertedDate: string | null;
  notes: string[];
  resource: StuCondition;
}

export interface GpImmunisationModel {
  id: string | null;
  status: string | null;
  notGiven: boolean;
  vaccine: GpCodeModel | null;
  procedure: GpCodeModel | null;
  date: string | null;
  lotNumber: string | null;
  site: GpCodeModel | null;
  route: GpCodeModel | null;
  notes: string[];
  resource: StuImmunization;
}

export function mapAllergy(a: StuAllergyIntolerance): GpAllergyModel {
  const end = extensionEndingWith(a, 'AllergyIntoleranceEnd-1')?.extension ?? [];
  return {
    id: a.id ?? null,
    clinicalStatus: a.clinicalStatus ?? null,
    verificationStatus: a.verificationStatus ?? null,
    type: a.type ?? null,
    categories: a.category ?? [],
    criticality: a.criticality ?? null,
    code: mapCode(a.code),
    assertedDate: a.assertedDate ?? null,
    onset: a.onsetDateTime ?? null,
    endDate: end.find((e) => e.url === 'endDate')?.valueDateTime ?? null,
    endReason: end.find((e) => e.url === 'reasonEnded')?.valueString ?? null,
    reactions: (a.reaction ?? []).map((r) => ({
      manifestations: (r.manifestation ?? []).flatMap((m) => mapCode(m) ?? []),
      severity: r.severity ?? null,
      description: r.description ?? null,
    })),
    notes: notes(a),
    resource: a,
  };
}

export function mapMedication(m: StuMedication): GpMedicationModel {
  return { id: m.id ?? null, code: mapCode(m.code), resource: m };
}

/**
 * A MedicationStatement with what GP Connect spreads over other resources: the drug (Medication), the authorisation
 * (MedicationRequest, intent plan: prescription type, repeats) and its issues (MedicationRequests, intent order, based
 * on the plan).
 */
export function mapMedicationStatement(s: StuMedicationStatement, index: ResourceIndex): GpMedicationStatementModel {
  const medication = index.resolve<StuMedication>(s.medicationReference, 'Medication');
  const plan = index.resolve<StuMedicationRequest>(s.basedOn?.[0], 'MedicationRequest');
  const planRef = plan?.id ? `MedicationRequest/${plan.id}` : undefined;
  const issues = planRef
    ? index.ofType<StuMedicationRequest>('MedicationRequest').filter((r) => r.intent === 'order' && r.basedOn?.some((b) => b.reference === planRef))
    : [];
  const repeat = plan ? (extensionEndingWith(plan, 'MedicationRepeatInformation-1')?.extension ?? []) : [];
  const count = (url: string) => repeat.find((e) => e.url === url) as { valuePositiveInt?: number; valueUnsignedInt?: number } | undefined;
  const allowed = count('numberOfRepeatPrescriptionsAllowed');
  const issued = count('numberOfRepeatPrescriptionsIssued');
  return {
    id: s.id ?? null,
    status: s.status ?? null,
    medication: medication ? mapMedication(medication) : null,
    effectiveStart: s.effectiveDateTime ?? s.effectivePeriod?.start ?? null,
    effectiveEnd: s.effectivePeriod?.end ?? null,
    dateAsserted: s.dateAsserted ?? null,
    lastIssueDate: extensionEndingWith(s, 'MedicationStatementLastIssueDate-1')?.valueDateTime ?? null,
    dosage: s.dosage?.[0]?.text ?? null,
    patientInstruction: s.dosage?.[0]?.patientInstruction ?? null,
    prescriptionType: plan ? (extensionEndingWith(plan, 'PrescriptionType-1')?.valueCodeableConcept?.coding?.[0]?.code ?? null) : null,
    repeatsAllowed: allowed?.valuePositiveInt ?? allowed?.valueUnsignedInt ?? null,
    repeatsIssued: issued?.valuePositiveInt ?? issued?.valueUnsignedInt ?? null,
    issues: issues.map(mapMedicationIssue),
    notes: notes(s),
    resource: s,
  };
}

function mapMedicationIssue(r: StuMedicationRequest): GpMedicationIssueModel {
  const q = r.dispenseRequest?.quantity;
  const text = q?.extension?.find((e) => e.url.endsWith('MedicationQuantityText-1'))?.valueString;
  const quantity = text ?? (q?.value !== undefined ? `${q.value}${q.unit ? ` ${q.unit}` : ''}` : null);
  return { id: r.id ?? null, status: r.status ?? null, authoredOn: r.authoredOn ?? null, quantity, resource: r };
}

export function mapProblem(c: StuCondition): GpProblemModel {
  return {
    id: c.id ?? null,
    clinicalStatus: c.clinicalStatus ?? null,
    significance: (extensionEndingWith(c, 'ProblemSignificance-1') as { valueCode?: string } | undefined)?.valueCode ?? null,
    code: mapCode(c.code),
    onset: c.onsetDateTime ?? null,
    abatement: c.abatementDateTime ?? null,
    assertedDate: c.assertedDate ?? null,
    notes: notes(c),
    resource: c,
  };
}

export function mapImmunisation(i: StuImmunization): GpImmunisationModel {
  return {
    id: i.id ?? null,
    status: i.status ?? null,
    notGiven: i.notGiven === true,
    vaccine: mapCode(i.vaccineCode),
    procedure: mapCode(extensionEndingWith(i, 'VaccinationProcedure-1')?.valueCodeableConcept),
    date: i.date ?? null,
    lotNumber: i.lotNumber ?? null,
    site: mapCode(i.site),
    route: mapCode(i.route),
    notes: notes(i),
    resource: i,
  };
}
