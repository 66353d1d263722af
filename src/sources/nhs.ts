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
  eps: BoundCalls<
    EpsClient,
    | 'prepare'
    | 'processPrescribingMessage'
    | 'cancel'
    | 'release'
    | 'task'
    | 'dispenseNotification'
    | 'claim'
    | 'holdPrepared'
    | 'findPrepared'
    | 'requestTime'
    | 'sessionFor'
  >;
  epsTracker: TrackerLoaders;
  ers: ErsLoaders &
    BoundCalls<ErsClient, 'roleContext' | 'searchServices' | 'createReferral' | 'getSlots' | 'bookOrDefer' | 'availableActions' | 'downloadAttachment'>;
  bars: BoundCalls<BarsClient, 'getServiceRequest' | 'searchServiceRequests' | 'getAppointment' | 'searchAppointments' | 'searchSlots' | 'processMessage'>;
  /**
   * GP Connect (Access Record Structured, Access Document, Appointment Management): each call addressed to its practice
   * through SDS (addressing.ts), and the configured consumer (the booking organisation of appointments the graph books).
   */
  gpConnect: GpConnectLoaders & BoundCalls<AppointmentsClient, 'book' | 'readAppointment' | 'update'> & { consumer: GpConnectConsumer | undefined };
}

/**
 * This request's `ctx.nhs`: the process's clients, bound to the request's call context, with fresh loaders. Each API's
 * road is built when a resolver first reaches for it (a getter on the prototype, memoised on the instance), so a request
 * that reads one patient builds PDS's and ODS's loaders, not all ten APIs'. GP Connect's addressing shares this
 * request's PDS and SDS loaders.
 */
export function createNhs(sources: Sources, call: CallContext, settings: LoaderSettings): Nhs {
  return new RequestNhs(sources, call, settings);
}

/**
 * Drops the request's loaders (their caches hold every mapped answer) once its response is sent: see releaseContext in
 * src/context.ts for why. A road reached for again afterwards is built afresh.
 */
export function releaseNhs(nhs: Nhs): void {
  if (nhs instanceof RequestNhs) nhs.release();
}

class RequestNhs implements Nhs {
  private pdsLoaders: PdsLoaders | undefined;
  private sdsLoaders: SdsLoaders | undefined;
  private built: Partial<Nhs> = {};

  constructor(
    private readonly sources: Sources,
    private readonly call: CallContext,
    private readonly settings: LoaderSettings,
  ) {}

  release(): void {
    this.pdsLoaders = undefined;
    this.sdsLoaders = undefined;
    this.built = {};
  }

  private pdsOnly(): PdsLoaders {
    return (this.pdsLoaders ??= createPdsLoaders(this.sources.pds, this.call, this.settings));
  }

  get pds(): Nhs['pds'] {
    return (this.built.pds ??= { ...this.pdsOnly(), ...bindCalls(this.sources.pds, ['searchPatients', 'getPatient', 'patchPatient'], this.call) });
  }

  get ods(): Nhs['ods'] {
    const { sources, call, settings } = this;
    return (this.built.ods ??= {
      ...createOdsLoaders(sources.ods, call, settings),
      ...bindCalls(sources.ods, ['searchOrganisations', 'countOrganisations'], call),
    });
  }

  get sds(): SdsLoaders {
    return (this.sdsLoaders ??= createSdsLoaders(this.sources.sds, this.call, this.settings));
  }

  get content(): Nhs['content'] {
    const { sources, call, settings } = this;
    return (this.built.content ??= {
      ...createContentLoaders(sources.content, call, settings),
      pathFor: (kind, code) => healthContentPathFor(sources.content, kind, code, call),
      search: (section, text, first) => searchHealthContent(sources.content, section, text, first, call),
    });
  }

  get wlmds(): WlmdsLoaders {
    return (this.built.wlmds ??= createWlmdsLoaders(this.sources.wlmds, this.call, this.settings));
  }

  get eps(): Nhs['eps'] {
    return (this.built.eps ??= bindCalls(
      this.sources.eps,
      [
        'prepare',
        'processPrescribingMessage',
        'cancel',
        'release',
        'task',
        'dispenseNotification',
        'claim',
        'holdPrepared',
        'findPrepared',
        'requestTime',
        'sessionFor',
      ],
      this.call,
    ));
  }

  get epsTracker(): TrackerLoaders {
    return (this.built.epsTracker ??= createTrackerLoaders(this.sources.epsTracker, this.call, this.settings));
  }

  get ers(): Nhs['ers'] {
    const { sources, call, settings } = this;
    return (this.built.ers ??= {
      ...createErsLoaders(sources.ers, call, settings),
      ...bindCalls(sources.ers, ['roleContext', 'searchServices', 'createReferral', 'getSlots', 'bookOrDefer', 'availableActions', 'downloadAttachment'], call),
    });
  }

  get bars(): Nhs['bars'] {
    return (this.built.bars ??= bindCalls(
      this.sources.bars,
      ['getServiceRequest', 'searchServiceRequests', 'getAppointment', 'searchAppointments', 'searchSlots', 'processMessage'],
      this.call,
    ));
  }

  get gpConnect(): Nhs['gpConnect'] {
    const { sources, call, settings } = this;
    if (this.built.gpConnect) return this.built.gpConnect;
    const gpc: GpConnectSources = gpConnectForRequest(sources.gpc, createGpConnectAddresser({ pds: this.pdsOnly(), sds: this.sds }, call));
    return (this.built.gpConnect = {
      ...createGpConnectLoaders(gpc, call, settings),
      ...bindCalls(gpc.appointments, ['book', 'readAppointment', 'update'], call),
      consumer: gpc.consumer,
    });
  }
}
