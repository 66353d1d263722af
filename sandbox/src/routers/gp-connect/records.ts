import { addDays, daysBetween, toUkDateTime, ukWallClock } from '../../nhs/uk-time.js';
import type { Random } from '../../random.js';
import {
  ALLERGENS,
  CONSULTATION_TYPES,
  DRUGS,
  GP_NAMES,
  INVESTIGATIONS,
  PROBLEMS,
  REACTIONS,
  REFERRAL_REASONS,
  VACCINATIONS,
  coded,
} from './clinical-codes.js';
import { generateUncategorised, type UncategorisedRecord } from './uncategorised-records.js';
import { randomFor, uuidFor, type GpcPatient } from './world.js';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM, SDS_USER_ID_SYSTEM } from '../../fhir-systems.js';

export type Res = Record<string, any> & { resourceType: string; id?: string };

/** One synthetic GP record: the administrative resources and every clinical area's resources, unfiltered. */
export interface ClinicalRecord {
  core: Res[];
  patientRef: string;
  allergies: Res[];
  medications: { statements: Res[]; plans: Res[]; orders: Res[]; drugs: Res[] };
  problems: Res[];
  immunisations: Res[];
  consultations: { encounters: Res[]; lists: Res[] };
  referrals: Res[];
  investigations: { reports: Res[]; observations: Res[] };
  /** Uncategorised data and diary entries (drawn apart from the other areas: uncategorised-records.ts). */
  uncategorised: UncategorisedRecord;
  /** What the practice's lists warn of (GP Connect's List warning codes), drawn per patient. */
  warnings: ListWarnings;
}

/** Areas as the sandbox's lists name them. */
export type ListArea =
  | 'allergies'
  | 'medications'
  | 'problems'
  | 'immunisations'
  | 'consultations'
  | 'referrals'
  | 'investigations'
  | 'uncategorised'
  | 'diary';

/**
 * A patient's list warnings: one area whose confidential items are withheld (about 1 patient in 8), a record transfer
 * from the previous practice not yet complete since `transferredOn` (every list, about 1 in 16), investigations with
 * data awaiting filing (about 1 in 16).
 */
export interface ListWarnings {
  confidential: ListArea | null;
  transferredOn: string | null;
  awaitingFiling: boolean;
}

const PROFILE = (name: string) => ({ profile: [`https://fhir.nhs.uk/STU3/StructureDefinition/${name}`] });
const DATA_ID = 'https://provider.nhs.uk/data-identifier';

export interface PracticeInfo {
  odsCode: string;
  name: string;
  lines: string[];
  city: string;
  postcode: string;
  phone: string;
}

/**
 * The GP record of a patient, generated from their NHS number alone (each patient draws from their own Random), so
 * the same patient always has the same record. `today` bounds every date.
 */
