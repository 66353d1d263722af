import { randomUUID } from 'node:crypto';
import { UpstreamError, UpstreamUnavailableError, type UpstreamInfo } from '../../errors.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext, QueryValue } from '../../upstream/types.js';
import { ODS_CODE_SYSTEM } from '../fhir.js';
import { addressHeaders, type GpConnectAddresser, type GpConnectTarget } from './addressing.js';
import { checkPatientAppointments, checkSearchset } from './answer-checks.js';
import { parseAppointmentId } from './appointment-id.js';
import { gpcCall } from './errors.js';
import { GPC_MEDIA_TYPE, gpcHeaders, INTERACTIONS, type Interaction } from './interactions.js';
import { ORGANISATION_TYPE_SYSTEM, type StuAppointment, type StuBundle } from './wire.js';

/** A booking that answered 503 is re-sent with the same X-Request-ID (the platform de-duplicates on it) this often. */
const BOOKING_ATTEMPTS = 3;

const APPOINTMENT_INCLUDES = ['Appointment:actor:Practitioner', 'Appointment:actor:Location'];

export interface WrittenAppointment {
  appointment: StuAppointment;
  /** The version from the ETag (W/"<versionId>"), when the provider sent one. */
  etagVersion: string | null;
}

/**
 * Typed calls to GP Connect Appointment Management (gpc-appointments/CONTRACT.md) at the API platform's base path:
 * slot search, book, read, amend, cancel and a patient's appointments, each with its own interaction id. With an
 * addresser (per request), a worker's call is first addressed through SDS (addressing.ts) to the practice it is about:
 * the practice searched or booked at, the patient's registered practice, or the practice the graph's appointment id
 * names (appointment-id.ts).
 */
export class AppointmentsClient {
  constructor(
    private readonly http: UpstreamClient,
    private readonly addresser?: GpConnectAddresser,
  ) {}

  /** The same client, addressing each call through `addresser` (one per graph request). */
  withAddresser(addresser: GpConnectAddresser): AppointmentsClient {
    return new AppointmentsClient(this.http, addresser);
  }

  /**
   * Free slots at a practice in a window of at most 14 days, with their schedules, practitioners, locations and
   * practice. `consumerType` is the booking organisation's type: the provider returns only slots it may book.
   */
  async searchFreeSlots(practice: string, from: string, to: string, consumerType: string, ctx: CallContext): Promise<StuBundle> {
    return this.get('GET /Slot', '/Slot', INTERACTIONS.searchSlots, {
      start: `ge${from}`,
      end: `le${to}`,
      status: 'free',
      _include: 'Slot:schedule',
      '_include:recurse': ['Schedule:actor:Practitioner', 'Schedule:actor:Location', 'Location:managingOrganization'],
      searchFilter: [`${ORGANISATION_TYPE_SYSTEM}|${consumerType}`, `${ODS_CODE_SYSTEM}|${practice}`],
    }, { practice }, ctx, 'Bundle', (b, info) => checkSearchset(b as StuBundle, undefined, info));
  }

  /** A patient's appointments starting in a window (cancelled ones included), by NHS number as the platform takes it. */
  async patientAppointments(nhsNumber: string, from: string, to: string, ctx: CallContext): Promise<StuBundle> {
    return this.get('GET /Patient/{nhsNumber}/Appointment', `/Patient/${nhsNumber}/Appointment`, INTERACTIONS.patientAppointments, {
      start: [`ge${from}`, `le${to}`],
      '_include:recurse': APPOINTMENT_INCLUDES,
    }, { nhsNumber }, ctx, 'Bundle', (b, info) => checkPatientAppointments(b as StuBundle, nhsNumber, undefined, info));
  }

  /** Every appointment at one practice in a window: the embedded platform's extension, not a GP Connect operation. */
  async practiceAppointments(practice: string, from: string, to: string, ctx: CallContext): Promise<StuBundle> {
    return this.get('GET /Appointment', '/Appointment', INTERACTIONS.practiceAppointments, {
      start: [`ge${from}`, `le${to}`],
      searchFilter: `${ODS_CODE_SYSTEM}|${practice}`,
      '_include:recurse': APPOINTMENT_INCLUDES,
    }, { practice }, ctx, 'Bundle', (b, info) => checkSearchset(b as StuBundle, undefined, info));
  }

