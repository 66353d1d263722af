import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import type { Population, SyntheticOrganisation, SyntheticPatient } from '../../population.js';
import { Random } from '../../random.js';

/** The seed of every GP Connect draw: each entity draws from its own Random, so nothing depends on request order. */
const GPC_SEED = 20261126;

/** A Random of its own for one entity (a patient, a practice, a practice's day), from a hash of its key. */
export function randomFor(key: string): Random {
  let hash = 0x811c9dc5 ^ GPC_SEED;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return new Random(hash >>> 0);
}

/** A stable UUID-shaped id for a key (GP systems use opaque logical ids). */
export function uuidFor(key: string): string {
  const r = randomFor(`uuid:${key}`);
  const hex = Array.from({ length: 32 }, () => r.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** How a patient answers GP Connect, from the contracts' test identifiers and the synthetic population. */
export type PatientStatus = 'normal' | 'sensitive' | 'dissented' | 'deceased' | 'inactive' | 'unknown';

export interface GpcPatient {
  nhsNumber: string;
  status: PatientStatus;
  /** ODS code of the registered practice. */
  practice: string;
  /** Only these structured areas have data (the demonstrator's "meds only" and "allergies only" patients). */
  only?: 'medications' | 'allergies';
  synthetic?: SyntheticPatient;
}

const SPECIAL: Record<string, Omit<GpcPatient, 'nhsNumber'>> = {
  // Demonstrator B82617 (gpc-structured/CONTRACT.md, "Test identifiers").
  '9690938533': { status: 'sensitive', practice: 'B82617' },
  '9690938541': { status: 'sensitive', practice: 'B82617' },
  '9690938576': { status: 'sensitive', practice: 'B82617' },
  '9690938681': { status: 'deceased', practice: 'B82617' },
  '9690938142': { status: 'inactive', practice: 'B82617' },
  '9690937316': { status: 'normal', practice: 'B82617', only: 'medications' },
  '9690937324': { status: 'normal', practice: 'B82617', only: 'medications' },
  '9690937332': { status: 'normal', practice: 'B82617', only: 'allergies' },
  // Demonstrator A20047 (gpc-appointments/CONTRACT.md).
  '9658220142': { status: 'dissented', practice: 'A20047' },
  '9658220150': { status: 'dissented', practice: 'A20047' },
  '9658220169': { status: 'dissented', practice: 'A20047' },
  '9658220290': { status: 'deceased', practice: 'A20047' },
  '9658219748': { status: 'inactive', practice: 'A20047' },
  // PDS's public sandbox patients: 9000000009 is the platform sandbox's GP Connect patient; 9000000025 is restricted.
  '9000000009': { status: 'normal', practice: 'Y12345' },
  '9000000025': { status: 'sensitive', practice: 'Y12345' },
  '9000000033': { status: 'normal', practice: 'Y12345' },
};

/** Share of the synthetic population whose record is marked "no consent to share" at their practice. */
const DISSENT_RATE = 0.01;

/** The population as GP Connect sees it: patients by NHS number, practices by ODS code, patients by practice. */
export class GpcWorld {
  private readonly patients = new Map<string, SyntheticPatient>();
  readonly practices = new Map<string, SyntheticOrganisation>();
  private readonly byPractice = new Map<string, SyntheticPatient[]>();

  constructor(readonly population: Population) {
    for (const p of population.patients) {
      this.patients.set(p.nhsNumber, p);
      const list = this.byPractice.get(p.gpOdsCode) ?? [];
      list.push(p);
      this.byPractice.set(p.gpOdsCode, list);
    }
    for (const o of population.organisations) if (o.kind === 'gp-practice') this.practices.set(o.odsCode, o);
  }

  /** A patient as GP Connect answers for them; status `unknown` for numbers no practice holds. */
  patient(nhsNumber: string): GpcPatient {
    const special = SPECIAL[nhsNumber];
    if (special) return { nhsNumber, ...special };
    const synthetic = this.patients.get(nhsNumber);
    if (synthetic) {
      if (synthetic.restricted) return { nhsNumber, status: 'sensitive', practice: synthetic.gpOdsCode, synthetic };
      const dissented = randomFor(`consent:${nhsNumber}`).chance(DISSENT_RATE);
      return { nhsNumber, status: dissented ? 'dissented' : 'normal', practice: synthetic.gpOdsCode, synthetic };
    }
    const n = Number(nhsNumber);
    if (isValidNhsNumber(nhsNumber) && n >= 9690937278 && n <= 9690938142) return { nhsNumber, status: 'normal', practice: 'B82617' };
    if (isValidNhsNumber(nhsNumber) && n >= 9658218865 && n <= 9658219721) return { nhsNumber, status: 'normal', practice: 'A20047' };
    return { nhsNumber, status: 'unknown', practice: '' };
  }

  /**
   * The NHS numbers a practice's GP system holds (its synthetic patients and the test identifiers registered there), for
   * finding a patient by the system's own logical id (route A names patients by it).
   */
  nhsNumbersAt(odsCode: string): string[] {
    return [
      ...this.patientsAt(odsCode).map((p) => p.nhsNumber),
      ...Object.entries(SPECIAL)
        .filter(([, p]) => p.practice === odsCode)
        .map(([n]) => n),
    ];
  }

  /** The synthetic patients registered at a practice, in population order. */
  patientsAt(odsCode: string): SyntheticPatient[] {
    return this.byPractice.get(odsCode) ?? [];
  }
}

/** Practices where the practice has switched a GP Connect capability off (403 ACCESS DENIED): deterministic, ~2%. */
export function practiceSwitchedOff(odsCode: string, capability: 'appointments' | 'documents'): boolean {
  return randomFor(`${capability}-off:${odsCode}`).chance(0.02);
}
