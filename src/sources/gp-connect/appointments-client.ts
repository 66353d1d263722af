import { BadUserInputError, ConflictError, NotFoundError, UpstreamError, UpstreamUnavailableError, type UpstreamInfo } from '../../errors.js';
import { ukDate } from '../../nhs/uk-time.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext, QueryValue } from '../../upstream/types.js';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM, type FhirIdentifier } from '../fhir.js';
import { addressOf, isAddressed, type GpConnectAddresser, type GpConnectTarget, type ProviderAddress } from './addressing.js';
import { checkPatientAppointments, checkSearchset } from './answer-checks.js';
import { parseAppointmentId } from './appointment-id.js';
import { gpcCall } from './errors.js';
import { GPC_MEDIA_TYPE, gpcHeaders, INTERACTIONS, type Interaction } from './interactions.js';
import { ORGANISATION_TYPE_SYSTEM, type StuAppointment, type StuBundle, type StuResource } from './wire.js';
import { traceableId } from '../../ids.js';

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
    /** Whether the addresser sends a worker's calls through the Spine Secure Proxy (route A). */
    private readonly throughSsp = false,
  ) {}

  /** The same client, addressing each call through `addresser` (one per graph request), through the SSP or not. */
  withAddresser(addresser: GpConnectAddresser, throughSsp = false): AppointmentsClient {
    return new AppointmentsClient(this.http, addresser, throughSsp);
  }

  /**
   * Free slots at a practice in a window of at most 14 days, with their schedules, practitioners, locations and
   * practice. The searchFilters name the consumer (the booking organisation's type and its own ODS code,
   * gpc-appointments/CONTRACT.md): the provider returns only slots it may book. The practice is the one the call is
   * addressed to (its service root, through SDS).
   */
  async searchFreeSlots(practice: string, from: string, to: string, consumer: { type: string; odsCode: string }, ctx: CallContext): Promise<StuBundle> {
    return this.get(
      'GET /Slot',
      '/Slot',
      INTERACTIONS.searchSlots,
      {
        start: `ge${from}`,
        end: `le${to}`,
        status: 'free',
        _include: 'Slot:schedule',
        '_include:recurse': ['Schedule:actor:Practitioner', 'Schedule:actor:Location', 'Location:managingOrganization'],
        searchFilter: [`${ORGANISATION_TYPE_SYSTEM}|${consumer.type}`, `${ODS_CODE_SYSTEM}|${consumer.odsCode}`],
      },
      { practice },
      ctx,
      'Bundle',
      (b, info) => checkSearchset(b as StuBundle, undefined, info),
    );
  }

  /**
   * A patient's appointments starting in a window (cancelled ones included), with the id the provider gives the
   * patient and the practice that answered. Route B takes the NHS number in the path and includes each appointment's
   * Practitioner and Location; route A (through the SSP) takes the GP system's logical id, found first with Find Patient
   * at the same service root, and its search takes the two `start` bounds only (gpconnect-swagger.yaml), so the practice
   * is the one the call was addressed to, and no part of its window may be in the past (gpc-appointments/CONTRACT.md,
   * "Patient's appointments (route A)", answered 422 INVALID_PARAMETER): such a window is refused here, before any call
   * (SDS or GP Connect). It is refused, not cut to today, because an answer for the rest of the window would read
   * as "no appointment" in the part cut off (the schema: an empty list means the practice holds none in the window).
   */
  async patientAppointments(
    nhsNumber: string,
    from: string,
    to: string,
    ctx: CallContext,
  ): Promise<{ bundle: StuBundle; patientId: string; practice: string | null }> {
    if (this.throughSsp && isAddressed(ctx) && from < ukDate(new Date())) {
      throw new BadUserInputError(
        'PAST_WINDOW',
        "GP Connect searches a patient's appointments through the Spine Secure Proxy from today on: from may not be in the past",
      );
    }
    const address = await this.addresser?.('appointments', { nhsNumber });
    const routeA = Boolean(address?.baseUrl);
    const patientId = address && routeA ? await this.findPatient(nhsNumber, address, ctx) : nhsNumber;
    const bundle = await this.send<StuBundle>(
      'GET /Patient/{id}/Appointment',
      `/Patient/${encodeURIComponent(patientId)}/Appointment`,
      INTERACTIONS.patientAppointments,
      {
        start: [`ge${from}`, `le${to}`],
        ...(routeA ? {} : { '_include:recurse': APPOINTMENT_INCLUDES }),
      },
      address,
      ctx,
      'Bundle',
      (b, info) => checkPatientAppointments(b as StuBundle, nhsNumber, patientId, info),
    );
    return { bundle, patientId, practice: address?.practice ?? null };
  }

  /**
   * The GP system's logical id of a patient (Foundations Find Patient, route A): NOT_FOUND (PATIENT_NOT_FOUND) when the
   * practice's system does not hold them, as for every other GP Connect call about an unknown patient.
   */
  private async findPatient(nhsNumber: string, address: ProviderAddress, ctx: CallContext): Promise<string> {
    const bundle = await this.send<StuBundle>(
      'GET /Patient?identifier',
      '/Patient',
      INTERACTIONS.findPatient,
      { identifier: `${NHS_NUMBER_SYSTEM}|${nhsNumber}` },
      address,
      ctx,
      'Bundle',
      (b, info) => checkSearchset(b as StuBundle, nhsNumber, info),
    );
    const id = (bundle.entry ?? []).find((e) => e.resource?.resourceType === 'Patient')?.resource?.id;
    if (!id) throw new NotFoundError('GP Connect has no record of this patient', { upstream: { api: this.http.endpoint.api, issueCode: 'PATIENT_NOT_FOUND' } });
    return id;
  }

  /** The NHS number of a patient the practice's GP system names by its logical id (Foundations Read Patient, route A). */
  async patientNhsNumber(practice: string, patientId: string, ctx: CallContext): Promise<string | null> {
    const address = await this.addresser?.('appointments', { practice });
    const patient = await this.send<StuResource>(
      'GET /Patient/{id}',
      `/Patient/${encodeURIComponent(patientId)}`,
      INTERACTIONS.readPatient,
      {},
      address,
      ctx,
      'Patient',
    );
    return ((patient.identifier ?? []) as FhirIdentifier[]).find((i) => i.system === NHS_NUMBER_SYSTEM)?.value ?? null;
  }

  /** Every appointment at one practice in a window: the embedded platform's extension, not a GP Connect operation. */
  async practiceAppointments(practice: string, from: string, to: string, ctx: CallContext): Promise<StuBundle> {
    return this.get(
      'GET /Appointment',
      '/Appointment',
      INTERACTIONS.practiceAppointments,
      {
        start: [`ge${from}`, `le${to}`],
        searchFilter: `${ODS_CODE_SYSTEM}|${practice}`,
        '_include:recurse': APPOINTMENT_INCLUDES,
      },
      { practice },
      ctx,
      'Bundle',
      (b, info) => checkSearchset(b as StuBundle, undefined, info),
    );
  }

  /** One appointment by the graph's id (appointment-id.ts): addressed to its practice when the id names one. */
  async readAppointment(id: string, ctx: CallContext): Promise<StuAppointment> {
    const { practice, providerId } = parseAppointmentId(id);
    return this.get(
      'GET /Appointment/{id}',
      `/Appointment/${encodeURIComponent(providerId)}`,
      INTERACTIONS.readAppointment,
      {},
      practice ? { practice } : undefined,
      ctx,
      'Appointment',
    );
  }

  /**
   * Books. A 503 is re-sent with the same X-Request-ID, which the platform de-duplicates on, so a booking is never made
   * twice; a slot taken meanwhile is 409 DUPLICATE_REJECTED, which becomes CONFLICT. `practice` is the slots' practice.
   * `build` makes the Appointment naming the patient by the provider's id: the NHS number on route B, the GP system's
   * logical id (Find Patient first) on route A.
   */
  async book(
    build: (patientId: string) => StuAppointment,
    nhsNumber: string,
    practice: string,
    ctx: CallContext,
  ): Promise<WrittenAppointment & { patientId: string }> {
    const requestId = traceableId();
    const address = await this.addresser?.('appointments', { practice });
    const patientId = address?.baseUrl ? await this.findPatient(nhsNumber, address, ctx) : nhsNumber;
    const appointment = build(patientId);
    return gpcCall('create', async () => {
      for (let attempt = 1; ; attempt++) {
        const res = await this.http.request<StuAppointment>(
          'POST /Appointment',
          {
            method: 'POST',
            path: '/Appointment',
            headers: { ...gpcHeaders(INTERACTIONS.bookAppointment) },
            accept: GPC_MEDIA_TYPE,
            contentType: GPC_MEDIA_TYPE,
            body: appointment,
            requestId,
            expectStatuses: [503],
            ...addressOf(address),
          },
          ctx,
        );
        if (res.status !== 503) {
          // Checked here, not by the client: the 503 this call expects carries an OperationOutcome.
          if (res.body?.resourceType !== 'Appointment') {
            throw new UpstreamError(`GP Connect answered ${res.status} to a booking with something other than the Appointment`, {
              upstream: { api: 'gpc-appointments', status: res.status, requestId },
            });
          }
          return { appointment: res.body, etagVersion: versionFromEtag(res.headers.etag), patientId };
        }
        if (attempt >= BOOKING_ATTEMPTS) {
          throw new UpstreamUnavailableError("GP Connect is still busy with the booking: read the patient's appointments before trying again", {
            upstream: { api: 'gpc-appointments', status: 503, requestId },
          });
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
    // Only future appointments can be cancelled (gpc-appointments/CONTRACT.md, "Cancel"). Route A's provider refuses a
    // started one as an invalid resource (422), route B's platform with its own 461: either way the appointment's state,
    // not the input, forbids it, so it is decided here without sending the write.
    const start = appointment.start ? Date.parse(appointment.start) : Number.NaN;
    if (interaction === INTERACTIONS.cancelAppointment && start <= Date.now()) {
      throw new ConflictError('The appointment has already started: it is too late to cancel it', { reason: 'TOO_LATE_TO_CANCEL' });
    }
    const address = practice ? await this.addresser?.('appointments', { practice }) : undefined;
    return gpcCall('conditional-update', async () => {
      const res = await this.http.request<StuAppointment>(
        'PUT /Appointment/{id}',
        {
          method: 'PUT',
          path: `/Appointment/${encodeURIComponent(appointment.id ?? '')}`,
          headers: { ...gpcHeaders(interaction), 'if-match': `W/"${version}"` },
          accept: GPC_MEDIA_TYPE,
          contentType: GPC_MEDIA_TYPE,
          body: appointment,
          resourceType: 'Appointment',
          ...addressOf(address),
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
    return this.send<T>(route, path, interaction, query, address, ctx, resourceType, check);
  }

  /** One read, to the address given (through the SSP when it has a base URL), its answer checked. */
  private async send<T>(
    route: string,
    path: string,
    interaction: Interaction,
    query: Record<string, QueryValue>,
    address: ProviderAddress | undefined,
    ctx: CallContext,
    resourceType: string,
    check?: (body: unknown, upstream: UpstreamInfo) => void,
  ): Promise<T> {
    return gpcCall('read', async () => {
      const headers = { ...gpcHeaders(interaction) };
      const res = await this.http.request<T>(
        route,
        { method: 'GET', path, query, headers, accept: GPC_MEDIA_TYPE, idempotent: true, resourceType, ...addressOf(address) },
        ctx,
      );
      check?.(res.body, { api: this.http.endpoint.api, status: res.status, requestId: res.requestId });
      return res.body;
    });
  }
}

function versionFromEtag(etag: string | undefined): string | null {
  return etag ? (/^(?:W\/)?"([^"]*)"$/.exec(etag)?.[1] ?? null) : null;
}
