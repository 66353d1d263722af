import type { GpConnectConsumer } from './auth.js';
import type { Platform } from '../../upstream/platform.js';
import { AccessRecordClient } from './access-record-client.js';
import type { GpConnectAddresser } from './addressing.js';
import { AppointmentsClient } from './appointments-client.js';

/** GP Connect's two API platform products and who the graph is to them. */
export interface GpConnectSources {
  /** Access Record: Structured and Access Document (one base path). */
  accessRecord: AccessRecordClient;
  appointments: AppointmentsClient;
  /** The configured consumer: the booking organisation of appointments the graph books. */
  consumer: GpConnectConsumer | undefined;
}

/**
 * The request's GP Connect clients: a healthcare worker's calls addressed through SDS (addressing.ts) and sent through
 * the Spine Secure Proxy to the practice's service root, unless the
 * deployment addresses one fixed provider (GPC_PROVIDER_ADDRESSING=platform) or has no GP Connect identity (its calls
 * are refused before they are sent, so nothing is looked up for them).
 */
export function gpConnectForRequest(gpc: GpConnectSources, addresser: GpConnectAddresser): GpConnectSources {
  if (!gpc.consumer || gpc.consumer.addressing === 'platform') return gpc;
  const ssp = gpc.consumer.sspUrl;
  // Route A: through the Spine Secure Proxy, the provider's service root in the URL (`{ssp}/{service root}/...`).
  const viaSsp: GpConnectAddresser = async (capability, target) => {
    const address = await addresser(capability, target);
    return address && ssp ? { ...address, baseUrl: `${ssp}/${address.serviceRoot}` } : address;
  };
  return { ...gpc, accessRecord: gpc.accessRecord.withAddresser(viaSsp), appointments: gpc.appointments.withAddresser(viaSsp, Boolean(ssp)) };
}

export function createGpConnectSources(platform: Platform): GpConnectSources {
  return {
    accessRecord: new AccessRecordClient(platform.clients['gpc-access-record']),
    appointments: new AppointmentsClient(platform.clients['gpc-appointments']),
    consumer: platform.gpConnect,
  };
}

// What the resolvers in src/graph/ use: the source's public face.
export { buildAmendment, buildBooking, buildCancellation, validateAppointmentText } from './appointment-builders.js';
export { parseAppointmentId } from './appointment-id.js';
export type { WrittenAppointment } from './appointments-client.js';
export { mapAppointment } from './appointments-mapper.js';
export type { AppointmentModel } from './appointments-mapper.js';
export { INTERACTIONS } from './interactions.js';
export type { RecordAreaKey } from './record-plan.js';
export { selectSlots } from './slot-key.js';
export { selectArea } from './structured-record.js';
export type { GpRecordRef, StructuredRecordModel } from './structured-record.js';
export type { RecordArea, RecordAreas } from './structured-request.js';
export type { GpCodeModel } from './stu3.js';
export { PRACTICE_WINDOW_DAYS, validateSlotWindow, validateWindow } from './windows.js';
export { DOCUMENT_SIZE_LIMIT_BYTES } from './wire.js';
