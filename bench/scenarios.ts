/**
 * The benchmark's scenarios: the GraphQL each one sends, and the model of the fewest upstream calls and the critical
 * path of its query. The model is computed from the answer (how many prescriptions, referrals, distinct ODS codes... the
 * patient has), never hard-coded, and is described in docs/bench.md.
 */

/** a, b, c: one query each; d: a, b and c in turn; n: cost growth, N patients in one query (bench/growth.ts). */
export type ScenarioId = 'a' | 'b' | 'c' | 'd' | 'n';
/** The scenarios of one fixed query, measured cell by cell. */
export type SingleId = 'a' | 'b' | 'c';
export const ALL_SCENARIOS: readonly ScenarioId[] = ['a', 'b', 'c', 'd', 'n'];

/** Upstream calls per API id, as the sandbox counts them (src/upstream/apis.ts ids). */
export type CallCounts = Record<string, number>;

export interface Model {
  /** The fewest calls per API a per-request planner needs for this answer without adding latency (docs/bench.md). */
  minCalls: CallCounts;
  /** The longest chain of dependent upstream calls, in calls. */
  criticalPath: number;
}

export interface GraphRequest {
  scenario: SingleId;
  query: string;
  variables: Record<string, unknown>;
  /** Extra request headers (the e-RS role context of scenario c). */
  headers: Record<string, string>;
}

export const PATIENT_WITH_PRACTICE = /* GraphQL */ `query PatientWithPractice($n: NhsNumber!) {
  patient(nhsNumber: $n) {
    nhsNumber version restricted
    name { given family }
    registeredGp { odsCode name primaryRole { code display } }
    nominatedPharmacy { odsCode name }
  }
}`;

/** The README's cohort: 50 synthetic patients born 1980 at 10 practices (sandbox/src/population.ts COHORT). */
export const COHORT = /* GraphQL */ `query Cohort($search: PatientSearchInput!) {
  patients(search: $search) {
    total
    matches { score patient { nhsNumber registeredGp { odsCode name } } }
  }
}`;
export const COHORT_SEARCH = { family: 'Pemberton', birthDateFrom: '1980-01-01', birthDateTo: '1980-12-31' };

/**
 * The README's FullPicture query, with the ODS codes of every organisation it names added (the model needs them to
 * count distinct ODS keys per round) and the waiting-list provider's code.
 */
export const FULL_PICTURE = /* GraphQL */ `query FullPicture($n: NhsNumber!, $from: Date!, $to: Date!) {
  patient(nhsNumber: $n) {
    name { given family }
    registeredGp { odsCode name }
    nominatedPharmacy { odsCode name }
    gpRecord {
      allergies { code { display } }
      medications { code { display } healthContent { name webpageUrl } }
      problems { code { display } }
    }
    documents { id type { display } }
    appointments(from: $from, to: $to) { id status start practice { odsCode name } }
    prescriptions { nodes { id status dispenser { odsCode name } prescriber { odsCode name } lineItems { medication quantity unit } } }
    referrals { ubrn state { code display } providerOrganisation { odsCode name } }
    waitingList { pathwayId treatmentFunction { code name } provider { odsCode name } }
  }
}`;
export const FULL_PICTURE_PATIENT = '9990000077';
/**
 * The appointment window: today (UK date) to 60 days on. Route A (the Spine Secure Proxy) refuses any part of the range
 * in the past (gpc-appointments/CONTRACT.md), so the window moves with the day.
 */
export function appointmentWindow(now = new Date()): { from: string; to: string } {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
  return { from: day(now), to: day(new Date(now.getTime() + 60 * 86_400_000)) };
}
/** The e-RS role context the test clinician declares (README). */
export const ERS_HEADERS = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': 'P80007' };

