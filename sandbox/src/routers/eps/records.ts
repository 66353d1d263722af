import { makePrescriptionId } from '../../nhs/prescription-id.js';
import type { Population, SyntheticPatient } from '../../population.js';
import { Random } from '../../random.js';

/**
 * The embedded EPS's prescriptions: one store per sandbox, shared by the tracker (reads) and the prescribing and
 * dispensing routers (writes), so a release, a dispense or a cancellation shows in the tracker's next answer.
 */
export interface SandboxItem {
  itemId: string;
  medication: string;
  /** The dm+d code, for items created from a prescription-order message. */
  medicationCode?: string;
  quantity: number;
  unit: string;
  dosage: string;
  /** medicationdispense-type once a pharmacy has acted on it: 0001 dispensed, 0002 not dispensed, 0005 cancelled... */
  status: { code: string; display: string } | null;
  statusReason: { code: string; display: string } | null;
  dispensed: { at: string; ods: string; quantity: number } | null;
}

export interface SandboxTransition {
  title: string;
  at: string;
  status: string;
  ods: string;
}

export interface SandboxPatient {
  nhsNumber: string;
  prefix: string;
  given: string[];
  family: string;
  gender: string;
  birthDate: string;
  lines: string[];
  postcode: string;
}

export interface SandboxPrescription {
  id: string;
  longId: string;
  patient: SandboxPatient;
  prescriberOds: string;
  nominatedPharmacyOds: string | null;
  /** The pharmacy holding (or having dispensed) it. */
  dispenserOds: string | null;
  courseOfTherapy: 'acute' | 'continuous' | 'continuous-repeat-dispensing';
  authoredOn: string;
  status: string;
  pendingCancellation: boolean;
  repeatsIssued: number | null;
  repeatsAllowed: number | null;
  items: SandboxItem[];
  history: SandboxTransition[];
  /** The id of the release response that released it to its current dispenser, when released through the API. */
  releaseResponseId?: string;
}

export const STATUS_DISPLAY: Record<string, string> = {
  '0000': 'Awaiting Release Ready',
  '0001': 'To be Dispensed',
  '0002': 'With Dispenser',
  '0003': 'With Dispenser - Active',
  '0004': 'Expired',
  '0005': 'Cancelled',
  '0006': 'Dispensed',
  '0007': 'Not Dispensed',
  '0008': 'Claimed',
  '0009': 'No-Claimed',
  '9000': 'Repeat Dispense future instance',
  '9001': 'Prescription future instance',
  '9005': 'Cancelled future instance',
};

const MEDICINES: readonly [string, number, string, string][] = [
  ['Amoxicillin 250mg capsules', 21, 'capsule', 'One capsule three times a day'],
  ['Atorvastatin 20mg tablets', 28, 'tablet', 'One tablet at night'],
  ['Amlodipine 5mg tablets', 28, 'tablet', 'One tablet once a day'],
  ['Metformin 500mg modified-release tablets', 56, 'tablet', 'Two tablets with the evening meal'],
  ['Salbutamol 100micrograms/dose inhaler CFC free', 1, 'inhaler', 'Two puffs when required'],
  ['Omeprazole 20mg gastro-resistant capsules', 28, 'capsule', 'One capsule once a day before breakfast'],
  ['Sertraline 50mg tablets', 28, 'tablet', 'One tablet once a day'],
  ['Levothyroxine sodium 50microgram tablets', 28, 'tablet', 'One tablet each morning'],
  ['Ramipril 2.5mg capsules', 28, 'capsule', 'One capsule once a day'],
  ['Paracetamol 500mg tablets', 32, 'tablet', 'Two tablets up to four times a day'],
  ['Lansoprazole 30mg gastro-resistant capsules', 28, 'capsule', 'One capsule once a day'],
  ['Flucloxacillin 500mg capsules', 28, 'capsule', 'One capsule four times a day'],
];

/** The share of the population with prescriptions, and how the seeded statuses are spread. */
const SHARE = 0.6;
const STATUSES: readonly [string, number][] = [
  ['0001', 0.3],
  ['0002', 0.1],
  ['0003', 0.05],
  ['0006', 0.35],
  ['0005', 0.08],
  ['0004', 0.05],
  ['0007', 0.07],
];
const EPS_SEED = 0x3e95;
/** Seeded prescriptions are authored up to 700 days before this fixed day, so the data never depends on the clock. */
const REFERENCE_DAY = Date.UTC(2026, 10, 20);

export function sandboxPatient(p: SyntheticPatient): SandboxPatient {
  return {
    nhsNumber: p.nhsNumber,
    prefix: p.prefix,
    given: p.given,
    family: p.family,
    gender: p.gender,
    birthDate: p.birthDate,
    lines: p.lines,
    postcode: p.postcode,
  };
}

/** `n` upper-case hex digits (n ≤ 8) from one draw. */
function hex(rng: Random, n: number): string {
  return Math.floor(rng.next() * 16 ** n)
    .toString(16)
    .toUpperCase()
    .padStart(n, '0');
}

