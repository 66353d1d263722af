/**
 * The bench's low-load loop (bench/bench.ts, measureLowLoad): the targets take turns request by request, so a machine
 * drifting during the loop moves every target's samples alike and the added-p50 target compares requests sent side by
 * side. Before, each cell's samples were taken on their own, a minute apart, and the p50 difference of the same code moved
 * between runs by more than its sampling interval.
 */
import { describe, expect, it } from 'vitest';
import { defaultOptions, measureLowLoad, type BenchResult, type CellTools } from '../../bench/bench.js';
import type { HttpRequest, Single, Target } from '../../bench/targets.js';

const models = {
  a: { minCalls: { pds: 1, ods: 3 }, criticalPath: 3 },
  b: { minCalls: { pds: 1, ods: 1 }, criticalPath: 2 },
  c: { minCalls: {}, criticalPath: 5 },
} as unknown as BenchResult['models'];

function fakeTarget(id: string): Target {
  return {
    id,
    scenarios: ['a', 'b', 'c'],
    request: (s: Single, i: number): HttpRequest => ({ method: 'GET', path: `/${s}/${i}`, headers: {} }),
    check: () => ({ ok: true }),
  } as unknown as Target;
}

/** Tools whose send records every request it is handed, in order (and refuses every one of the target named `failing`). */
function tools(sent: string[], failing?: string): CellTools {
  return {
    sandboxPid: 0,
    options: { ...defaultOptions(true), samples: 6 },
    control: async <T>() => ({}) as T,
    async send(target: Target, r: HttpRequest) {
      sent.push(`${target.id} ${r.path}`);
      if (target.id === failing) throw new Error('connection refused');
      return { status: 200, body: '{}' };
    },
  };
}

describe('the low-load loop of npm run bench', () => {
  it('sends each request to every target in turn, the first of each turn rotating, warm-up requests not sampled', async () => {
    const sent: string[] = [];
    const lowLoads = await measureLowLoad([fakeTarget('graph'), fakeTarget('rest')], 'd', models, 'token', 20, tools(sent));
    // samples 6: max(3, round(6 ÷ 5)) = 3 warm-up requests, then 6 sampled, each sent to both targets.
    expect(sent).toEqual([
      'graph /a/0',
      'rest /a/0',
      'rest /b/1',
      'graph /b/1',
      'graph /c/2',
      'rest /c/2',
      'rest /a/3',
      'graph /a/3',
      'graph /b/4',
      'rest /b/4',
      'rest /c/5',
      'graph /c/5',
      'graph /a/6',
      'rest /a/6',
      'rest /b/7',
      'graph /b/7',
      'graph /c/8',
      'rest /c/8',
    ]);
    for (const id of ['graph', 'rest']) {
      const lowLoad = lowLoads.get(id);
      if (!lowLoad || lowLoad instanceof Error) throw new Error(`no figures for ${id}`);
      expect(lowLoad.samples).toBe(6);
      expect(lowLoad.latenciesMs).toHaveLength(6);
      expect(lowLoad.failures).toBe(0);
      // The mix's critical path: the mean of a, b and c's, × 20 ms, rounded.
      expect(lowLoad.criticalPathMs).toBe(66.67);
    }
  });

  it('gives a target whose requests cannot be sent an error, and the others their figures', async () => {
    const sent: string[] = [];
    const lowLoads = await measureLowLoad([fakeTarget('graph'), fakeTarget('mesh')], 'a', models, 'token', 0, tools(sent, 'mesh'));
    expect(lowLoads.get('mesh')).toBeInstanceOf(Error);
    expect((lowLoads.get('mesh') as Error).message).toBe('connection refused');
    expect(lowLoads.get('graph')).toMatchObject({ samples: 6, failures: 0 });
    // Its first refusal ends its turns (one attempt, not one per turn); the graph gets all nine of its own.
    expect(sent.filter((line) => line.startsWith('mesh '))).toEqual(['mesh /a/0']);
    expect(sent.filter((line) => line.startsWith('graph '))).toHaveLength(9);
  });

  it('gives a target whose answer cannot even be checked an error, and the others their figures', async () => {
    const sent: string[] = [];
    const broken = {
      ...fakeTarget('rest'),
      check: () => {
        throw new Error('the answer is not JSON');
      },
    } as Target;
    const lowLoads = await measureLowLoad([broken, fakeTarget('graph')], 'b', models, 'token', 20, tools(sent));
    expect((lowLoads.get('rest') as Error).message).toBe('the answer is not JSON');
    expect(lowLoads.get('graph')).toMatchObject({ samples: 6, failures: 0, criticalPathMs: 40 });
  });
});