/** The graph request of scenario `s` for the i-th request (a: a different patient each time). */
export function graphRequest(s: SingleId, i: number, patients: readonly string[]): GraphRequest {
  switch (s) {
    case 'a':
      return { scenario: 'a', query: PATIENT_WITH_PRACTICE, variables: { n: patients[i % patients.length] }, headers: {} };
    case 'b':
      return { scenario: 'b', query: COHORT, variables: { search: COHORT_SEARCH }, headers: {} };
    case 'c':
      return { scenario: 'c', query: FULL_PICTURE, variables: { n: FULL_PICTURE_PATIENT, ...appointmentWindow() }, headers: ERS_HEADERS };
  }
}

/** Scenario d: a, b and c in turn. */
export const MIX: readonly SingleId[] = ['a', 'b', 'c'];

/** Which single-query scenario the i-th request of scenario `s` is. */
export function scenarioOf(s: Exclude<ScenarioId, 'n'>, i: number): SingleId {
  return s === 'd' ? (MIX[i % MIX.length] as SingleId) : s;
}

/** The single-query scenarios a request of scenario `s` can be: a, b and c for the mix, else `s` itself. */
export function singlesOf(s: Exclude<ScenarioId, 'n'>): SingleId[] {
  return s === 'd' ? [...MIX] : [s];
}

/** ODS `_id=A,B,...` takes up to this many codes in one search (src/sources/ods/client.ts ODS_BATCH_SIZE). */
const ODS_CODES_PER_CALL = 100;
const odsCalls = (codes: number) => Math.ceil(codes / ODS_CODES_PER_CALL);

interface Org {
  odsCode?: string | null;
}
const codesOf = (orgs: (Org | null | undefined)[]): string[] => orgs.map((o) => o?.odsCode).filter((c): c is string => Boolean(c));

/**
 * ODS calls when codes become known in rounds: one batched search per round that brings codes not read in an earlier
 * round (a DataLoader de-duplicates across the request; waiting for a later round to batch more would add latency).
 */
function odsByRound(rounds: string[][]): number {
  const seen = new Set<string>();
  let calls = 0;
  for (const round of rounds) {
    const fresh = [...new Set(round)].filter((c) => !seen.has(c));
    fresh.forEach((c) => seen.add(c));
    calls += odsCalls(fresh.length);
  }
  return calls;
}

