import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { publishExchange } from '../../exchange.js';

/** Where a receiver sends its responses: the sender's own $process-message, and the bearer to call it with. */
export interface ResponderSettings {
  url: string;
  bearer: () => Promise<string>;
}

const EVENTS = 'https://fhir.nhs.uk/CodeSystem/message-events-bars';
const REASONS = 'https://fhir.nhs.uk/CodeSystem/message-reason-bars';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

/**
 * A BaRS response message: a MessageHeader answering the request Bundle `answers` with `ok` (with a reason when given),
 * then its focus resource.
 */
export function responseMessage(event: string, receiver: string, answers: string, focus: Record<string, unknown>, reason?: string): Record<string, unknown> {
  const now = new Date().toISOString();
  const focusUrl = `urn:uuid:${String(focus.id)}`;
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { lastUpdated: now, profile: ['https://fhir.nhs.uk/StructureDefinition/BARSBundleMessage'] },
    type: 'message',
    timestamp: now,
    entry: [
      {
        fullUrl: `urn:uuid:${randomUUID()}`,
        resource: {
          resourceType: 'MessageHeader',
          id: randomUUID(),
          eventCoding: { system: EVENTS, code: event },
          ...(reason ? { reason: { coding: [{ system: REASONS, code: reason }] } } : {}),
          source: { endpoint: receiver },
          response: { identifier: answers, code: 'ok' },
          focus: [{ reference: focusUrl }],
        },
      },
      { fullUrl: focusUrl, resource: focus },
    ],
  };
}

/** A servicerequest-response accepting the referral: the focus is the referral as the receiver now holds it. */
export function referralResponse(requestBundleId: string, serviceRequest: Record<string, unknown>, receiver: string): Record<string, unknown> {
  return responseMessage('servicerequest-response', receiver, requestBundleId, { ...serviceRequest, status: 'active' }, 'new');
}

/** A booking-response confirming the booking: the focus is the Appointment as the receiver now holds it (booked). */
export function bookingResponse(requestBundleId: string, appointment: Record<string, unknown>, receiver: string): Record<string, unknown> {
  return responseMessage('booking-response', receiver, requestBundleId, { ...appointment, status: 'booked' }, 'new');
}

/**
 * The receiver's side of BaRS's asynchronous workflow ("A receiver wanting to respond to a request will direct their
 * response to the Sender's $process-message endpoint, reversing the previous request/response roles"): once told
 * where the sender listens (`configure`), each new referral or booking the stand-in's receivers take is answered with
 * a servicerequest-response or booking-response POSTed there, with the headers the spec requires of a sender. Each such exchange is
 * published like the stand-in's own (api `bars`), so the contract checker judges the sender's endpoint by the spec.
 */
export class BarsResponder {
  private settings: ResponderSettings | undefined;
  private readonly pending = new Set<Promise<void>>();
  /** Statuses the sender answered, in order (for tests). */
  readonly answered: number[] = [];

  configure(settings: ResponderSettings | undefined): void {
    this.settings = settings;
  }

  /** Sends the response in the background (after the referral's own answer); a failure is counted, never thrown. */
  respond(message: Record<string, unknown>, senderOds: string | undefined): void {
    const settings = this.settings;
    if (!settings) return;
    const sending = this.send(settings, message, senderOds).catch(() => {
      this.answered.push(0);
    });
    this.pending.add(sending);
    void sending.finally(() => this.pending.delete(sending));
  }

  /** Resolves once every response sent so far has been answered. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async send(settings: ResponderSettings, message: Record<string, unknown>, senderOds: string | undefined): Promise<void> {
    const url = new URL(settings.url);
    const headers: Record<string, string> = {
      authorization: `Bearer ${await settings.bearer()}`,
      'content-type': 'application/fhir+json',
      accept: 'application/fhir+json; version=1.1.0',
      'x-request-id': randomUUID(),
      'x-correlation-id': randomUUID(),
      'nhsd-target-identifier': b64({ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: senderOds ?? 'UNKNOWN' }),
      'nhsd-end-user-organisation': b64({
        resourceType: 'Organization',
        identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'X26' }],
        name: 'NHS stand-in receiver',
      }),
      'nhsd-requesting-software': b64({
        resourceType: 'Device',
        identifier: [{ system: 'https://fhir.nhs.uk/Id/nhsSpineASID', value: '200000000001' }],
        deviceName: { name: 'nhs-stand-in', type: 'manufacturer-name' },
        version: { value: '1.0.0' },
      }),
      // The usage tag as a sender builds it (use case | category | event | reason); this stand-in has no use case.
      'use-context': useContextOf(message),
    };
    const rawBody = JSON.stringify(message);
    const res = await request(url, { method: 'POST', headers, body: rawBody });
    const text = await res.body.text();
    this.answered.push(res.statusCode);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: judged as sent.
    }
    const responseHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders[name] = value;
    publishExchange(() => ({ api: 'bars', method: 'POST', path: url.pathname, search: '', headers, rawBody, status: res.statusCode, responseHeaders, body }));
  }
}

/** The sending organisation's ODS code from NHSD-End-User-Organisation (base64 JSON), if readable. */
export function senderOdsOf(header: string | undefined): string | undefined {
  try {
    const org = JSON.parse(Buffer.from(header ?? '', 'base64').toString('utf8')) as { identifier?: { value?: string }[] };
    return org.identifier?.[0]?.value;
  } catch {
    return undefined;
  }
}

/** The use-context tag of a response message: `|referral|servicerequest-response|new` or `|booking|booking-response|new`. */
function useContextOf(message: Record<string, unknown>): string {
  const header = (message.entry as { resource: { eventCoding?: { code?: string }; reason?: { coding?: { code?: string }[] } } }[])[0]?.resource;
  const event = header?.eventCoding?.code ?? '';
  return ['', event === 'booking-response' ? 'booking' : 'referral', event, header?.reason?.coding?.[0]?.code ?? ''].join('|');
}
