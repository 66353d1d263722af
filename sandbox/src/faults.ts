import type { ServerResponse } from 'node:http';
import { NHS_NUMBER_SYSTEM } from './fhir-systems.js';

/**
 * A fault the sandbox injects into an API's answers, for resilience tests and benchmarks. `rate` is the share of
 * requests affected, spread evenly (request n is hit when floor(n * rate) moves), so a test sees the same pattern
 * every run.
 */
export type FaultSpec = (
  | { kind: 'status'; status: number; rate?: number; retryAfterSeconds?: number }
  | { kind: 'hang'; rate?: number }
  | { kind: 'reset'; rate?: number }
  | { kind: 'malformed'; rate?: number; body?: MalformedBody }
  /** A well-formed answer the stand-in would not give by itself (a contract example of a rare outcome), as JSON. */
  | { kind: 'answer'; status: number; body: unknown; rate?: number }
) & {
  /**
   * Requests let through before the fault starts (counted since the last reset of the counts): a test reaches a field
   * whose ancestors call the same API (a prescription's line items after the tracker's search) and faults the field's
   * own call.
   */
  after?: number;
};

/**
 * What a malformed answer looks like: a body cut short (the default), text that is not JSON under a JSON content type,
 * an HTML error page from a proxy, well-formed FHIR of the wrong resource type, or a GP Connect structured record
 * (Bundle, type collection) about another patient (the spec's test patient 9999999999).
 */
export type MalformedBody = 'truncated' | 'not-json' | 'html' | 'wrong-resource' | 'other-patient';

const MALFORMED: Record<MalformedBody, { contentType: string; body: string }> = {
  truncated: { contentType: 'application/fhir+json', body: '{"resourceType": "Patient", "id": ' },
  'not-json': { contentType: 'application/fhir+json', body: 'upstream connect error or disconnect/reset before headers' },
  html: { contentType: 'text/html; charset=utf-8', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  'wrong-resource': {
    contentType: 'application/fhir+json',
    body: JSON.stringify({ resourceType: 'Binary', id: 'injected', contentType: 'text/plain', data: 'aW5qZWN0ZWQ=' }),
  },
  'other-patient': {
    contentType: 'application/fhir+json',
    body: JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'injected', identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9999999999' }] } },
        {
          resource: {
            resourceType: 'List',
            title: 'Active Allergies',
            status: 'current',
            mode: 'snapshot',
            code: { coding: [{ system: 'http://snomed.info/sct', code: '886921000000105' }] },
            emptyReason: { coding: [{ code: 'no-content-recorded' }] },
          },
        },
      ],
    }),
  },
};

/** Applies the fault to request number `n` of the API; true when it answered (or dropped) the request itself. */
export async function applyFault(fault: FaultSpec, api: string, n: number, res: ServerResponse): Promise<boolean> {
  const rate = fault.rate ?? 1;
  n -= fault.after ?? 0;
  if (n <= 0 || Math.floor(n * rate) === Math.floor((n - 1) * rate)) return false;
  switch (fault.kind) {
    case 'status': {
      const headers: Record<string, string> = { 'content-type': 'application/fhir+json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      const body = JSON.stringify({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: fault.status === 429 ? 'throttled' : 'transient', diagnostics: `Injected ${fault.status} for ${api}` }],
      });
      res.writeHead(fault.status, headers).end(body);
      return true;
    }
    case 'hang':
      // Never answer: the client's timeout must fire. The socket closes when the sandbox closes.
      return true;
    case 'reset':
      res.socket?.destroy();
      return true;
    case 'answer':
      res.writeHead(fault.status, { 'content-type': 'application/fhir+json' }).end(JSON.stringify(fault.body));
      return true;
    case 'malformed': {
      const answer = MALFORMED[fault.body ?? 'truncated'];
      res.writeHead(200, { 'content-type': answer.contentType }).end(answer.body);
      return true;
    }
  }
}
