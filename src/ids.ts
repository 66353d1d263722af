import { randomUUID } from 'node:crypto';
import { scrub } from './logger.js';

/**
 * A random UUID that the log scrubber (logger.ts) leaves whole. About one random UUID in a hundred has ten digits in a
 * row between two non-digits, which the scrubber blanks as an NHS number: a request id like that could not be found in
 * the log lines and upstream records it exists to tie together. So the id is drawn again until the scrubber leaves it
 * as it is.
 */
export function traceableId(): string {
  for (;;) {
    const id = randomUUID();
    if (scrub(id) === id) return id;
  }
}
