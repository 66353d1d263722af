/**
 * Scenario n, cost growth (docs/bench.md): one query reads N patients by NHS number (aliases p0 ... p{N-1}), each with
 * their GP practice and nominated pharmacy, for N = 1, 10, 50, 200. The model of its fewest upstream calls, the query,
 * and the pure arithmetic of the report: the least-squares line of CPU per request against N and whether the growth is
 * at most linear.
 */
import type { CallCounts, Model } from './scenarios.js';

/** The patients per query the scenario sweeps. */
export const GROWTH_SIZES: readonly number[] = [1, 10, 50, 200];

/**
 * Per-patient CPU at the largest N may be at most this many times the per-patient CPU at N = 10 (or the smallest N of at
 * least 10) for the growth to count as linear: per-patient cost must not rise with N. The 25% is the spread of CPU per
 * request between runs on the shared machine (docs/bench.md, machine notes).
 */
export const LINEAR_TOLERANCE = 1.25;

/** ODS `_id=A,B,...` takes up to this many codes in one search (src/sources/ods/client.ts ODS_BATCH_SIZE). */
const ODS_CODES_PER_CALL = 100;

/** The graph's query for N patients: one alias per patient, the NHS numbers as variables. */
export function growthQuery(n: number): string {
  const vars = Array.from({ length: n }, (_, i) => `$p${i}: NhsNumber!`).join(', ');
  const fields = Array.from(
    { length: n },
    (_, i) => `  p${i}: patient(nhsNumber: $p${i}) { nhsNumber registeredGp { odsCode name } nominatedPharmacy { odsCode name } }`,
  );
  return `query Growth${n}(${vars}) {\n${fields.join('\n')}\n}`;
}

export function growthVariables(nhsNumbers: readonly string[]): Record<string, string> {
  return Object.fromEntries(nhsNumbers.map((n, i) => [`p${i}`, n]));
}

/** One patient of an answer, whichever target gave it: the NHS number and the ODS codes it names. */
export interface GrowthPatient {
  nhsNumber: string;
  gp: { odsCode: string | null; name: string | null } | null;
  pharmacy: { odsCode: string | null; name: string | null } | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the answers are walked as plain JSON */

/** The patients of the graph's answer to growthQuery(n), in alias order; undefined when one is missing. */
export function graphGrowthPatients(data: any, n: number): GrowthPatient[] | undefined {
  const out: GrowthPatient[] = [];
  for (let i = 0; i < n; i++) {
    const p = data?.[`p${i}`];
    if (!p?.nhsNumber) return undefined;
    out.push({ nhsNumber: p.nhsNumber, gp: p.registeredGp ?? null, pharmacy: p.nominatedPharmacy ?? null });
  }
  return out;
}

/** Complete when every patient asked for is there with a named GP practice and pharmacy (the population has both). */
export function growthComplete(patients: GrowthPatient[] | undefined, nhsNumbers: readonly string[]): boolean {
  return growthProblem(patients, nhsNumbers) === undefined;
}

/** What is wrong with an answer, by position only (never an NHS number or name); undefined when it is complete. */
export function growthProblem(patients: GrowthPatient[] | undefined, nhsNumbers: readonly string[]): string | undefined {
  if (patients === undefined || patients.length !== nhsNumbers.length) return `incomplete answer: not all ${nhsNumbers.length} patients`;
  const i = patients.findIndex((p, k) => p.nhsNumber !== nhsNumbers[k] || !p.gp?.name || !p.pharmacy?.name);
  return i < 0 ? undefined : `incomplete answer: patient ${i} is not the one asked for or lacks a named GP practice or pharmacy`;
}

/** Distinct ODS codes an answer names (practices and pharmacies), upper case as ODS keys them. */
export function distinctCodes(patients: readonly GrowthPatient[]): number {
  const codes = new Set<string>();
  for (const p of patients) for (const o of [p.gp, p.pharmacy]) if (o?.odsCode) codes.add(o.odsCode.toUpperCase());
  return codes.size;
}

/**
 * The fewest calls for an answer: PDS has no multi-patient read (pds/CONTRACT.md), so one read per distinct NHS number;
 * the codes of every patient arrive in one round (all the reads run at once), so ODS takes them in `_id` searches of
 * up to 100 codes. Critical path: PDS, then ODS.
 */
export function growthModel(patients: readonly GrowthPatient[]): Model {
  const pds = new Set(patients.map((p) => p.nhsNumber)).size;
  const codes = distinctCodes(patients);
  const minCalls: CallCounts = { pds };
  if (codes > 0) minCalls.ods = Math.ceil(codes / ODS_CODES_PER_CALL);
  return { minCalls, criticalPath: codes > 0 ? 2 : 1 };
}

/**
 * Clients of a measured run of size N: about `inFlightPatients` patients in flight whatever N (200 / N clients, at least
 * one, at most `maxClients` and the run's requests), so the runs differ in query size, not in how much is in flight.
 */
export function growthClients(n: number, inFlightPatients: number, maxClients: number, amount: number): number {
  return Math.max(1, Math.min(maxClients, amount, Math.floor(inFlightPatients / n)));
}

/** Requests per measured run of size N: about `patientReads` patients in all, at least `minRequests` requests. */
export function growthAmount(n: number, patientReads: number, minRequests: number): number {
  return Math.max(minRequests, Math.ceil(patientReads / n));
}

export interface LinearFit {
  /** ms of CPU per request per patient: the slope of the least-squares line. */
  slope: number;
  /** ms of CPU per request at N = 0: the fixed cost of a request. */
  intercept: number;
  /** Coefficient of determination (1: the points lie on the line). */
  r2: number;
}

/** Least-squares line through (x, y); undefined with fewer than two distinct x. */
export function leastSquares(points: readonly { x: number; y: number }[]): LinearFit | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return undefined;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.y - (intercept + slope * p.x)) ** 2, 0);
  return { slope, intercept, r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot };
}

