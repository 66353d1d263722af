import type { FaultSpec } from '../../sandbox/src/faults.js';

/** A query across the five sources: PDS, ODS (registered GP), SDS (its endpoints), WLMDS and NHS Website Content. */
export const FIVE_SOURCES = `{
  patient(nhsNumber: "9000000009") {
    nhsNumber
    registeredGp { odsCode name spineEndpoints(interaction: "urn:nhs:names:services:psis:REPC_IN150016UK05") { address } }
    waitingList { pathwayId }
  }
  healthContent(path: "/conditions/acne/") { name }
}`;

/** The answer when every source is up. */
export const HEALTHY = {
  patient: {
    nhsNumber: '9000000009',
    registeredGp: { odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345', spineEndpoints: [] },
    waitingList: [{ pathwayId: 'EBY23435667509' }],
  },
  healthContent: { name: 'Acne' },
};

/** What each source's failure leaves of the answer: its own fields null, the rest intact. */
export const WITHOUT: Record<string, { data: unknown; path: (string | number)[] }> = {
  pds: { data: { patient: null, healthContent: HEALTHY.healthContent }, path: ['patient'] },
  // The practice's code is PDS's and stays; ODS's failure is on what ODS gives (its name).
  ods: {
    data: { patient: { ...HEALTHY.patient, registeredGp: { ...HEALTHY.patient.registeredGp, name: null } }, healthContent: HEALTHY.healthContent },
    path: ['patient', 'registeredGp', 'name'],
  },
  sds: {
    data: { patient: { ...HEALTHY.patient, registeredGp: { ...HEALTHY.patient.registeredGp, spineEndpoints: null } }, healthContent: HEALTHY.healthContent },
    path: ['patient', 'registeredGp', 'spineEndpoints'],
  },
  wlmds: { data: { patient: { ...HEALTHY.patient, waitingList: null }, healthContent: HEALTHY.healthContent }, path: ['patient', 'waitingList'] },
  content: { data: { patient: HEALTHY.patient, healthContent: null }, path: ['healthContent'] },
};

/** Every fault the sandbox injects, with the code a client must see for it. */
export const FAULTS: [string, string, FaultSpec][] = [
  ['HTTP 500', 'UPSTREAM_ERROR', { kind: 'status', status: 500 }],
  ['HTTP 502', 'UPSTREAM_ERROR', { kind: 'status', status: 502 }],
  ['HTTP 503', 'UPSTREAM_UNAVAILABLE', { kind: 'status', status: 503 }],
  ['HTTP 504', 'UPSTREAM_TIMEOUT', { kind: 'status', status: 504 }],
  ['HTTP 429', 'RATE_LIMITED', { kind: 'status', status: 429 }],
  ['a hang', 'UPSTREAM_TIMEOUT', { kind: 'hang' }],
  ['a reset connection', 'UPSTREAM_UNAVAILABLE', { kind: 'reset' }],
  ['a truncated body', 'UPSTREAM_ERROR', { kind: 'malformed', body: 'truncated' }],
  ['a body that is not JSON', 'UPSTREAM_ERROR', { kind: 'malformed', body: 'not-json' }],
  ['an HTML page', 'UPSTREAM_ERROR', { kind: 'malformed', body: 'html' }],
  ['a FHIR resource of the wrong type', 'UPSTREAM_ERROR', { kind: 'malformed', body: 'wrong-resource' }],
];

export const SOURCES = ['pds', 'ods', 'sds', 'wlmds', 'content'] as const;

/** Collects unhandled promise rejections while a suite runs. */
export function watchUnhandledRejections(): { seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onRejection);
  return { seen, stop: () => process.off('unhandledRejection', onRejection) };
}

/** Faults worth another attempt: the client retries them (1 + 2 attempts by default); the others are sent once. */
export function attemptsFor(fault: FaultSpec, retries = 2): number {
  if (fault.kind === 'reset') return 1 + retries;
  if (fault.kind === 'status' && [429, 500, 502, 503, 504].includes(fault.status)) return 1 + retries;
  return 1;
}

/** Settings that keep the sandbox's and the client's Website Content rate limits out of a suite's way. */
export const NO_CONTENT_LIMIT = { limit: 100_000, intervalMs: 60_000, maxQueue: 1_000 };
