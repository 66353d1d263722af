import { loadFixture } from '../../fixtures.js';
import type { Population } from '../../population.js';
import { Random } from '../../random.js';

/** One MHS (message handling) record of the directory: an address serving some interactions for a party key. */
export interface MhsRecord {
  odsCode: string;
  partyKey: string;
  interactions: string[];
  address: string;
  fqdn: string;
  cpaId: string;
  mhsId: string;
  reliability: Record<string, string | number>;
}

/** One accredited system (AS) record: an ASID deployed at an organisation. */
export interface AsRecord {
  odsCode: string;
  asid: string;
  partyKey: string;
  manufacturer: string;
  interactions: string[];
}

export interface Directory {
  mhs: MhsRecord[];
  accreditedSystems: AsRecord[];
}

type LdapValue = string | string[] | undefined;
type LdapEntry = Record<string, LdapValue>;

const GPC = 'urn:nhs:names:services:gpconnect';
/** The interactions each GP Connect capability's service root serves. */
export const GP_CONNECT_CAPABILITIES: Record<'structured' | 'documents' | 'appointments', string[]> = {
  structured: [`${GPC}:fhir:operation:gpc.getstructuredrecord-1`, `${GPC}:structured:fhir:rest:read:metadata-1`],
  documents: [
    `${GPC}:documents:fhir:rest:search:documentreference-1`,
    `${GPC}:documents:fhir:rest:search:patient-1`,
    `${GPC}:documents:fhir:rest:read:binary-1`,
    `${GPC}:documents:fhir:rest:read:metadata-1`,
  ],
  appointments: [
    `${GPC}:fhir:rest:search:slot-1`,
    `${GPC}:fhir:rest:create:appointment-1`,
    `${GPC}:fhir:rest:read:appointment-1`,
    `${GPC}:fhir:rest:update:appointment-1`,
    `${GPC}:fhir:rest:cancel:appointment-1`,
    `${GPC}:fhir:rest:search:patient_appointments-1`,
    `${GPC}:fhir:rest:search:patient-1`,
    `${GPC}:fhir:rest:read:patient-1`,
    `${GPC}:fhir:rest:search:organization-1`,
    `${GPC}:fhir:rest:read:metadata-1`,
  ],
};

/** Synthetic GP system suppliers: where a practice's GP Connect service roots live. */
const SUPPLIERS = [
  { host: 'gpconnect.supplier-a.thirdparty.nhs.uk', odsCode: 'YGA01' },
  { host: 'gpconnect.supplier-b.thirdparty.nhs.uk', odsCode: 'YGA02' },
  { host: 'gpconnect.supplier-c.thirdparty.nhs.uk', odsCode: 'YGA03' },
];

const SEED = 0x5d5;