  /** One appointment by the graph's id (appointment-id.ts): addressed to its practice when the id names one. */
  async readAppointment(id: string, ctx: CallContext): Promise<StuAppointment> {
    const { practice, providerId } = parseAppointmentId(id);
    return this.get('GET /Appointment/{id}', `/Appointment/${encodeURIComponent(providerId)}`, INTERACTIONS.readAppointment, {}, practice ? { practice } : undefined, ctx, 'Appointment');
  }

  /**
   * Books. A 503 is re-sent with the same X-Request-ID, which the platform de-duplicates on, so a booking is never made
   * twice; a slot taken meanwhile is 409 DUPLICATE_REJECTED, which becomes CONFLICT. `practice` is the slots' practice.
   */
  async book(appointment: StuAppointment, practice: string, ctx: CallContext): Promise<WrittenAppointment> {
    const requestId = randomUUID();
    const address = await this.addresser?.('appointments', { practice });
    return gpcCall('create', async () => {
      for (let attempt = 1; ; attempt++) {
        const res = await this.http.request<StuAppointment>(
          'POST /Appointment',
          { method: 'POST', path: '/Appointment', headers: { ...gpcHeaders(INTERACTIONS.bookAppointment), ...addressHeaders(address) }, accept: GPC_MEDIA_TYPE, contentType: GPC_MEDIA_TYPE, body: appointment, requestId, expectStatuses: [503] },
          ctx,
        );
        if (res.status !== 503) {
          // Checked here, not by the client: the 503 this call expects carries an OperationOutcome.
          if (res.body?.resourceType !== 'Appointment') {
            throw new UpstreamError(`GP Connect answered ${res.status} to a booking with something other than the Appointment`, { upstream: { api: 'gpc-appointments', status: res.status, requestId } });
          }
          return { appointment: res.body, etagVersion: versionFromEtag(res.headers.etag) };
        }
        if (attempt >= BOOKING_ATTEMPTS) {
          throw new UpstreamUnavailableError('GP Connect is still busy with the booking: read the patient\'s appointments before trying again', { upstream: { api: 'gpc-appointments', status: 503, requestId } });
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(res.headers['retry-after'] ?? 1), 5) * 1000));
      }
    });
  }

  /**
   * Amend or cancel: PUT the whole Appointment under If-Match. A stale version is 409, which becomes VERSION_CONFLICT.
   * `practice` is the practice the graph's id names (null for a bare provider id: not addressed through SDS).
   */
  async update(appointment: StuAppointment, version: string, interaction: Interaction, practice: string | null, ctx: CallContext): Promise<WrittenAppointment> {
    const address = practice ? await this.addresser?.('appointments', { practice }) : undefined;
    return gpcCall('conditional-update', async () => {
      const res = await this.http.request<StuAppointment>(
        'PUT /Appointment/{id}',
        {
          method: 'PUT',
          path: `/Appointment/${encodeURIComponent(appointment.id ?? '')}`,
          headers: { ...gpcHeaders(interaction), ...addressHeaders(address), 'if-match': `W/"${version}"` },
          accept: GPC_MEDIA_TYPE,
          contentType: GPC_MEDIA_TYPE,
          body: appointment,
          resourceType: 'Appointment',
        },
        ctx,
      );
      return { appointment: res.body, etagVersion: versionFromEtag(res.headers.etag) };
    });
  }

  private async get<T>(
    route: string,
    path: string,
    interaction: Interaction,
    query: Record<string, QueryValue>,
    target: GpConnectTarget | undefined,
    ctx: CallContext,
    resourceType: string,
    check?: (body: unknown, upstream: UpstreamInfo) => void,
  ): Promise<T> {
    const address = target ? await this.addresser?.('appointments', target) : undefined;
    return gpcCall('read', async () => {
      const headers = { ...gpcHeaders(interaction), ...addressHeaders(address) };
      const res = await this.http.request<T>(route, { method: 'GET', path, query, headers, accept: GPC_MEDIA_TYPE, idempotent: true, resourceType }, ctx);
      check?.(res.body, { api: this.http.endpoint.api, status: res.status, requestId: res.requestId });
      return res.body;
    });
  }
}

function versionFromEtag(etag: string | undefined): string | null {
  return etag ? (/^(?:W\/)?"([^"]*)"$/.exec(etag)?.[1] ?? null) : null;
}
