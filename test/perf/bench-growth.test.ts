/**
 * Scenario n of npm run bench (cost growth, bench/growth.ts): the model of its fewest upstream calls, the query, the
 * least-squares slope and the linear-growth verdict on hand-made figures, and one short run end to end (sandbox, the
 * compiled graph and the REST baseline as child processes) holding both to the model: PDS = N, ODS = 1 per 100 codes.
 */
import { buildSchema, type FieldNode, type OperationDefinitionNode, parse, validate } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultOptions, runBench } from '../../bench/bench.js';
import {
  distinctCodes,
  graphGrowthPatients,
  growthAmount,
  growthClients,
  growthComplete,
  growthModel,
  growthProblem,
  growthQuery,
  growthVariables,
  growthVerdict,
  leastSquares,
  type GrowthPatient,
} from '../../bench/growth.js';
import { growthSection } from '../../bench/report.js';
import { growthLimitsEnv } from '../../bench/targets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const patient = (nhsNumber: string, gp: string | null, pharmacy: string | null): GrowthPatient => ({
  nhsNumber,
  gp: gp ? { odsCode: gp, name: `Practice ${gp}` } : null,
  pharmacy: pharmacy ? { odsCode: pharmacy, name: `Pharmacy ${pharmacy}` } : null,
});

describe('scenario n: the minimum-call model', () => {
  it('one PDS read per distinct patient and one ODS search per 100 distinct codes, case-insensitive', () => {
    const three = [patient('9000000001', 'A1', 'F1'), patient('9000000002', 'a1', 'F2'), patient('9000000003', 'A2', 'F1')];
    expect(distinctCodes(three)).toBe(4);
    expect(growthModel(three)).toEqual({ minCalls: { pds: 3, ods: 1 }, criticalPath: 2 });
    // 150 patients, 150 practices and 60 pharmacies: 210 codes, three searches.
    const many = Array.from({ length: 150 }, (_, i) => patient(String(9100000000 + i), `P${i}`, `F${i % 60}`));
    expect(growthModel(many).minCalls).toEqual({ pds: 150, ods: 3 });
    // Exactly 100 codes fit one search; 101 need two.
    const hundred = Array.from({ length: 50 }, (_, i) => patient(String(9200000000 + i), `P${i}`, `F${i}`));
    expect(growthModel(hundred).minCalls.ods).toBe(1);
    expect(growthModel([...hundred, patient('9200000099', 'P999', null)]).minCalls.ods).toBe(2);
    // The same patient twice is one read; no codes, no ODS and a one-call critical path.
    expect(growthModel([patient('9000000001', null, null), patient('9000000001', null, null)])).toEqual({ minCalls: { pds: 1 }, criticalPath: 1 });
  });

  it('the query has one alias per patient and is valid against the schema; the answer is read back in alias order', () => {
    const sdl = readdirSync(join(ROOT, 'schema'))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(ROOT, 'schema', f), 'utf8'))
      .join('\n');
    const schema = buildSchema(sdl, { assumeValidSDL: true });
    const query = growthQuery(3);
    expect(validate(schema, parse(query))).toEqual([]);
    const op = parse(query).definitions[0] as OperationDefinitionNode;
    expect(op.selectionSet.selections.map((s) => (s as FieldNode).alias?.value)).toEqual(['p0', 'p1', 'p2']);
    expect(growthVariables(['9000000001', '9000000002'])).toEqual({ p0: '9000000001', p1: '9000000002' });

    const numbers = ['9000000001', '9000000002'];
    const data = {
      p0: { nhsNumber: '9000000001', registeredGp: { odsCode: 'A1', name: 'One' }, nominatedPharmacy: { odsCode: 'F1', name: 'Chemist' } },
      p1: { nhsNumber: '9000000002', registeredGp: { odsCode: 'A2', name: 'Two' }, nominatedPharmacy: { odsCode: 'F1', name: 'Chemist' } },
    };
    expect(growthComplete(graphGrowthPatients(data, 2), numbers)).toBe(true);
    expect(graphGrowthPatients({ p0: data.p0 }, 2)).toBeUndefined();
    expect(growthComplete(graphGrowthPatients({ ...data, p1: { ...data.p1, registeredGp: null } }, 2), numbers)).toBe(false);
    expect(growthComplete(graphGrowthPatients({ p0: data.p1, p1: data.p0 }, 2), numbers)).toBe(false);
    // A problem names a position, never an NHS number or a name.
    expect(growthProblem(graphGrowthPatients({ ...data, p1: { ...data.p1, nominatedPharmacy: null } }, 2), numbers)).toBe(
      'incomplete answer: patient 1 is not the one asked for or lacks a named GP practice or pharmacy',
    );
    expect(growthProblem(undefined, numbers)).toBe('incomplete answer: not all 2 patients');
  });

  it('raises the graph limits just enough for the largest N, never below the defaults', () => {
    expect(growthLimitsEnv([1, 10, 50, 200])).toEqual({ MAX_QUERY_ALIASES: '200', MAX_QUERY_COST: '600', MAX_QUERY_TOKENS: '8000' });
    expect(growthLimitsEnv([1, 5])).toEqual({ MAX_QUERY_ALIASES: '20', MAX_QUERY_COST: '500', MAX_QUERY_TOKENS: '5000' });
  });

  it('sizes each measured run to about the same number of patient reads and patients in flight', () => {
    expect([1, 10, 50, 200].map((n) => growthAmount(n, 2000, 20))).toEqual([2000, 200, 40, 20]);
    // 200 patients in flight: 50 clients at most, one at least, never more clients than requests.
    expect([1, 10, 50, 200, 500].map((n) => growthClients(n, 200, 50, growthAmount(n, 2000, 20)))).toEqual([50, 20, 4, 1, 1]);
    expect(growthClients(1, 200, 50, 5)).toBe(5);
  });
});

