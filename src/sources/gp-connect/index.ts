import type { GpConnectConsumer } from '../../upstream/gp-connect-auth.js';
import type { Platform } from '../../upstream/platform.js';
import { AccessRecordClient } from './access-record-client.js';
import { AppointmentsClient } from './appointments-client.js';

/** GP Connect's two API platform products and who the graph is to them. */
export interface GpConnectSources {
  /** Access Record: Structured and Access Document (one base path). */
  accessRecord: AccessRecordClient;
  appointments: AppointmentsClient;
  /** The configured consumer: the booking organisation of appointments the graph books. */
  consumer: GpConnectConsumer | undefined;
}

export function createGpConnectSources(platform: Platform): GpConnectSources {
  return {
    accessRecord: new AccessRecordClient(platform.clients['gpc-access-record']),
    appointments: new AppointmentsClient(platform.clients['gpc-appointments']),
    consumer: platform.gpConnect,
  };
}