export interface GrowthVerdict {
  fit?: LinearFit;
  /** The N compared: per-patient CPU at `to` over per-patient CPU at `from`. */
  from?: number;
  to?: number;
  /** (CPU/N at `to`) ÷ (CPU/N at `from`): at most LINEAR_TOLERANCE for linear growth. */
  perPatientRatio?: number;
  /** Marginal CPU per added patient over the last step ÷ over the first step (information: rises if growth bends up). */
  marginalRatio?: number;
  /** undefined when fewer than two sizes were measured. */
  linear?: boolean;
}

/**
 * Whether CPU per request grows at most linearly with N, from (N, CPU ms per request) points: per-patient CPU at the
 * largest N against per-patient CPU at N = 10 (the smallest N of at least 10 measured; else the smallest N). A fixed
 * per-request cost makes per-patient CPU fall with N; a cost that grows faster than N makes it rise.
 */
export function growthVerdict(points: readonly { n: number; cpuMs: number }[], tolerance = LINEAR_TOLERANCE): GrowthVerdict {
  const sorted = [...points].filter((p) => Number.isFinite(p.cpuMs) && p.n > 0).sort((a, b) => a.n - b.n);
  if (sorted.length < 2) return {};
  const fit = leastSquares(sorted.map((p) => ({ x: p.n, y: p.cpuMs })));
  const top = sorted[sorted.length - 1]!;
  const from = sorted.find((p) => p.n >= 10 && p.n < top.n) ?? sorted[0]!;
  const perPatientRatio = top.cpuMs / top.n / (from.cpuMs / from.n);
  const marginal = (a: { n: number; cpuMs: number }, b: { n: number; cpuMs: number }) => (b.cpuMs - a.cpuMs) / (b.n - a.n);
  const first = marginal(sorted[0]!, sorted[1]!);
  const last = marginal(sorted[sorted.length - 2]!, top);
  return {
    ...(fit ? { fit } : {}),
    from: from.n,
    to: top.n,
    perPatientRatio,
    ...(sorted.length >= 3 && first > 0 ? { marginalRatio: last / first } : {}),
    linear: perPatientRatio <= tolerance,
  };
}
