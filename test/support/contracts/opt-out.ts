/**
 * The header a test puts on one request it sends to the sandbox knowing it breaks the contract (a conformance test's
 * negative case: a missing X-Request-ID, an unknown search parameter). The exchange is still judged, and must be found
 * non-conforming: an opted-out exchange that conforms fails its test, so an opt-out cannot outlive its reason. The
 * sandbox ignores the header; the checker never counts it.
 */
export const NONCONFORMING_HEADER = 'x-test-nonconforming';

/** The header marking one deliberately non-conforming request, with why (`{ ...nonConforming('no X-Request-ID') }`). */
export function nonConforming(reason: string): Record<string, string> {
  return { [NONCONFORMING_HEADER]: reason };
}

/** A deliberate negative case sent through the graph's own client, which a test cannot put a header on. */
export interface ExpectedNonConformance {
  api: string;
  /** The spec operation ("POST /Patient/$gpc.getstructuredrecord"). */
  operation: string;
  reason: string;
}

const expected: ExpectedNonConformance[] = [];

/**
 * Declares, for the running test only, that its exchanges with one API operation break the contract on purpose (a
 * test of how the graph maps the refusal of a request the spec does not allow). Each such exchange is judged and must
 * be found non-conforming; the declaration ends with the test (test/support/contracts/setup.ts).
 */
export function expectNonConforming(declaration: ExpectedNonConformance): void {
  expected.push(declaration);
}

/** The declarations of the running test. */
export function expectedNonConformance(): readonly ExpectedNonConformance[] {
  return [...expected];
}

/** Forgets the running test's declarations (when it ends). */
export function clearExpectedNonConformance(): void {
  expected.length = 0;
}
