import type { IncomingMessage } from 'node:http';
import { refuseSource, type AccessPolicy } from '../../../access/policy.js';
import type { Principal } from '../../../auth/principal.js';
import type { TokenVerifier } from '../../../auth/token-verifier.js';
import { receiverOutcome } from './outcome.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUPPORTED_VERSIONS = ['1.0.0', '1.1.0'];

function base64JsonObject(value: string | string[] | undefined): boolean {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value.trim())) return false;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

export type CallerCheck = { ok: true; principal: Principal } | { ok: false; status: number; body: Record<string, unknown> };

/**
 * Who may post to the graph's $process-message, and with what: what booking-and-referral-1.1.0.yaml requires of every
 * $process-message call. A bearer JWT the graph verifies as it verifies every caller (a configured issuer, signature,
 * audience, expiry) naming a healthcare worker whose role allows BaRS (the access policy's rule for the BARS source):
 * no token or a bad one is 401 REC_UNAUTHORIZED, any other principal 403 REC_FORBIDDEN. Then the sender headers:
 * X-Request-Id and X-Correlation-Id (`format: uuid`), NHSD-Target-Identifier (required on $process-message),
 * NHSD-End-User-Organisation and NHSD-Requesting-Software (base64 JSON) and use-context, else 400 REC_BAD_REQUEST; the version in Accept must be one the graph
 * speaks, else 406.
 */
export async function checkCaller(req: IncomingMessage, verifier: TokenVerifier, policy: AccessPolicy): Promise<CallerCheck> {
  const authorization = req.headers.authorization;
  if (!authorization) return { ok: false, ...receiverOutcome('REC_UNAUTHORIZED', 'A bearer token is required') };
  let principal: Principal;
  try {
    principal = (await verifier.authenticate(authorization)).principal;
  } catch {
    return { ok: false, ...receiverOutcome('REC_UNAUTHORIZED', 'The bearer token was not accepted') };
  }
  if (principal.kind !== 'staff' || refuseSource(principal, 'bars', policy)) {
    return { ok: false, ...receiverOutcome('REC_FORBIDDEN', 'The caller may not send BaRS messages here') };
  }
  const h = req.headers;
  if (!UUID.test(String(h['x-request-id'] ?? '')) || !UUID.test(String(h['x-correlation-id'] ?? ''))) {
    return { ok: false, ...receiverOutcome('REC_BAD_REQUEST', 'X-Request-Id and X-Correlation-Id must be UUIDs') };
  }
  if (
    !base64JsonObject(h['nhsd-target-identifier']) ||
    !base64JsonObject(h['nhsd-end-user-organisation']) ||
    !base64JsonObject(h['nhsd-requesting-software'])
  ) {
    return {
      ok: false,
      ...receiverOutcome('REC_BAD_REQUEST', 'NHSD-Target-Identifier, NHSD-End-User-Organisation and NHSD-Requesting-Software must be base64-encoded JSON'),
    };
  }
  if (!h['use-context']) return { ok: false, ...receiverOutcome('REC_BAD_REQUEST', 'use-context is required on $process-message') };
  const version = /version=([0-9.]+)/.exec(String(h.accept ?? ''))?.[1];
  if (!version || !SUPPORTED_VERSIONS.includes(version))
    return { ok: false, ...receiverOutcome('REC_NOT_ACCEPTABLE', `Accept must name version ${SUPPORTED_VERSIONS.join(' or ')}`) };
  return { ok: true, principal };
}
