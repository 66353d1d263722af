import { randomUUID } from 'node:crypto';
import { scrub } from './logger.js';

/** Draws before traceableId gives up: about 1.3% of random UUIDs are refused, so 100 refusals in a row never happen by chance. */
const MAX_DRAWS = 100;

/**
 * A random UUID that the log scrubber (logger.ts) leaves whole. The scrubber blanks ten digits, whole or split 3-3-4 by a
 * space or a hyphen, as an NHS number, and about 1.3% of random UUIDs hold such a run (`…-2800512310f9`, or
 * `be880346-1242-…`): a request id like that could not be found in the log lines and upstream records it exists to tie
 * together. So the id is drawn again until the scrubber leaves it as it is.
 */
export function traceableId(): string {
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const id = randomUUID();
    if (wholeInLogs(id)) return id;
  }
  throw new Error('the log scrubber blanks every random UUID: its NHS-number pattern has changed');
}

/** Whether the log scrubber leaves `id` as it is, so the log lines that carry it can be found by it. */
export function wholeInLogs(id: string): boolean {
  return scrub(id) === id;
}
