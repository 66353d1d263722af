import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AccessPolicy } from '../../../access/policy.js';
import type { AuditRecord } from '../../../audit/trail.js';
import type { AuditSink } from '../../../audit/sink.js';
import { actorOf, type Principal } from '../../../auth/principal.js';
import type { TokenVerifier } from '../../../auth/token-verifier.js';
import type { Route } from '../../../http/routes.js';
import { readBody } from '../../../http/respond.js';
import { BARS } from '../wire.js';
import { checkCaller } from './caller.js';
import { checkInbound, isRefusal, type InboundResponse } from './inbound.js';
import { receiverOutcome, sendFhir } from './outcome.js';
import type { BarsResponseStore } from './response-store.js';

/** Where the graph hosts its BaRS receiver: the platform's base path for BaRS, and the spec's `/$process-message`. */
export const BARS_RECEIVER_PATH = '/booking-and-referral/FHIR/R4/$process-message';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface BarsReceiverSettings {
  store: BarsResponseStore;
  verifier: TokenVerifier;
  access: AccessPolicy;
  audit: AuditSink;
  logger: Logger;
}

function auditRecord(principal: Principal, requestId: string, correlationId: string, inbound: InboundResponse, outcome: AuditRecord['outcome']): AuditRecord {
  return {
    time: new Date().toISOString(),
    requestId,
    correlationId,
    action: 'write',
    actor: actorOf(principal),
    nhsNumber: inbound.nhsNumber,
    sources: ['bars'],
    fields: ['BarsReceiver.processMessage'],
    outcome,
    errorCodes: [],
  };
}

/** The acknowledgement: a message Bundle whose MessageHeader answers the response's Bundle id with `ok`. */
function acknowledgement(inbound: InboundResponse): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { lastUpdated: now },
    type: 'message',
    timestamp: now,
    entry: [
      {
        fullUrl: `urn:uuid:${randomUUID()}`,
        resource: {
          resourceType: 'MessageHeader',
          id: randomUUID(),
          eventCoding: { system: BARS.eventSystem, code: inbound.event },
          source: { endpoint: BARS_RECEIVER_PATH },
          response: { identifier: inbound.messageId, code: 'ok' },
        },
      },
    ],
  };
}

/**
 * POST /booking-and-referral/FHIR/R4/$process-message: the graph as the sender's BaRS endpoint ("All implementers ...
 * must build a $process-message endpoint"). A receiver posts its response to a referral or booking here; the caller
 * and headers are checked (caller.ts), then the message (inbound.ts); the receipt is audited as a write of the
 * patient's data (an `intended` record before it is stored, `success` after; not stored when the audit cannot be
 * written), stored (response-store.ts) and acknowledged with 200. A resent message (same Bundle id) is acknowledged
 * again and not stored twice. Logs carry ids and outcomes only.
 */
export function barsReceiverRoute(settings: BarsReceiverSettings): Route {
  const { store, verifier, access, audit, logger } = settings;
  return {
    method: 'POST',
    path: BARS_RECEIVER_PATH,
    async handle(req, res) {
      const requestId = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID();
      const correlationId = typeof req.headers['x-correlation-id'] === 'string' ? req.headers['x-correlation-id'] : requestId;
      const mirrored = { 'x-request-id': requestId, 'x-correlation-id': correlationId };
      const answer = (status: number, body: unknown, outcome: string) => {
        logger.info({ route: 'bars-receiver', status, outcome }, 'BaRS message received');
        sendFhir(res, status, body, mirrored);
      };
      const caller = await checkCaller(req, verifier, access);
      if (!caller.ok) return answer(caller.status, caller.body, 'refused-caller');
      const read = await readBody(req, MAX_BODY_BYTES);
      if (!read.ok) {
        const o = receiverOutcome('REC_BAD_REQUEST', `The body is over ${MAX_BODY_BYTES} bytes`);
        return answer(o.status, o.body, 'too-large');
      }
      let body: unknown;
      try {
        body = JSON.parse(read.text);
      } catch {
        const o = receiverOutcome('REC_BAD_REQUEST', 'The body is not JSON');
        return answer(o.status, o.body, 'malformed');
      }
      const inbound = checkInbound(body);
      if (isRefusal(inbound)) {
        const o = receiverOutcome(inbound.kind === 'invalid' ? 'REC_BAD_REQUEST' : 'REC_UNPROCESSABLE_ENTITY', inbound.diagnostics);
        return answer(o.status, o.body, 'refused-message');
      }
      try {
        await audit.write([auditRecord(caller.principal, requestId, correlationId, inbound, 'intended')]);
      } catch {
        const o = receiverOutcome('REC_SERVER_ERROR', 'The message could not be recorded');
        return answer(o.status, o.body, 'audit-unavailable');
      }
      const fresh = await store.accept({ ...inbound, receivedAt: new Date().toISOString() });
      await audit.write([auditRecord(caller.principal, requestId, correlationId, inbound, fresh ? 'success' : 'denied')]).catch(() => undefined);
      if (fresh) return answer(200, acknowledgement(inbound), 'stored');
      // Accepted once: a message already processed is 409 REC_CONFLICT (bars/CONTRACT.md "Errors", and the spec's
      // example 409-REC_CONFLICT-duplicate.json), and is not stored again.
      const o = receiverOutcome('REC_CONFLICT', 'The message has been identified as having already been processed');
      answer(o.status, o.body, 'duplicate');
    },
  };
}
