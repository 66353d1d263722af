import { nhsCheckDigit } from './nhs/nhs-number.js';
import { Random } from './random.js';

/**
 * The embedded sandbox's synthetic, deterministic population: organisations ODS knows and patients PDS knows,
 * generated from one seed so lists, pagination, tests and benchmarks see the same data on every machine. No real
 * person is in it: NHS numbers come from the 999 range NHS reserves for testing, names from common-name lists.
 */
export interface SyntheticOrganisation {
  odsCode: string;
  name: string;
  kind: 'gp-practice' | 'pharmacy' | 'trust' | 'icb' | 'other';
  lines: string[];
  city: string;
  postcode: string;
  phone: string;
  active: boolean;
}

export interface SyntheticPatient {
  nhsNumber: string;
  prefix: string;
  given: string[];
  family: string;
  gender: 'male' | 'female' | 'other' | 'unknown';
  birthDate: string;
  lines: string[];
  city: string;
  postcode: string;
  phone: string;
  email: string;
  gpOdsCode: string;
  pharmacyOdsCode: string;
  /** Sensitive record: PDS withholds address, telecom, GP and pharmacy. */
  restricted: boolean;
}

export interface Population {
  organisations: SyntheticOrganisation[];
  patients: SyntheticPatient[];
  practices: SyntheticOrganisation[];
  pharmacies: SyntheticOrganisation[];
}

export interface PopulationSize {
  patients: number;
  practices: number;
  pharmacies: number;
}

export const DEFAULT_SIZE: PopulationSize = { patients: 10_000, practices: 500, pharmacies: 200 };

/**
 * A fixed cohort for tests and benchmarks: 50 patients named PEMBERTON born in 1980, registered across 10 practices
 * (5 each). `patients(search: {family: "Pemberton", birthDateFrom: "1980-01-01", birthDateTo: "1980-12-31"})` finds
 * exactly them.
 */
export const COHORT = { family: 'Pemberton', size: 50, practices: 10, birthYear: 1980 } as const;

const CITIES: readonly [string, string][] = [
  ['LEEDS', 'LS'],
  ['BRADFORD', 'BD'],
  ['MANCHESTER', 'M'],
  ['LIVERPOOL', 'L'],
  ['BIRMINGHAM', 'B'],
  ['BRISTOL', 'BS'],
  ['SHEFFIELD', 'S'],
  ['NEWCASTLE UPON TYNE', 'NE'],
  ['NOTTINGHAM', 'NG'],
  ['LEICESTER', 'LE'],
  ['LONDON', 'SE'],
  ['YORK', 'YO'],
  ['HULL', 'HU'],
  ['EXETER', 'EX'],
  ['NORWICH', 'NR'],
  ['OXFORD', 'OX'],
  ['CAMBRIDGE', 'CB'],
  ['PLYMOUTH', 'PL'],
  ['DERBY', 'DE'],
  ['WAKEFIELD', 'WF'],
];
const STREETS = [
  'HIGH STREET',
  'STATION ROAD',
  'CHURCH LANE',
  'MILL LANE',
  'PARK ROAD',
  'VICTORIA ROAD',
  'GREEN LANE',
  'MANOR ROAD',
  'KINGS ROAD',
  'QUEENS ROAD',
  'NEW ROAD',
  'SCHOOL LANE',
];
const FEMALE = [
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Mia',
  'Grace',
  'Sophia',
  'Lily',
  'Freya',
  'Emily',
  'Ella',
  'Poppy',
  'Evie',
  'Aisha',
  'Priya',
  'Zara',
  'Hannah',
  'Ruth',
  'Margaret',
  'Susan',
];
const MALE = [
  'Oliver',
  'George',
  'Noah',
  'Arthur',
  'Leo',
  'Harry',
  'Oscar',
  'Jack',
  'Charlie',
  'Jacob',
  'Thomas',
  'Mohammed',
  'Arjun',
  'Daniel',
  'Samuel',
  'David',
  'Peter',
  'Ibrahim',
  'William',
  'James',
];
// No surname starting "Sm": the public sandbox's "Sm*" search must find exactly its two canned patients.
const SURNAMES = [
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'James',
  'Scott',
  'Phillips',
  'Watson',
  'Davis',
  'Parker',
  'Price',
  'Bennett',
  'Young',
  'Griffiths',
  'Mitchell',
  'Kelly',
  'Cook',
  'Carter',
  'Richardson',
  'Bailey',
  'Collins',
  'Bell',
  'Shaw',
  'Murphy',
  'Miller',
  'Cox',
  'Richards',
  'Khan',
  'Marshall',
  'Anderson',
  'Simpson',
  'Ellis',
  'Adams',
  'Singh',
  'Begum',
  'Wilkinson',
  'Foster',
  'Chapman',
  'Powell',
  'Webb',
  'Rogers',
  'Gray',
  'Mason',
  'Ali',
  'Hunt',
  'Hussain',
  'Campbell',
  'Matthews',
  'Owen',
  'Palmer',
  'Holmes',
  'Mills',
  'Barnes',
  'Knight',
  'Lloyd',
  'Butler',
  'Russell',
  'Barker',
  'Fisher',
  'Stevens',
  'Jenkins',
  'Dixon',
  'Fletcher',
  'Howard',
  'Okafor',
];

