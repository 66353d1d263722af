import { BadUserInputError } from '../errors.js';
import type { PrescriptionStatus } from '../generated/resolvers.js';
import type { PrescriptionModel } from '../sources/eps-tracker/mapper.js';
import type { TrackerWindow } from '../sources/eps-tracker/client.js';
import { statusName } from '../sources/eps-tracker/statuses.js';

const MAX_PAGE = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date that exists (Date.parse rolls 2026-02-30 over to March). */
const isCalendarDate = (date: string) => ISO_DATE.test(date) && !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().slice(0, 10) === date;

export interface PrescriptionPageArgs extends TrackerWindow {
  first: number;
  after: string | undefined;
}

export interface PrescriptionPage {
  totalCount: number;
  nodes: PrescriptionModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Newest first; prescriptions created at the same moment in id order, so that every page boundary is exact. */
const newestFirst = (a: PrescriptionModel, b: PrescriptionModel) => (b.authoredOn ?? '').localeCompare(a.authoredOn ?? '') || a.id.localeCompare(b.id);

/** The cursor after a prescription: its place in the order (creation time and id), not an offset that shifts. */
const cursorOf = (p: PrescriptionModel) => Buffer.from(JSON.stringify([p.authoredOn ?? '', p.id])).toString('base64url');

function afterCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // fall through: not one of ours
  }
  throw new BadUserInputError('INVALID_CURSOR', 'after must be a pageInfo.endCursor of this list');
}

/**
 * One page of a patient's prescriptions: the window checked (ISO dates, from not after to) and `first` (1 to 50)
 * before any call, then one search for the window (`load`), filtered by status, sorted newest first and cut after the
 * cursor. `totalCount` counts every match, so nothing is ever cut silently.
 */
export async function pageOfPrescriptions(
  args: PrescriptionPageArgs,
  statuses: readonly PrescriptionStatus[],
  load: (window: TrackerWindow) => Promise<PrescriptionModel[]>,
): Promise<PrescriptionPage> {
  if (args.first < 1 || args.first > MAX_PAGE) throw new BadUserInputError('INVALID_PAGE', `first must be between 1 and ${MAX_PAGE}`);
  for (const date of [args.from, args.to]) {
    if (date !== undefined && !isCalendarDate(date)) throw new BadUserInputError('INVALID_DATE', 'authoredFrom and authoredTo are ISO dates: 2026-12-06');
  }
  if (args.from && args.to && args.from > args.to) throw new BadUserInputError('INVALID_DATE', 'authoredFrom must not be after authoredTo');
  const after = args.after === undefined ? undefined : afterCursor(args.after);
  const all = await load({ from: args.from, to: args.to });
  const wanted = (statuses.length > 0 ? all.filter((p) => statuses.includes(statusName(p.status?.code) as PrescriptionStatus)) : [...all]).sort(newestFirst);
  const start = after ? wanted.findIndex((p) => (p.authoredOn ?? '') < after[0] || ((p.authoredOn ?? '') === after[0] && p.id > after[1])) : 0;
  const rest = start < 0 ? [] : wanted.slice(start);
  const nodes = rest.slice(0, args.first);
  const last = nodes.at(-1);
  return { totalCount: wanted.length, nodes, pageInfo: { hasNextPage: rest.length > nodes.length, endCursor: last ? cursorOf(last) : null } };
}
