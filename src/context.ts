import type { Logger } from 'pino';
import type { Loaders, Sources } from './sources/index.js';
import type { CallContext } from './upstream/types.js';

/** Everything a resolver may use, built per request by the server. */
export interface Context {
  /** Our id for this graph request, also the default X-Correlation-ID. */
  requestId: string;
  /** What every upstream call of this request carries (correlation id, abort signal, caller token). */
  call: CallContext;
  sources: Sources;
  /** Per-request (and so per-principal) DataLoaders. */
  loaders: Loaders;
  logger: Logger;
  environment: string;
}