function uuid(rng: Random): string {
  const h = `${hex(rng, 8)}${hex(rng, 8)}${hex(rng, 8)}${hex(rng, 8)}`.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

function pickStatus(rng: Random): string {
  let x = rng.next();
  for (const [code, share] of STATUSES) {
    if (x < share) return code;
    x -= share;
  }
  return '0001';
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z');

/** One seeded prescription, its history consistent with its status. */
function seeded(rng: Random, patient: SyntheticPatient, pharmacies: readonly string[]): SandboxPrescription {
  const authored = REFERENCE_DAY - rng.int(0, 700) * 86_400_000 + rng.int(8, 17) * 3_600_000;
  const status = pickStatus(rng);
  const nominated = patient.pharmacyOdsCode || null;
  const dispenser = ['0002', '0003', '0006', '0007'].includes(status) ? (nominated && rng.chance(0.8) ? nominated : rng.pick(pharmacies)) : null;
  const course = rng.chance(0.7) ? 'acute' : rng.chance(0.6) ? 'continuous' : 'continuous-repeat-dispensing';
  const items: SandboxItem[] = Array.from({ length: rng.int(1, 3) }, () => {
    const [medication, quantity, unit, dosage] = rng.pick(MEDICINES);
    return { itemId: uuid(rng).toUpperCase(), medication, quantity, unit, dosage, status: null, statusReason: null, dispensed: null };
  });
  const record: SandboxPrescription = {
    id: makePrescriptionId(hex(rng, 6), patient.gpOdsCode, hex(rng, 5)),
    longId: uuid(rng),
    patient: sandboxPatient(patient),
    prescriberOds: patient.gpOdsCode,
    nominatedPharmacyOds: nominated,
    dispenserOds: dispenser,
    courseOfTherapy: course,
    authoredOn: iso(authored),
    status: '0001',
    pendingCancellation: false,
    repeatsIssued: course === 'acute' ? null : 1,
    repeatsAllowed: course === 'acute' ? null : rng.int(3, 12),
    items,
    history: [{ title: 'Prescription upload successful', at: iso(authored + 2_000), status: '0001', ods: patient.gpOdsCode }],
  };
  advance(record, status, authored, dispenser);
  return record;
}

/** Moves a freshly uploaded prescription through the transitions that lead to `status`. */
function advance(record: SandboxPrescription, status: string, authored: number, dispenser: string | null): void {
  const at = (hours: number) => iso(authored + hours * 3_600_000);
  if (dispenser) record.history.push({ title: 'Release Request successful', at: at(20), status: '0002', ods: dispenser });
  const itemsTo = (code: string, display: string) => {
    for (const item of record.items) item.status = { code, display };
  };
  switch (status) {
    case '0003':
      record.history.push({ title: 'Dispense notification successful', at: at(22), status: '0003', ods: dispenser as string });
      record.items[0]!.status = { code: '0003', display: 'Item dispensed - partial' };
      break;
    case '0006':
      record.history.push({ title: 'Dispense notification successful', at: at(26), status: '0006', ods: dispenser as string });
      itemsTo('0001', 'Item fully dispensed');
      for (const item of record.items) item.dispensed = { at: at(26), ods: dispenser as string, quantity: item.quantity };
      break;
    case '0007':
      record.history.push({ title: 'Dispense notification successful', at: at(26), status: '0007', ods: dispenser as string });
      itemsTo('0002', 'Item not dispensed');
      break;
    case '0005':
      record.history.push({ title: 'Prescription/item was cancelled', at: at(3), status: '0005', ods: record.prescriberOds });
      itemsTo('0005', 'Item Cancelled');
      for (const item of record.items) item.statusReason = { code: '0001', display: 'Prescribing Error' };
      break;
    case '0004':
      record.history.push({ title: 'Prescription expired', at: at(24 * 180), status: '0004', ods: record.prescriberOds });
      break;
    default:
      break;
  }
  record.status = status;
}

/** The contract's own prescriptions that writes act on (eps/CONTRACT.md, "Identifiers used throughout the examples"). */
function contractPrescriptions(): SandboxPrescription[] {
  const twitchett: SandboxPatient = {
    nhsNumber: '9449304130',
    prefix: 'MS',
    given: ['STACEY', 'MARISA'],
    family: 'TWITCHETT',
    gender: 'female',
    birthDate: '1948-04-30',
    lines: ['10 HEATHFIELD', 'COBHAM', 'SURREY'],
    postcode: 'KT11 2QY',
  };
  return [
    {
      id: '24F5DA-A83008-7EFE6Z',
      longId: 'a5d77265-8ba5-4c74-b8ce-ea0dbaafbdb8',
      patient: twitchett,
      prescriberOds: 'A83008',
      nominatedPharmacyOds: 'VNE51',
      dispenserOds: null,
      courseOfTherapy: 'acute',
      authoredOn: '2026-11-21T14:30:00.000Z',
      status: '0001',
      pendingCancellation: false,
      repeatsIssued: null,
      repeatsAllowed: null,
      items: [
        {
          itemId: 'A54219B8-F741-4C47-B662-E4F8DFA49AB6',
          medication: 'Amoxicillin 250mg capsules',
          quantity: 20,
          unit: 'tablet',
          dosage: '2 times a day for 10 days',
          status: null,
          statusReason: null,
          dispensed: null,
        },
        {
          itemId: '6989B7BD-8DB6-428C-A593-4022E3044C00',
          medication: 'Co-codamol 30mg/500mg tablets',
          quantity: 20,
          unit: 'tablet',
          dosage: '2 times a day for 10 days',
          status: null,
          statusReason: null,
          dispensed: null,
        },
      ],
      history: [{ title: 'Prescription upload successful', at: '2026-11-21T14:30:02.000Z', status: '0001', ods: 'A83008' }],
    },
  ];
}

/** Seeds a store from the population: about 60% of patients have 1 to 3 prescriptions, at their practice and pharmacy. */
export function seedPrescriptions(population: Population): SandboxPrescription[] {
  const rng = new Random(EPS_SEED);
  const pharmacies = population.pharmacies.map((p) => p.odsCode);
  const out = contractPrescriptions();
  for (const patient of population.patients) {
    if (!rng.chance(SHARE)) continue;
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) out.push(seeded(rng, patient, pharmacies));
  }
  return out;
}
