import { describe, expect, it } from 'vitest';
import { pageOfPrescriptions } from '../../src/graph/prescription-page.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { mapPrescriptionSearch } from '../../src/sources/eps-tracker/mapper.js';
import type { TrackerBundle } from '../../src/sources/eps-tracker/wire.js';

/** The tracker's example search of a repeat-dispensing prescription: 7B7EF0-A83008-3220F7, issues 1 to 7, one creation time. */
const ERD = mapPrescriptionSearch(loadFixture<TrackerBundle>('eps-tracker/specification/examples/prescriptionSearch/200_With7InstanceErd.json'));

describe('pageOfPrescriptions', () => {
  it('pages the seven issues of the contract’s repeat-dispensing example, which share their id and creation time, each once', async () => {
    const issues: (number | null)[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await pageOfPrescriptions({ first: 3, after }, [], async () => ERD);
      expect(page.totalCount).toBe(7);
      for (const node of page.nodes) expect(node.id).toBe('7B7EF0-A83008-3220F7');
      issues.push(...page.nodes.map((n) => n.issueNumber));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
      pages++;
    } while (after && pages < 5);
    expect(issues).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pages).toBe(3);
  });

  it('filters by the graph’s status names before counting', async () => {
    // The example's issue 1 is 0001 (to be dispensed), the six others 9000 (future instances).
    const page = await pageOfPrescriptions({ first: 10, after: undefined }, ['REPEAT_DISPENSING_FUTURE_INSTANCE'], async () => ERD);
    expect(page.totalCount).toBe(6);
    expect(page.nodes.map((n) => n.issueNumber)).toEqual([2, 3, 4, 5, 6, 7]);
  });
});