export function generateRecord(patient: GpcPatient, practice: PracticeInfo, today: string): ClinicalRecord {
  const rng = randomFor(`record:${patient.nhsNumber}`);
  const s = patient.synthetic;
  const birthDate = s?.birthDate ?? '1960-01-01';
  const earliest = daysBetween(birthDate, today) > 7300 ? addDays(today, -7300) : birthDate;
  const when = (time = '10:30') => toUkDateTime(ukWallClock(dateBetween(rng, earliest, today), time));

  const orgId = uuidFor(`org:${practice.odsCode}`);
  const gp = GP_NAMES[rng.int(0, 3)] as (typeof GP_NAMES)[number];
  const gpId = uuidFor(`gp:${practice.odsCode}:${gp[2]}`);
  const roleId = uuidFor(`role:${gpId}`);
  const patientId = uuidFor(`patient:${patient.nhsNumber}`);
  const ref = { patient: `Patient/${patientId}`, role: `PractitionerRole/${roleId}`, gp: `Practitioner/${gpId}` };
  const core: Res[] = [
    {
      resourceType: 'Patient',
      id: patientId,
      meta: { versionId: '1', ...PROFILE('CareConnect-GPC-Patient-1') },
      identifier: [{ system: NHS_NUMBER_SYSTEM, value: patient.nhsNumber }],
      active: true,
      name: [{ use: 'official', family: s?.family ?? 'Demonstrator', given: s?.given ?? ['Patient'], prefix: s ? [s.prefix] : [] }],
      gender: s?.gender ?? 'unknown',
      birthDate,
      ...(s ? { address: [{ use: 'home', type: 'physical', line: s.lines, city: s.city, postalCode: s.postcode }] } : {}),
      generalPractitioner: [{ reference: ref.gp }],
      managingOrganization: { reference: `Organization/${orgId}` },
    },
    {
      resourceType: 'Organization',
      id: orgId,
      meta: PROFILE('CareConnect-GPC-Organization-1'),
      identifier: [{ system: ODS_CODE_SYSTEM, value: practice.odsCode }],
      name: practice.name,
      address: [{ line: practice.lines, city: practice.city, postalCode: practice.postcode }],
      telecom: [{ system: 'phone', value: practice.phone, use: 'work' }],
    },
    {
      resourceType: 'Practitioner',
      id: gpId,
      meta: PROFILE('CareConnect-GPC-Practitioner-1'),
      identifier: [{ system: SDS_USER_ID_SYSTEM, value: `G${String(rng.int(1_000_000, 9_999_999))}` }],
      name: [{ use: 'usual', prefix: [gp[0]], given: [gp[1]], family: gp[2] }],
    },
    {
      resourceType: 'PractitionerRole',
      id: roleId,
      meta: PROFILE('CareConnect-GPC-PractitionerRole-1'),
      practitioner: { reference: ref.gp },
      organization: { reference: `Organization/${orgId}` },
      code: [
        {
          coding: [{ system: 'https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1', code: 'R0260', display: 'General Medical Practitioner' }],
        },
      ],
    },
  ];
  const id = (kind: string, i: number) => uuidFor(`${kind}:${patient.nhsNumber}:${i}`);
  const only = patient.only;
  const count = (area: string, max: number) => (only && only !== area ? 0 : rng.int(only === area ? 1 : 0, max));

  const allergies = Array.from({ length: count('allergies', 3) }, (_, i) => allergy(rng, id('allergy', i), ref, when, i === 2));
  const medications = { statements: [] as Res[], plans: [] as Res[], orders: [] as Res[], drugs: [] as Res[] };
  for (let i = 0; i < count('medications', 4); i++) addMedication(rng, medications, (k) => id(`med-${k}`, i), ref, when());
  const problems = Array.from({ length: count('problems', 3) }, (_, i) => problem(rng, id('problem', i), ref, when()));
  const immunisations = Array.from({ length: count('immunisations', 4) }, (_, i) => immunisation(rng, id('imm', i), ref, when()));
  const consultations = { encounters: [] as Res[], lists: [] as Res[] };
  for (let i = 0; i < count('consultations', 4); i++) addConsultation(rng, consultations, id('enc', i), id('enc-list', i), ref, when('09:10'));
  const referrals = Array.from({ length: count('referrals', 2) }, (_, i) => referral(rng, id('ref', i), ref, when()));
  const investigations = { reports: [] as Res[], observations: [] as Res[] };
  for (let i = 0; i < count('investigations', 2); i++) addInvestigation(rng, investigations, (k) => id(`inv-${k}`, i), ref, when('11:00'));
  // The demonstrator's one-area patients ("meds only", "allergies only") have nothing else.
  const uncategorised = only ? { observations: [], diary: [] } : generateUncategorised(patient.nhsNumber, ref.patient, ref.gp, earliest, today);
  return {
    core,
    patientRef: ref.patient,
    allergies,
    medications,
    problems,
    immunisations,
    consultations,
    referrals,
    investigations,
    uncategorised,
    warnings: listWarnings(patient.nhsNumber, today),
  };
}

/** Drawn from their own Random, so adding warnings changes no other part of any record. */
export function listWarnings(nhsNumber: string, today: string): ListWarnings {
  const rng = randomFor(`list-warnings:${nhsNumber}`);
  const areas: ListArea[] = ['allergies', 'medications', 'problems', 'consultations'];
  const confidential = rng.chance(0.125) ? (areas[rng.int(0, areas.length - 1)] as ListArea) : null;
  const transferredOn = rng.chance(0.0625) ? addDays(today, -rng.int(1, 60)) : null;
  return { confidential, transferredOn, awaitingFiling: rng.chance(0.0625) };
}

type Refs = { patient: string; role: string; gp: string };