describe('scenario n: slope and linear growth', () => {
  it('fits the least-squares line', () => {
    const fit = leastSquares([1, 10, 50, 200].map((x) => ({ x, y: 3 + 0.25 * x })))!;
    expect(fit.slope).toBeCloseTo(0.25, 10);
    expect(fit.intercept).toBeCloseTo(3, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
    const noisy = leastSquares([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
    ])!;
    expect(noisy.slope).toBeCloseTo(0.5, 10);
    expect(noisy.intercept).toBeCloseTo(1.5, 10);
    expect(noisy.r2).toBeCloseTo(0.25, 10);
    expect(leastSquares([{ x: 5, y: 1 }])).toBeUndefined();
    expect(
      leastSquares([
        { x: 5, y: 1 },
        { x: 5, y: 2 },
      ]),
    ).toBeUndefined();
  });

  it('linear with a fixed cost is at most linear; a quadratic term or a per-patient cost rising past 1.25× is not', () => {
    const at = (f: (n: number) => number) => [1, 10, 50, 200].map((n) => ({ n, cpuMs: f(n) }));
    const linear = growthVerdict(at((n) => 3 + 0.3 * n));
    expect(linear.linear).toBe(true);
    expect([linear.from, linear.to]).toEqual([10, 200]);
    expect(linear.perPatientRatio).toBeCloseTo(63 / 200 / (6 / 10), 10);
    expect(linear.marginalRatio).toBeCloseTo(1, 10);
    expect(linear.fit!.slope).toBeCloseTo(0.3, 10);

    const quadratic = growthVerdict(at((n) => 3 + 0.3 * n + 0.005 * n * n));
    expect(quadratic.linear).toBe(false);
    expect(quadratic.marginalRatio!).toBeGreaterThan(1);

    // Per patient: 0.5 ms at N = 10, 0.625 at 200 (exactly 1.25×) is linear; 0.63 is not.
    expect(
      growthVerdict([
        { n: 10, cpuMs: 5 },
        { n: 200, cpuMs: 125 },
      ]).linear,
    ).toBe(true);
    expect(
      growthVerdict([
        { n: 10, cpuMs: 5 },
        { n: 200, cpuMs: 126 },
      ]).linear,
    ).toBe(false);
    // Fewer than two sizes: no verdict.
    expect(growthVerdict([{ n: 10, cpuMs: 5 }])).toEqual({});
    expect(
      growthVerdict([
        { n: 10, cpuMs: 5 },
        { n: 50, cpuMs: Number.NaN },
      ]),
    ).toEqual({});
  });
});

describe('scenario n end to end', () => {
  it('the graph and the REST baseline read N patients with N PDS calls and one ODS search, and report CPU per request', async () => {
    const result = await runBench({
      ...defaultOptions(true),
      targets: ['graph', 'rest'],
      scenarios: ['n'],
      latencies: [0],
      concurrency: [4],
      samples: 3,
      growthSizes: [1, 5],
      // Enough requests that even the REST baseline's CPU spans several 10 ms clock ticks.
      growthPatientReads: 60,
      growthMinRequests: 12,
    });
    expect(result.cells).toEqual([]);
    expect(result.growth!.map((s) => [s.target, s.supported, s.points.map((p) => p.n)])).toEqual([
      ['graph', true, [1, 5]],
      ['rest', true, [1, 5]],
    ]);
    for (const series of result.growth!) {
      for (const p of series.points) {
        const at = `${series.target}, N = ${p.n}: ${JSON.stringify(p)}`;
        expect(p.problem, at).toBeUndefined();
        expect(p.calls!.pds, at).toBe(p.n);
        expect(p.calls, at).toEqual(p.minCalls);
        expect(p.minCalls, at).toEqual({ pds: p.n, ods: 1 });
        expect(p.callsEqualMin, at).toBe(true);
        expect(p.distinctCodes, at).toBeGreaterThan(p.n);
        expect(p.requests, at).toBe(growthAmount(p.n, 60, 12));
        expect(p.connections, at).toBe(growthClients(p.n, 200, 4, p.requests!));
        expect(p.failures, at).toBe(0);
        expect(p.cpuMsPerRequest, at).toBeGreaterThan(0);
        // Every request of the run is answered before counting: PDS reads are never shared across requests.
        expect(p.callsPerRequest, at).toBeGreaterThanOrEqual(p.n);
      }
      expect(series.verdict!.fit).toBeDefined();
    }
    const md = growthSection(result).join('\n');
    expect(md).toContain('| 5 | nhs-graph | ods 1, pds 5 (ods 1, pds 5) |');
    expect(md).toContain('| 5 | REST by hand (undici) | ods 1, pds 5 (ods 1, pds 5) |');
  }, 120_000);
});
