import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { createLogger } from './logger.js';

export type ProcessFaultKind = 'unhandled_rejection' | 'uncaught_exception';

export interface ProcessGuard {
  /** `nhs_graph_process_faults_total{kind}`: register it with the graph's metrics registry. */
  counter: Counter<'kind'>;
  /** Removes the handlers (tests). */
  uninstall(): void;
}

export interface ProcessGuardOptions {
  /** The application log; a new one (stdout) when not given. */
  logger?: Logger;
  /** Called after an uncaught exception has been logged and counted; `process.exit(1)` by default. */
  onUncaughtException?: () => void;
  prefix?: string;
}

/**
 * The last line of defence of the process. A promise rejection no one handled is a bug, but it leaves no state
 * half-changed: it is logged, counted and the graph keeps serving (Node's default is to end the process, and every
 * request in flight with it). An uncaught exception may have left anything mid-way: it is logged and counted, then the
 * process exits 1 for its supervisor to restart it.
 *
 * The log line carries the error's class, code and where it was thrown, never its message: a message thrown by a
 * library can quote a URL, a body or a token, and a rejection reason can be any value at all.
 */
export function installProcessGuard(options: ProcessGuardOptions = {}): ProcessGuard {
  const logger = options.logger ?? createLogger();
  const counter = new Counter({
    name: `${options.prefix ?? 'nhs_graph_'}process_faults_total`,
    help: 'Unhandled promise rejections and uncaught exceptions in the process, by kind (each is a bug)',
    labelNames: ['kind'],
    registers: [],
  });
  counter.inc({ kind: 'unhandled_rejection' }, 0);
  counter.inc({ kind: 'uncaught_exception' }, 0);

  const onRejection = (reason: unknown): void => {
    counter.inc({ kind: 'unhandled_rejection' });
    logger.error({ fault: 'unhandled_rejection', ...describeFault(reason) }, 'unhandled promise rejection (a bug): logged and still serving');
  };
  const onException = (error: unknown): void => {
    counter.inc({ kind: 'uncaught_exception' });
    logger.fatal({ fault: 'uncaught_exception', ...describeFault(error) }, 'uncaught exception (a bug): exiting');
    (options.onUncaughtException ?? (() => process.exit(1)))();
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    counter,
    uninstall() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

/** What may be logged of a thrown value: its class, its code when it has a short one, and the frame that threw. */
export function describeFault(value: unknown): { errorClass: string; code?: string; at?: string } {
  if (!(value instanceof Error)) return { errorClass: value === null ? 'null' : typeof value };
  const code = (value as { code?: unknown }).code;
  const frame = value.stack
    ?.split('\n')
    .find((line) => /^\s+at /.test(line))
    ?.trim();
  return {
    errorClass: value.constructor?.name ?? value.name,
    ...(typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? { code } : {}),
    ...(frame ? { at: frame.slice(0, 300) } : {}),
  };
}