const firstLetter = (name: string | undefined): string | undefined => {
  const letter = (name ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')[0];
  return letter && /[a-z]/.test(letter) ? letter : undefined;
};

const positive = (counts: CallCounts): CallCounts => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

/* eslint-disable @typescript-eslint/no-explicit-any -- the answers are walked as plain JSON */

/**
 * The model of one answered query. Each API's minimum follows its contract (/work/shared/nhs/<api>/CONTRACT.md):
 * - PDS: one read by NHS number, or one search.
 * - ODS: `_id=A,B` reads many organisations in one call; codes arrive in rounds (see odsByRound).
 * - SDS (GP Connect addressing, GPC_PROVIDER_ADDRESSING=sds, the default): one Endpoint and one Device search per GP
 *   Connect capability used at the practice (structured, documents, appointments), per request as GP Connect requires.
 * - GP Connect Access Record: one structured-record POST; documents need the documents API's own patient look-up
 *   (`Patient?identifier=`, logical ids differ by interaction) then one DocumentReference search: 1 + 2.
 * - GP Connect Appointments: one search for the patient's appointments.
 * - EPS tracker: one search by NHS number, then one `RequestGroup/{id}` per prescription for its items and
 *   dispenser (the search answers status only; there is no multi-id detail read).
 * - e-RS: one worklist (A008), one `ReferralRequest/{ubrn}` per referral (no multi-UBRN read), one
 *   `HealthcareService?_id=a,b` (A035) for every service, then ODS for the providers.
 * - Website Content: one read of the medicines A-Z listing per first letter of a medication's name, one per distinct page.
 * - WLMDS: one read by NHS number.
 */
export function modelOf(s: SingleId, data: any, addressing: 'sds' | 'platform' = 'sds'): Model {
  switch (s) {
    case 'a': {
      const p = data?.patient;
      // The practice's primary role: its two role codes (the stand-in's practices hold RO76 and RO177) looked up in the
      // ODSOrganisationRole CodeSystem, one call each while the shared reference cache is cold.
      const roleLookups = p?.registeredGp?.primaryRole ? 2 : 0;
      return {
        minCalls: positive({ pds: 1, ods: odsByRound([codesOf([p?.registeredGp, p?.nominatedPharmacy])]) + roleLookups }),
        criticalPath: p?.registeredGp || p?.nominatedPharmacy ? (roleLookups ? 3 : 2) : 1,
      };
    }
    case 'b': {
      const matches: any[] = data?.patients?.matches ?? [];
      const gps = codesOf(matches.map((m) => m.patient?.registeredGp));
      return { minCalls: positive({ pds: 1, ods: odsByRound([gps]) }), criticalPath: gps.length > 0 ? 2 : 1 };
    }
    case 'c': {
      const p = data?.patient ?? {};
      const meds: any[] = p.gpRecord?.medications ?? [];
      const pages = new Set(meds.map((m) => m.healthContent?.webpageUrl).filter(Boolean));
      // The medicines A-Z listing is read per first letter of a medication's name (one page each in the sandbox).
      const letters = new Set(meds.map((m) => firstLetter(m.code?.display)).filter(Boolean));
      const prescriptions: any[] = p.prescriptions?.nodes ?? [];
      const referrals: any[] = p.referrals ?? [];
      const waiting: any[] = p.waitingList ?? [];
      const appointments: any[] = p.appointments ?? [];
      // Waves of ODS codes, each from one upstream answer: PDS; WLMDS; the appointment search; the tracker's detail
      // reads (answered together); e-RS's service search.
      const ods = odsByRound([
        codesOf([p.registeredGp, p.nominatedPharmacy]),
        codesOf(waiting.map((w) => w.provider)),
        codesOf(appointments.map((a) => a.practice)),
        codesOf(prescriptions.flatMap((x) => [x.dispenser, x.prescriber])),
        codesOf(referrals.map((r) => r.providerOrganisation)),
      ]);
      // GP Connect capabilities the query uses: structured (gpRecord), documents, appointments.
      const capabilities = [p.gpRecord, p.documents, p.appointments].filter((x) => x !== undefined && x !== null).length;
      const sds = addressing === 'sds' ? 2 * capabilities : 0;
      const minCalls = positive({
        pds: 1,
        ods,
        sds,
        'gpc-access-record': (p.gpRecord ? 1 : 0) + (p.documents ? 2 : 0),
        // Route A (SDS addressing, through the Spine Secure Proxy) names the patient by the GP system's logical id: Find
        // Patient, then the search. Through the platform (route B) the search alone.
        'gpc-appointments': p.appointments ? (addressing === 'sds' ? 2 : 1) : 0,
        'eps-tracker': 1 + prescriptions.length,
        ers: 1 + referrals.length + (referrals.length > 0 ? 1 : 0),
        wlmds: 1,
        content: letters.size + pages.size,
      });
      // Chains (SDS addressing adds PDS -> SDS before every GP Connect call): PDS -> SDS -> structured record ->
      // content listing -> page (5); PDS -> SDS -> documents patient -> DocumentReference (4); e-RS worklist ->
      // referral -> service search -> ODS (4); tracker search -> detail -> ODS (3); PDS -> ODS (2).
      const gpc = addressing === 'sds' ? 2 : 0;
      const chains = [
        p.registeredGp || p.nominatedPharmacy ? 2 : 1,
        prescriptions.length > 0 ? (codesOf(prescriptions.flatMap((x) => [x.dispenser, x.prescriber])).length > 0 ? 3 : 2) : 1,
        gpc + 1 + (pages.size > 0 ? 2 : letters.size > 0 ? 1 : 0),
        p.documents ? gpc + 2 : 0,
        referrals.length > 0 ? (codesOf(referrals.map((r) => r.providerOrganisation)).length > 0 ? 4 : 3) : 1,
      ];
      return { minCalls, criticalPath: Math.max(...chains) };
    }
  }
}

export function total(counts: CallCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

export function addCounts(a: CallCounts, b: CallCounts): CallCounts {
  const out: CallCounts = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}