/**
 * Organisations that the contracts' examples (append-only: add codes other sources' examples name) and the public sandboxes' test data name (PDS's Y12345,
 * EPS's
 * pharmacies, e-RS's trusts...). The graph follows references to them, so ODS must know them too.
 */
export const KNOWN_ORGANISATIONS: readonly Omit<SyntheticOrganisation, 'lines' | 'phone' | 'active'>[] = [
  { odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345', kind: 'gp-practice', city: 'LEEDS', postcode: 'LS1 6AE' },
  { odsCode: 'Y23456', name: 'TEST PHARMACY Y23456', kind: 'pharmacy', city: 'LEEDS', postcode: 'LS1 6AE' },
  { odsCode: 'Y34567', name: 'TEST APPLIANCE SUPPLIER Y34567', kind: 'other', city: 'LEEDS', postcode: 'LS1 6AE' },
  { odsCode: 'A20047', name: 'TEST GP PRACTICE A20047', kind: 'gp-practice', city: 'LEEDS', postcode: 'LS2 9JT' },
  { odsCode: 'A83008', name: 'HORN LANE SURGERY', kind: 'gp-practice', city: 'ACTON', postcode: 'W3 9NS' },
  { odsCode: 'B81001', name: 'TEST GP PRACTICE B81001', kind: 'gp-practice', city: 'HULL', postcode: 'HU1 1AA' },
  { odsCode: 'A99968', name: 'TEST GP PRACTICE A99968', kind: 'gp-practice', city: 'LEEDS', postcode: 'LS1 4AP' },
  { odsCode: 'H81109', name: 'TEST GP PRACTICE H81109', kind: 'gp-practice', city: 'GUILDFORD', postcode: 'GU1 1AA' },
  { odsCode: 'G81086', name: 'BIRD-IN-EYE SURGERY', kind: 'gp-practice', city: 'UCKFIELD', postcode: 'TN22 5HG' },
  { odsCode: 'G82080', name: 'TEST GP PRACTICE G82080', kind: 'gp-practice', city: 'MAIDSTONE', postcode: 'ME14 1AA' },
  { odsCode: 'FA565', name: 'TEST PHARMACY FA565', kind: 'pharmacy', city: 'LEEDS', postcode: 'LS1 5AB' },
  { odsCode: 'FH542', name: 'TEST PHARMACY FH542', kind: 'pharmacy', city: 'LEEDS', postcode: 'LS6 1AA' },
  { odsCode: 'FCG71', name: 'TEST PHARMACY FCG71', kind: 'pharmacy', city: 'LONDON', postcode: 'SE1 1AA' },
  { odsCode: 'FCG75', name: 'TEST PHARMACY FCG75', kind: 'pharmacy', city: 'LONDON', postcode: 'SE1 2AA' },
  { odsCode: 'FDC49', name: 'TEST PHARMACY FDC49', kind: 'pharmacy', city: 'DERBY', postcode: 'DE1 1AA' },
  { odsCode: 'FVG57', name: 'TEST PHARMACY FVG57', kind: 'pharmacy', city: 'YORK', postcode: 'YO1 1AA' },
  { odsCode: 'FJE57', name: 'TEST PHARMACY FJE57', kind: 'pharmacy', city: 'EXETER', postcode: 'EX1 1AA' },
  { odsCode: 'RR8', name: 'LEEDS TEACHING HOSPITALS NHS TRUST', kind: 'trust', city: 'LEEDS', postcode: 'LS9 7TF' },
  { odsCode: 'RJY', name: 'SOUTH WEST LONDON AND ST GEORGES MENTAL HEALTH NHS TRUST', kind: 'trust', city: 'LONDON', postcode: 'SW17 7DJ' },
  { odsCode: 'RBA', name: 'SOMERSET NHS FOUNDATION TRUST', kind: 'trust', city: 'TAUNTON', postcode: 'TA1 5DA' },
  { odsCode: 'R69', name: 'TEST PROVIDER R69', kind: 'trust', city: 'LEEDS', postcode: 'LS1 1AA' },
  { odsCode: 'R68', name: 'TEST PROVIDER R68', kind: 'trust', city: 'LEEDS', postcode: 'LS1 1AB' },
  { odsCode: 'R8000', name: 'TEST PROVIDER R8000', kind: 'trust', city: 'LEEDS', postcode: 'LS1 1AC' },
  { odsCode: 'VNE51', name: 'TEST SERVICE PROVIDER VNE51', kind: 'other', city: 'LEEDS', postcode: 'LS1 1AD' },
  { odsCode: 'QWO', name: 'NHS WEST YORKSHIRE INTEGRATED CARE BOARD', kind: 'icb', city: 'WAKEFIELD', postcode: 'WF1 1LT' },
  { odsCode: 'AQN', name: 'TEST ORGANISATION AQN', kind: 'other', city: 'LONDON', postcode: 'E1 1AA' },
  { odsCode: 'U36842', name: 'TEST PRIMARY CARE NETWORK U36842', kind: 'other', city: 'LEEDS', postcode: 'LS1 2AA' },
  { odsCode: 'A11111', name: 'TEST CONSUMER ORGANISATION A11111', kind: 'other', city: 'LEEDS', postcode: 'LS1 3AA' },
  // SDS's sandbox data (sds/CONTRACT.md) and WLMDS's example provider.
  { odsCode: 'YES', name: 'NHS ENGLAND SPINE CORE YES', kind: 'other', city: 'LEEDS', postcode: 'LS1 4HR' },
  { odsCode: 'X26', name: 'NHS ENGLAND X26', kind: 'other', city: 'LEEDS', postcode: 'LS1 4HR' },
  { odsCode: 'B82617', name: 'COXWOLD SURGERY', kind: 'gp-practice', city: 'YORK', postcode: 'YO61 4BB' },
  { odsCode: 'RXE', name: 'ROTHERHAM DONCASTER AND SOUTH HUMBER NHS FOUNDATION TRUST', kind: 'trust', city: 'DONCASTER', postcode: 'DN4 8QN' },
  // EPS and the Clinical Prescription Tracker's examples (eps/, eps-tracker/ specification/examples).
  { odsCode: 'VNFKT', name: 'THE SIMPLE PHARMACY', kind: 'pharmacy', city: 'LEEDS', postcode: 'LS15 8BA' },
  { odsCode: 'VNCEL', name: 'TEST PHARMACY VNCEL', kind: 'pharmacy', city: 'LEEDS', postcode: 'LS15 8BB' },
  { odsCode: 'X25', name: 'TEST DISPENSING SITE X25', kind: 'other', city: 'LEEDS', postcode: 'LS1 4HY' },
  { odsCode: 'X2601', name: 'NHS DIGITAL SPINE', kind: 'other', city: 'LEEDS', postcode: 'LS1 4HR' },
  { odsCode: '84H', name: 'NHS COUNTY DURHAM CCG', kind: 'icb', city: 'DURHAM', postcode: 'DH1 5XJ' },
  { odsCode: 'RRERP', name: 'TEST HOSPITAL SITE RRERP', kind: 'other', city: 'BIRMINGHAM', postcode: 'B15 2TH' },
  { odsCode: 'T1450', name: 'TEST ORGANISATION T1450', kind: 'other', city: 'LEEDS', postcode: 'LS1 1AE' },
];

/** Builds the whole population. Pure: the same seed and size give the same population. */
export function generatePopulation(seed = 20261125, size: PopulationSize = DEFAULT_SIZE): Population {
  const rng = new Random(seed);
  const practices = range(size.practices).map((i) => syntheticOrganisation(rng, i, 'gp-practice', `P8${pad(i + 1, 4)}`));
  const pharmacies = range(size.pharmacies).map((i) => syntheticOrganisation(rng, i, 'pharmacy', `FX${pad(i + 1, 3)}`));
  // No draws from rng here: adding a known organisation must not shift the synthetic patients generated after it.
  const known = KNOWN_ORGANISATIONS.map((o, i) => ({ ...o, lines: [`${i + 1} ${STREETS[i % STREETS.length]}`], phone: `01632 9${pad(i, 5)}`, active: true }));
  const numbers = testNhsNumbers(size.patients);
  const patients = numbers.map((nhsNumber, i) =>
    i < COHORT.size ? cohortPatient(rng, nhsNumber, i, practices, pharmacies) : syntheticPatient(rng, nhsNumber, practices, pharmacies),
  );
  return { organisations: [...known, ...practices, ...pharmacies], patients, practices, pharmacies };
}

/** Valid NHS numbers from 999 000 000x upwards (the range NHS reserves for test data). */
export function testNhsNumbers(count: number): string[] {
  const out: string[] = [];
  for (let prefix = 999_000_000; out.length < count; prefix++) {
    const check = nhsCheckDigit(String(prefix));
    if (check !== undefined) out.push(`${prefix}${check}`);
  }
  return out;
}

function syntheticOrganisation(rng: Random, i: number, kind: 'gp-practice' | 'pharmacy', odsCode: string): SyntheticOrganisation {
  const [city, area] = CITIES[i % CITIES.length] as [string, string];
  const street = rng.pick(STREETS);
  const name = kind === 'gp-practice' ? `${titleCase(street)} Surgery ${city}`.toUpperCase() : `${rng.pick(SURNAMES)} PHARMACY ${city}`.toUpperCase();
  return { odsCode, name, kind, lines: [`${rng.int(1, 200)} ${street}`], city, postcode: postcode(rng, area), phone: phone(rng), active: rng.chance(0.97) };
}

function syntheticPatient(rng: Random, nhsNumber: string, practices: SyntheticOrganisation[], pharmacies: SyntheticOrganisation[]): SyntheticPatient {
  const practice = rng.pick(practices);
  const female = rng.chance(0.5);
  const family = rng.pick(SURNAMES);
  const given = [rng.pick(female ? FEMALE : MALE)];
  if (rng.chance(0.3)) given.push(rng.pick(female ? FEMALE : MALE));
  return person(rng, {
    nhsNumber,
    family,
    given,
    female,
    birthDate: rng.date(1930, 2024),
    practice,
    pharmacy: rng.pick(pharmacies),
    restricted: rng.chance(0.01),
  });
}

function cohortPatient(rng: Random, nhsNumber: string, i: number, practices: SyntheticOrganisation[], pharmacies: SyntheticOrganisation[]): SyntheticPatient {
  const female = i % 2 === 0;
  const practice = practices[i % COHORT.practices] as SyntheticOrganisation;
  const birthDate = `${COHORT.birthYear}-${pad((i % 12) + 1, 2)}-${pad((i % 28) + 1, 2)}`;
  return person(rng, {
    nhsNumber,
    family: COHORT.family,
    given: [rng.pick(female ? FEMALE : MALE)],
    female,
    birthDate,
    practice,
    pharmacy: rng.pick(pharmacies),
    restricted: false,
  });
}

interface PersonSeed {
  nhsNumber: string;
  family: string;
  given: string[];
  female: boolean;
  birthDate: string;
  practice: SyntheticOrganisation;
  pharmacy: SyntheticOrganisation;
  restricted: boolean;
}

function person(rng: Random, s: PersonSeed): SyntheticPatient {
  const area = /^[A-Z]+/.exec(s.practice.postcode)?.[0] ?? 'LS';
  const first = s.given[0] ?? 'Alex';
  return {
    nhsNumber: s.nhsNumber,
    prefix: s.female ? rng.pick(['Mrs', 'Ms', 'Miss']) : 'Mr',
    given: s.given,
    family: s.family,
    gender: s.female ? 'female' : 'male',
    birthDate: s.birthDate,
    lines: [`${rng.int(1, 300)} ${rng.pick(STREETS)}`],
    city: s.practice.city,
    postcode: postcode(rng, area),
    phone: phone(rng),
    email: `${first}.${s.family}${rng.int(1, 999)}@example.com`.toLowerCase(),
    gpOdsCode: s.practice.odsCode,
    pharmacyOdsCode: s.pharmacy.odsCode,
    restricted: s.restricted,
  };
}

function postcode(rng: Random, area: string): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `${area}${rng.int(1, 19)} ${rng.int(1, 9)}${rng.pick([...letters])}${rng.pick([...letters])}`;
}

function phone(rng: Random): string {
  return `01632 ${pad(rng.int(0, 999_999), 6)}`;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
