import { createHash } from 'node:crypto';
import type { SandboxRequest, SandboxResponse } from '../../http.js';
import { header } from '../../http.js';
import type { Sandbox } from '../../server.js';
import { seedPrescriptions, type SandboxPrescription } from './records.js';
import { SPINE_ERROR_SYSTEM_R4 } from '../../fhir-systems.js';

/** What a test may steer or inspect in the embedded EPS, beyond what its HTTP interface shows. */
export interface EpsSandboxState {
  readonly prescriptions: Map<string, SandboxPrescription>;
  byPatient(nhsNumber: string): SandboxPrescription[];
  add(record: SandboxPrescription): void;
  /**
   * The next `n` writes are applied and then answered 504 GATEWAY_TIMEOUT, as EPS does when Spine takes over 30 s:
   * the caller cannot tell whether the write happened and must retry the identical request.
   */
  gatewayTimeouts: number;
  /** Writes answered from the replay store (same X-Request-ID, same body) instead of being applied again. */
  replays: number;
  /** Writes actually applied. */
  applied: number;
  /** Applies a write once per (API, X-Request-ID, body): an identical retry gets the first answer back. */
  write(req: SandboxRequest, apply: () => SandboxResponse): SandboxResponse;
}

const STATES = new WeakMap<Sandbox, EpsSandboxState>();
const MAX_REMEMBERED = 10_000;

/** The EPS state of a sandbox, created (and seeded from its population) on first use. */
export function epsState(sandbox: Sandbox): EpsSandboxState {
  let state = STATES.get(sandbox);
  if (!state) {
    state = createState(sandbox);
    STATES.set(sandbox, state);
  }
  return state;
}

function createState(sandbox: Sandbox): EpsSandboxState {
  const prescriptions = new Map<string, SandboxPrescription>();
  const patients = new Map<string, SandboxPrescription[]>();
  const answered = new Map<string, { fingerprint: string; response: SandboxResponse }>();
  const add = (record: SandboxPrescription) => {
    prescriptions.set(record.id, record);
    const list = patients.get(record.patient.nhsNumber) ?? [];
    list.push(record);
    patients.set(record.patient.nhsNumber, list);
  };
  for (const record of seedPrescriptions(sandbox.population)) add(record);

  const state: EpsSandboxState = {
    prescriptions,
    byPatient: (nhsNumber) => patients.get(nhsNumber) ?? [],
    add,
    gatewayTimeouts: 0,
    replays: 0,
    applied: 0,
    write(req, apply) {
      const requestId = header(req, 'x-request-id');
      const fingerprint = createHash('sha256').update(req.rawBody).digest('hex');
      const key = `${req.api} ${req.path} ${requestId ?? ''}`;
      const seen = requestId ? answered.get(key) : undefined;
      let response: SandboxResponse;
      if (seen && seen.fingerprint === fingerprint) {
        state.replays++;
        response = seen.response;
      } else {
        response = apply();
        if (response.status < 300) state.applied++;
        if (requestId) answered.set(key, { fingerprint, response });
        // Bounded like the platform's own de-duplication window: the oldest answers are forgotten first.
        if (answered.size > MAX_REMEMBERED) answered.delete(answered.keys().next().value as string);
      }
      if (response.status < 300 && state.gatewayTimeouts > 0) {
        state.gatewayTimeouts--;
        return gatewayTimeout();
      }
      return response;
    },
  };
  return state;
}

function gatewayTimeout(): SandboxResponse {
  return {
    status: 504,
    headers: { 'content-type': 'application/fhir+json' },
    body: {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'timeout',
          details: { coding: [{ system: SPINE_ERROR_SYSTEM_R4, code: 'GATEWAY_TIMEOUT', display: 'The request was not processed within 30 seconds' }] },
        },
      ],
    },
  };
}
