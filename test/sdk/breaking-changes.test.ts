import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPROVALS, breakingChanges, RELEASED_SCHEMA, type Approval } from './breaking-changes.js';

/**
 * The schema may not break apps built against the last released one (sdk/released/schema.graphql, cut by
 * `npm run schema:release`) unless each breaking change is listed, with a reason, in
 * sdk/released/approved-breaking-changes.json. Dangerous and safe changes pass.
 */
describe('breaking changes against the released schema (graphql-inspector)', () => {
  const released = readFileSync(RELEASED_SCHEMA, 'utf8');

  it('every breaking change since the release is approved with a reason', async () => {
    const report = await breakingChanges(released);
    expect(report.unapproved.map((c) => `${c.type} ${c.path}: ${c.message}`)).toEqual([]);
  });

  it('every approval names a breaking change that is still there and gives a reason', async () => {
    const approvals = JSON.parse(readFileSync(APPROVALS, 'utf8')) as Approval[];
    for (const a of approvals) expect(a.reason.trim().length, `${a.path} needs a reason`).toBeGreaterThan(20);
    expect((await breakingChanges(released)).stale).toEqual([]);
  });

  it('catches a removed field and a new required argument, and lets an added field through', async () => {
    const changed = released
      .replace(/ {2}"""\n {2}An organisation or site from ODS[^"]*"""\n {2}organisation\(odsCode: OdsCode!\): Organisation\n/, '')
      .replace(/^(\s*)about: About!$/m, '$1about(verbose: Boolean!): About!\n$1aboutExtra: String');
    expect(changed).not.toBe(released);
    // The released SDL is the old side and the edited one the new: what an app sees when the graph drops a field.
    const { buildSchema } = await import('graphql');
    const report = await breakingChanges(released, buildSchema(changed), []);
    const found = report.unapproved.map((c) => `${c.type} ${c.path}`);
    expect(found).toContain('FIELD_ARGUMENT_ADDED Query.about.verbose');
    expect(found.some((f) => f.startsWith('FIELD_REMOVED Query.organisation'))).toBe(true);
    expect(found.some((f) => f.includes('aboutExtra'))).toBe(false);
    // The same removal approved with a reason passes.
    const approvals = report.unapproved.map((c) => ({ type: c.type, path: c.path ?? '', reason: 'deliberate, announced to every app in the release notes' }));
    expect((await breakingChanges(released, buildSchema(changed), approvals)).unapproved).toEqual([]);
  });
});
