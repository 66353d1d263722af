import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema as buildFromSdl } from 'graphql';
import { buildSchema } from '../../src/graph/index.js';

export const RELEASED_SCHEMA = fileURLToPath(new URL('../../sdk/released/schema.graphql', import.meta.url));
export const APPROVALS = fileURLToPath(new URL('../../sdk/released/approved-breaking-changes.json', import.meta.url));

export interface Approval {
  /** graphql-inspector's change type (FIELD_REMOVED, FIELD_TYPE_CHANGED, ...). */
  type: string;
  /** The schema coordinate it reports (Query.organisations, Patient.name, ...). */
  path: string;
  /** Why the break is deliberate: what apps must change. */
  reason: string;
}

export interface BreakingReport {
  breaking: Change[];
  unapproved: Change[];
  /** Approvals that match no breaking change any more (the change was undone or re-released): to delete. */
  stale: Approval[];
}

/** The breaking changes from `released` to `current`, and which of them the approvals file does not let through. */
export async function breakingChanges(
  released: string,
  current = buildSchema(),
  approvals: Approval[] = JSON.parse(readFileSync(APPROVALS, 'utf8')) as Approval[],
): Promise<BreakingReport> {
  const changes = await diff(buildFromSdl(released), current);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const approved = (c: Change, a: Approval): boolean => a.type === c.type && a.path === c.path;
  return {
    breaking,
    unapproved: breaking.filter((c) => !approvals.some((a) => approved(c, a) && a.reason.trim().length > 0)),
    stale: approvals.filter((a) => !breaking.some((c) => approved(c, a))),
  };
}
