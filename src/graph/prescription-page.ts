import { BadUserInputError } from '../errors.js';
import type { PrescriptionStatus } from '../generated/resolvers.js';
import { type PrescriptionModel, statusName, type TrackerWindow } from '../sources/eps-tracker/index.js';

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

/** A prescription's place in the list: creation time, id, and issue (the issues of a repeat-dispensing prescription share both). */
type Place = [authoredOn: string, id: string, issue: number];
const placeOf = (p: PrescriptionModel): Place => [p.authoredOn ?? '', p.id, p.issueNumber ?? 0];

/** Newest first; then by id and issue, so that every page boundary is exact. */
function compare(a: Place, b: Place): number {
  return b[0].localeCompare(a[0]) || a[1].localeCompare(b[1]) || a[2] - b[2];
}

/** The cursor after a prescription: its place in the order, not an offset that shifts when a prescription is added. */
const cursorOf = (p: PrescriptionModel) => Buffer.from(JSON.stringify(placeOf(p))).toString('base64url');

function afterCursor(cursor: string): Place {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'string' && Number.isInteger(value[2]))
      return value as Place;
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
  const wanted = (statuses.length > 0 ? all.filter((p) => statuses.includes(statusName(p.status?.code) as PrescriptionStatus)) : [...all]).sort((a, b) =>
    compare(placeOf(a), placeOf(b)),
  );
  const start = after ? wanted.findIndex((p) => compare(placeOf(p), after) > 0) : 0;
  const rest = start < 0 ? [] : wanted.slice(start);
  const nodes = rest.slice(0, args.first);
  const last = nodes.at(-1);
  return { totalCount: wanted.length, nodes, pageInfo: { hasNextPage: rest.length > nodes.length, endCursor: last ? cursorOf(last) : null } };
}