function one(v: LdapValue): string {
  return (Array.isArray(v) ? v[0] : v) ?? '';
}
function many(v: LdapValue): string[] {
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** The mock LDAP MHS table NHS's sandbox serves (sds/examples/mock-ldap), one record per entry. */
function mockLdapRecords(): MhsRecord[] {
  const entries = loadFixture<LdapEntry[]>('sds/examples/mock-ldap/sds_mhs_response.json');
  return entries.map((e) => {
    const reliability: Record<string, string | number> = {};
    for (const key of [
      'nhsMHSSyncReplyMode',
      'nhsMHSRetryInterval',
      'nhsMHSRetries',
      'nhsMHSPersistDuration',
      'nhsMHSDuplicateElimination',
      'nhsMHSAckRequested',
      'nhsMHSActor',
    ]) {
      const value = one(e[key]);
      if (value) reliability[key] = key === 'nhsMHSRetries' ? Number(value) : value;
    }
    return {
      odsCode: one(e.nhsIDCode),
      partyKey: one(e.nhsMHSPartyKey),
      interactions: many(e.nhsMhsSvcIA),
      address: one(e.nhsMHSEndPoint),
      fqdn: one(e.nhsMhsFQDN),
      cpaId: one(e.nhsMhsCPAId),
      mhsId: one(e.uniqueIdentifier),
      reliability,
    };
  });
}

/** The accredited systems the contract names (sds/CONTRACT.md and the spec's Device example). B82617 has none. */
function namedAccreditedSystems(directory: MhsRecord[]): AsRecord[] {
  const yes = [...new Set(directory.filter((r) => r.odsCode === 'YES').flatMap((r) => r.interactions))];
  return [
    { odsCode: 'YES', asid: '928942012545', partyKey: 'YES-0000806', manufacturer: 'YES', interactions: yes },
    {
      odsCode: 'X26',
      asid: '918999199246',
      partyKey: 'X26-822084',
      manufacturer: 'X26',
      interactions: ['urn:nhs:names:services:gp2gp:COPC_IN000001UK01', 'urn:nhs:names:services:ebs:PRSC_IN080000UK03'],
    },
    {
      odsCode: 'A20047',
      asid: '200000000985',
      partyKey: 'A20047-821870',
      manufacturer: 'A20047',
      interactions: [`${GPC}:fhir:operation:gpc.getcarerecord`, `${GPC}:fhir:rest:read:location`],
    },
  ];
}

/** A stable number from an ODS code, so each practice's directory data is independent of the others' order. */
function seedOf(odsCode: string): number {
  let h = SEED;
  for (const c of odsCode) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** True for the practices that have no GP Connect endpoint (one in twenty): SDS answers them with an empty bundle. */
export function withoutGpConnect(odsCode: string): boolean {
  return seedOf(odsCode) % 20 === 0;
}

/** GP Connect MHS and AS records for a GP practice, derived from its ODS code alone. */
function gpConnectRecords(odsCode: string): { mhs: MhsRecord[]; as: AsRecord } {
  const rng = new Random(seedOf(odsCode));
  const supplier = rng.pick(SUPPLIERS);
  const partyKey = `${odsCode}-${rng.int(800_000, 899_999)}`;
  const asid = String(rng.int(200_000_000_000, 299_999_999_999));
  const mhs = Object.entries(GP_CONNECT_CAPABILITIES).map(([capability, interactions]) => {
    const id = `${rng.int(100_000_000_000, 999_999_999_999)}`;
    return {
      odsCode,
      partyKey,
      interactions,
      address: `https://${supplier.host}/${odsCode}/STU3/1/gpconnect/${capability}`,
      fqdn: supplier.host,
      cpaId: id,
      mhsId: id,
      reliability: {},
    };
  });
  return { mhs, as: { odsCode, asid, partyKey, manufacturer: supplier.odsCode, interactions: Object.values(GP_CONNECT_CAPABILITIES).flat() } };
}

/**
 * The embedded SDS directory: NHS's mock LDAP data (YES, X26, B82617) and the contract's named AS records, plus GP
 * Connect endpoints and an ASID for every GP practice in the population (P80001..., the named test practices) except
 * one in twenty, which SDS does not know.
 */
export function buildDirectory(population: Population): Directory {
  const built = directories.get(population);
  if (built) return built;
  const directory = buildFreshDirectory(population);
  directories.set(population, directory);
  return directory;
}

/** One directory per population: SDS serves it and the embedded Spine Secure Proxy checks GP Connect calls against it. */
const directories = new WeakMap<Population, Directory>();

function buildFreshDirectory(population: Population): Directory {
  const mhs = mockLdapRecords();
  const accreditedSystems = namedAccreditedSystems(mhs);
  const named = new Set(mhs.map((r) => r.odsCode));
  for (const org of population.organisations) {
    if (org.kind !== 'gp-practice' || named.has(org.odsCode) || withoutGpConnect(org.odsCode)) continue;
    const records = gpConnectRecords(org.odsCode);
    mhs.push(...records.mhs);
    accreditedSystems.push(records.as);
  }
  return { mhs, accreditedSystems };
}
