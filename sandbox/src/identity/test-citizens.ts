import { createHash } from 'node:crypto';
import type { Population } from '../population.js';
import { cannedPatients, type FhirPatient } from '../routers/pds/records.js';
import type { OidcUser } from './oidc-provider.js';

export type IdentityLevel = 'P0' | 'P5' | 'P9';

/** A citizen who can sign in to the embedded NHS login. Their details are PDS's (the record their NHS number names). */
export interface TestCitizen extends OidcUser {
  level: IdentityLevel;
  nhsNumber?: string;
  familyName?: string;
  givenName?: string;
  birthDate?: string;
  email: string;
  phone: string;
  gpOdsCode?: string;
}

/** P0 users have no NHS number (email and mobile verified only); there are this many. */
const P0_USERS = 3;

/**
 * The embedded NHS login's test citizens. A user id is `<level>:<NHS number>` for P5 and P9 (any NHS number the
 * embedded PDS knows: its canned records such as 9000000009, and every synthetic patient), or `P0:<1..3>`. The same
 * NHS number at P5 and at P9 is two NHS login accounts with different `sub`s, as in NHS login's integration test pack.
 */
export class TestCitizens {
  private readonly records = new Map<string, Omit<TestCitizen, 'id' | 'label' | 'subject' | 'level'>>();
  private readonly canned: string[] = [];
  private readonly syntheticSample: string[];

  constructor(population: Population) {
    for (const p of population.patients) {
      this.records.set(p.nhsNumber, {
        nhsNumber: p.nhsNumber,
        familyName: p.family,
        givenName: p.given.join(' '),
        birthDate: p.birthDate,
        email: p.email,
        phone: p.phone.replace(/\s/g, ''),
        gpOdsCode: p.gpOdsCode,
      });
    }
    for (const p of cannedPatients()) {
      this.records.set(p.id, fromFhir(p));
      this.canned.push(p.id);
    }
    this.syntheticSample = population.patients.slice(50, 53).map((p) => p.nhsNumber);
  }

  find(id: string): TestCitizen | undefined {
    const match = /^(P0|P5|P9):(\d{1,10})$/.exec(id);
    if (!match) return undefined;
    const level = match[1] as IdentityLevel;
    const rest = match[2] as string;
    if (level === 'P0') {
      const n = Number(rest);
      if (!Number.isInteger(n) || n < 1 || n > P0_USERS) return undefined;
      return {
        id,
        label: `P0 user ${n} (no NHS number)`,
        subject: subjectOf(id),
        level,
        email: `p0.user${n}@test.nhs-graph.example`,
        phone: `+4477009000${pad(n)}`,
      };
    }
    const record = this.records.get(rest);
    if (!record) return undefined;
    const label = `${level} ${record.givenName ?? ''} ${record.familyName ?? ''} (${rest})`.replace(/\s+/g, ' ');
    return { id, label, subject: subjectOf(id), level, ...record };
  }

  /** The users the sign-in form lists: every canned PDS record at P9, a few at P5, some synthetic ones and the P0 users. */
  list(): TestCitizen[] {
    const ids = [
      ...this.canned.map((n) => `P9:${n}`),
      'P5:9000000009',
      'P5:9000000033',
      ...this.syntheticSample.flatMap((n) => [`P9:${n}`, `P5:${n}`]),
      ...Array.from({ length: P0_USERS }, (_, i) => `P0:${i + 1}`),
    ];
    return ids.flatMap((id) => this.find(id) ?? []);
  }
}

function fromFhir(p: FhirPatient): Omit<TestCitizen, 'id' | 'label' | 'subject' | 'level'> {
  const name = (p.name as { use?: string; family?: string; given?: string[] }[] | undefined)?.find((n) => (n.use ?? 'usual') === 'usual');
  const telecom = (p.telecom as { system?: string; value?: string }[] | undefined) ?? [];
  const gp = (p.generalPractitioner as { identifier?: { value?: string } }[] | undefined)?.[0]?.identifier?.value;
  return {
    nhsNumber: p.id,
    ...(name?.family ? { familyName: name.family } : {}),
    ...(name?.given ? { givenName: name.given.join(' ') } : {}),
    ...(typeof p.birthDate === 'string' ? { birthDate: p.birthDate } : {}),
    email: telecom.find((t) => t.system === 'email')?.value ?? `citizen.${p.id}@test.nhs-graph.example`,
    phone: (telecom.find((t) => t.system === 'phone')?.value ?? `+447700${p.id.slice(-6)}`).replace(/\s/g, ''),
    ...(gp ? { gpOdsCode: gp } : {}),
  };
}

/** A stable, opaque `sub` per account (NHS login subjects are UUIDs). */
function subjectOf(id: string): string {
  const h = createHash('sha256').update(`nhs-login-sandbox:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