function dateBetween(rng: Random, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

function allergy(rng: Random, id: string, ref: Refs, when: () => string, resolved: boolean): Res {
  const allergen = rng.pick(ALLERGENS);
  const asserted = when();
  return {
    resourceType: 'AllergyIntolerance',
    id,
    meta: PROFILE('CareConnect-GPC-AllergyIntolerance-1'),
    identifier: [{ system: DATA_ID, value: id }],
    ...(resolved
      ? {
          extension: [
            {
              url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1',
              extension: [
                { url: 'endDate', valueDateTime: asserted.slice(0, 10) },
                { url: 'reasonEnded', valueString: 'No longer reacts' },
              ],
            },
          ],
        }
      : {}),
    clinicalStatus: resolved ? 'resolved' : 'active',
    verificationStatus: 'unconfirmed',
    type: allergen[2] === 'medication' ? rng.pick(['allergy', 'intolerance']) : 'allergy',
    category: [allergen[2]],
    criticality: rng.pick(['low', 'high']),
    code: coded(allergen),
    assertedDate: asserted,
    patient: { reference: ref.patient },
    recorder: { reference: ref.role },
    reaction: [{ manifestation: [coded(rng.pick(REACTIONS))], severity: rng.pick(['mild', 'moderate', 'severe']) }],
    note: [{ text: 'Synthetic record entry' }],
  };
}

function addMedication(rng: Random, into: ClinicalRecord['medications'], id: (kind: string) => string, ref: Refs, started: string): void {
  const drug = rng.pick(DRUGS);
  const repeat = rng.chance(0.5);
  const issues = rng.int(1, 3);
  const active = rng.chance(0.5);
  const planRef = `MedicationRequest/${id('plan')}`;
  const medicationReference = { reference: `Medication/${id('drug')}` };
  const quantity = { value: drug[3].split(' ')[0], unit: drug[3].split(' ')[1] };
  into.drugs.push({ resourceType: 'Medication', id: id('drug'), meta: PROFILE('CareConnect-GPC-Medication-1'), code: coded(drug) });
  into.plans.push({
    resourceType: 'MedicationRequest',
    id: id('plan'),
    meta: PROFILE('CareConnect-GPC-MedicationRequest-1'),
    extension: [
      {
        url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1',
        valueCodeableConcept: {
          coding: [
            {
              system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1',
              code: repeat ? 'repeat' : 'acute',
              display: repeat ? 'Repeat' : 'Acute',
            },
          ],
        },
      },
      ...(repeat
        ? [
            {
              url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1',
              extension: [
                { url: 'numberOfRepeatPrescriptionsAllowed', valuePositiveInt: 6 },
                { url: 'numberOfRepeatPrescriptionsIssued', valuePositiveInt: issues },
              ],
            },
          ]
        : []),
    ],
    identifier: [{ system: DATA_ID, value: id('plan') }],
    status: active ? 'active' : 'completed',
    intent: 'plan',
    medicationReference,
    subject: { reference: ref.patient },
    authoredOn: started,
    recorder: { reference: ref.role },
    dosageInstruction: [{ text: drug[2] }],
    dispenseRequest: {
      validityPeriod: { start: started.slice(0, 10) },
      quantity,
      expectedSupplyDuration: { value: '28', unit: 'day', system: 'http://unitsofmeasure.org', code: 'd' },
    },
  });
  for (let k = 0; k < issues; k++) {
    into.orders.push({
      resourceType: 'MedicationRequest',
      id: id(`order-${k}`),
      meta: PROFILE('CareConnect-GPC-MedicationRequest-1'),
      identifier: [{ system: DATA_ID, value: id(`order-${k}`) }],
      basedOn: [{ reference: planRef }],
      status: 'completed',
      intent: 'order',
      medicationReference,
      subject: { reference: ref.patient },
      authoredOn: started,
      recorder: { reference: ref.role },
      dosageInstruction: [{ text: drug[2] }],
      dispenseRequest: { validityPeriod: { start: started.slice(0, 10) }, quantity },
    });
  }
  into.statements.push({
    resourceType: 'MedicationStatement',
    id: id('statement'),
    meta: PROFILE('CareConnect-GPC-MedicationStatement-1'),
    extension: [
      { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1', valueDateTime: started.slice(0, 10) },
    ],
    identifier: [{ system: DATA_ID, value: id('statement') }],
    basedOn: [{ reference: planRef }],
    status: active ? 'active' : 'completed',
    medicationReference,
    effectivePeriod: { start: started.slice(0, 10), ...(active ? {} : { end: started.slice(0, 10) }) },
    dateAsserted: started.slice(0, 10),
    subject: { reference: ref.patient },
    taken: 'unk',
    dosage: [{ text: drug[2] }],
  });
}

function problem(rng: Random, id: string, ref: Refs, onset: string): Res {
  const active = rng.chance(0.6);
  return {
    resourceType: 'Condition',
    id,
    meta: PROFILE('CareConnect-GPC-ProblemHeader-Condition-1'),
    extension: [
      { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ProblemSignificance-1', valueCode: rng.pick(['major', 'minor']) },
    ],
    identifier: [{ system: DATA_ID, value: id }],
    clinicalStatus: active ? 'active' : 'inactive',
    category: [
      { coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1', code: 'problem-list-item', display: 'Problem List Item' }] },
    ],
    code: coded(rng.pick(PROBLEMS)),
    subject: { reference: ref.patient },
    onsetDateTime: onset,
    ...(active ? {} : { abatementDateTime: onset }),
    assertedDate: onset,
  };
}

function immunisation(rng: Random, id: string, ref: Refs, date: string): Res {
  const procedure = rng.pick(VACCINATIONS);
  return {
    resourceType: 'Immunization',
    id,
    meta: PROFILE('CareConnect-GPC-Immunization-1'),
    extension: [
      { url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1', valueCodeableConcept: coded(procedure) },
    ],
    identifier: [{ system: DATA_ID, value: id }],
    status: 'completed',
    notGiven: rng.chance(0.1),
    vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/v3/NullFlavor', code: 'UNK' }], text: procedure[1] },
    patient: { reference: ref.patient },
    date,
    primarySource: true,
    lotNumber: `LOT${rng.int(1000, 9999)}`,
  };
}

function addConsultation(rng: Random, into: ClinicalRecord['consultations'], id: string, listId: string, ref: Refs, start: string): void {
  const type = rng.pick(CONSULTATION_TYPES);
  into.encounters.push({
    resourceType: 'Encounter',
    id,
    meta: PROFILE('CareConnect-GPC-Encounter-1'),
    identifier: [{ system: DATA_ID, value: id }],
    status: 'finished',
    type: [{ text: type }],
    subject: { reference: ref.patient },
    participant: [{ individual: { reference: ref.gp } }],
    period: { start, end: start },
  });
  into.lists.push({
    resourceType: 'List',
    id: listId,
    meta: PROFILE('CareConnect-GPC-List-1'),
    status: 'current',
    mode: 'snapshot',
    title: type,
    code: coded(['325851000000107', 'Consultation']),
    subject: { reference: ref.patient },
    encounter: { reference: `Encounter/${id}` },
    date: start,
  });
}

function referral(rng: Random, id: string, ref: Refs, authoredOn: string): Res {
  const reason = rng.pick(REFERRAL_REASONS);
  return {
    resourceType: 'ReferralRequest',
    id,
    meta: PROFILE('CareConnect-GPC-ReferralRequest-1'),
    identifier: [
      { system: DATA_ID, value: id },
      ...(rng.chance(0.5) ? [{ system: 'https://fhir.nhs.uk/Id/UBRN', value: String(rng.int(100_000_000_000, 999_999_999_999)) }] : []),
    ],
    status: rng.pick(['active', 'completed']),
    intent: 'order',
    priority: rng.pick(['routine', 'urgent']),
    subject: { reference: ref.patient },
    authoredOn,
    requester: { agent: { reference: ref.gp } },
    reasonCode: [coded(reason)],
    description: reason[1],
    recipient: [{ display: 'LEEDS TEACHING HOSPITALS NHS TRUST' }],
  };
}

function addInvestigation(rng: Random, into: ClinicalRecord['investigations'], id: (kind: string) => string, ref: Refs, issued: string): void {
  const test = rng.pick(INVESTIGATIONS);
  const observations = test[2].map(([code, display, low, high, unit], k) => ({
    resourceType: 'Observation',
    id: id(`obs-${k}`),
    meta: PROFILE('CareConnect-GPC-Observation-1'),
    status: 'final',
    code: coded([code, display]),
    subject: { reference: ref.patient },
    effectiveDateTime: issued,
    valueQuantity: { value: Math.round((low + rng.next() * (high - low)) * 10) / 10, unit, system: 'http://unitsofmeasure.org', code: unit },
  }));
  into.observations.push(...observations);
  into.reports.push({
    resourceType: 'DiagnosticReport',
    id: id('report'),
    meta: PROFILE('CareConnect-GPC-DiagnosticReport-1'),
    identifier: [{ system: DATA_ID, value: id('report') }],
    status: 'final',
    code: coded(test),
    subject: { reference: ref.patient },
    issued,
    result: observations.map((o) => ({ reference: `Observation/${o.id}` })),
    conclusion: 'Results reviewed',
  });
}
