import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * A root list field that calls one source is nullable: when that source fails, the field is null with its error and
 * the rest of the answer still arrives (a non-null list would null the whole `data`).
 */
describe('one failing source does not blank the whole answer', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph();
  });
  afterEach(() => {
    t.sandbox.setFault('ods', undefined);
    t.sandbox.setFault('content', undefined);
  });
  afterAll(() => t.close());

  it('organisations is null with UPSTREAM_ERROR when ODS fails; the Website Content search still answers', async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 500 });
    const r = await t.run<any>(
      '{ about { version } organisations(search: { nameContains: "pharmacy" }, first: 2) { totalCount ' +
        '} healthContentSearch(section: CONDITIONS, text: "acne", first: 1) { nodes { name } } }',
    );
    expect(r.data).not.toBeNull();
    expect(r.data.organisations).toBeNull();
    expect(r.data.about.version).toEqual(expect.any(String));
    expect(r.data.healthContentSearch.nodes.length).toBe(1);
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['organisations'], 'UPSTREAM_ERROR']]);
  });

  it('healthContentSearch is null with UPSTREAM_ERROR when Website Content fails; the ODS search still answers', async () => {
    t.sandbox.setFault('content', { kind: 'status', status: 500 });
    const r = await t.run<any>(
      '{ organisations(search: { nameContains: "pharmacy" }, first: 2) { totalCount } healthContentSearch(section: ' +
        'CONDITIONS, text: "zzqx", first: 1) { nodes { name } } }',
    );
    expect(r.data).not.toBeNull();
    expect(r.data.healthContentSearch).toBeNull();
    expect(r.data.organisations.totalCount).toBeGreaterThan(0);
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['healthContentSearch'], 'UPSTREAM_ERROR']]);
  });
});
