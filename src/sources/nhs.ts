import type { CallContext } from '../upstream/types.js';
import type { BarsClient } from './bars/client.js';
import { bindCalls, type BoundCalls } from './bind-calls.js';
import { createContentLoaders, type ContentLoaders } from './content/loaders.js';
import { searchHealthContent } from './content/search.js';
import type { EpsClient } from './eps/client.js';
import { createTrackerLoaders, type TrackerLoaders } from './eps-tracker/loaders.js';
import type { ErsClient } from './ers/client.js';
import { createErsLoaders, type ErsLoaders } from './ers/loaders.js';
import { createGpConnectAddresser } from './gp-connect/addressing.js';
import type { AppointmentsClient } from './gp-connect/appointments-client.js';
import type { GpConnectConsumer } from './gp-connect/auth.js';
import { healthContentPathFor } from './gp-connect/health-content-link.js';
import { gpConnectForRequest, type GpConnectSources } from './gp-connect/index.js';
import { createGpConnectLoaders, type GpConnectLoaders } from './gp-connect/loaders.js';
import type { LoaderSettings } from './loader-options.js';
import type { OdsClient } from './ods/client.js';
import { createOdsLoaders, type OdsLoaders } from './ods/loaders.js';
import type { PdsClient } from './pds/client.js';
import { createPdsLoaders, type PdsLoaders } from './pds/loaders.js';
import { createSdsLoaders, type SdsLoaders } from './sds/loaders.js';
import type { Sources } from './index.js';
import { createWlmdsLoaders, type WlmdsLoaders } from './wlmds/loaders.js';

type ContentCalls = {
  /** The nhs.uk page path for a GP record problem or medication, or null when none matches. */
  pathFor: (...args: Parameters<typeof healthContentPathFor> extends [unknown, ...infer A, CallContext] ? A : never) => Promise<string | null>;
  /** A search of one nhs.uk section by name. */
  search: (...args: Parameters<typeof searchHealthContent> extends [unknown, ...infer A, CallContext] ? A : never) => ReturnType<typeof searchHealthContent>;
};

/**
 * One road to each NHS API for one request: `ctx.nhs.<api>`. Each holds the API's DataLoaders (typed keys, de-duplicated
 * and batched within the request) and its other calls (searches, writes) already bound to the request's call context.
 * Built per request, and so per principal: nothing personal is shared between requests or callers.
 */
export interface Nhs {
  pds: PdsLoaders & BoundCalls<PdsClient, 'searchPatients' | 'getPatient' | 'patchPatient'>;
  ods: OdsLoaders & BoundCalls<OdsClient, 'searchOrganisations' | 'countOrganisations'>;
  sds: SdsLoaders;
  content: ContentLoaders & ContentCalls;
  wlmds: WlmdsLoaders;
  eps: BoundCalls<EpsClient, 'prepare' | 'processPrescribingMessage' | 'cancel' | 'release' | 'task' | 'dispenseNotification' | 'sessionFor'>;
  epsTracker: TrackerLoaders;
  ers: ErsLoaders & BoundCalls<ErsClient, 'roleContext'>;
  bars: BoundCalls<BarsClient, 'getServiceRequest' | 'searchServiceRequests' | 'getAppointment' | 'searchAppointments' | 'searchSlots' | 'processMessage'>;
  /**
   * GP Connect (Access Record Structured, Access Document, Appointment Management): each call addressed to its practice
   * through SDS (addressing.ts), and the configured consumer (the booking organisation of appointments the graph books).
   */
  gpConnect: GpConnectLoaders & BoundCalls<AppointmentsClient, 'book' | 'readAppointment' | 'update'> & { consumer: GpConnectConsumer | undefined };
}

/** This request's `ctx.nhs`: the process's clients, bound to the request's call context, with fresh loaders. */
export function createNhs(sources: Sources, call: CallContext, settings: LoaderSettings): Nhs {
  const pds = createPdsLoaders(sources.pds, call, settings);
  const sds = createSdsLoaders(sources.sds, call, settings);
  const gpc: GpConnectSources = gpConnectForRequest(sources.gpc, createGpConnectAddresser({ pds, sds }, call));
  return {
    pds: { ...pds, ...bindCalls(sources.pds, ['searchPatients', 'getPatient', 'patchPatient'], call) },
    ods: { ...createOdsLoaders(sources.ods, call, settings), ...bindCalls(sources.ods, ['searchOrganisations', 'countOrganisations'], call) },
    sds,
    content: {
      ...createContentLoaders(sources.content, call, settings),
      pathFor: (kind, code) => healthContentPathFor(sources.content, kind, code, call),
      search: (section, text, first) => searchHealthContent(sources.content, section, text, first, call),
    },
    wlmds: createWlmdsLoaders(sources.wlmds, call, settings),
    eps: bindCalls(sources.eps, ['prepare', 'processPrescribingMessage', 'cancel', 'release', 'task', 'dispenseNotification', 'sessionFor'], call),
    epsTracker: createTrackerLoaders(sources.epsTracker, call, settings),
    ers: { ...createErsLoaders(sources.ers, call, settings), ...bindCalls(sources.ers, ['roleContext'], call) },
    bars: bindCalls(sources.bars, ['getServiceRequest', 'searchServiceRequests', 'getAppointment', 'searchAppointments', 'searchSlots', 'processMessage'], call),
    gpConnect: {
      ...createGpConnectLoaders(gpc, call, settings),
      ...bindCalls(gpc.appointments, ['book', 'readAppointment', 'update'], call),
      consumer: gpc.consumer,
    },
  };
}
