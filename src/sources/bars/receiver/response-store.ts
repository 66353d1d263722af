import { EventEmitter } from 'node:events';
import type { Counters, SharedCache } from '../../../cache/index.js';
import { MemoryCache } from '../../../cache/index.js';
import type { InboundResponse } from './inbound.js';

/** One receiver's response to a referral or booking, as stored: what `BarsServiceRequest.responses` and `barsResponses` show. */
export type StoredBarsResponse = InboundResponse & { receivedAt: string };

/** How long responses (and the ids of messages already taken) are kept: 30 days, then the receiver's own record stands. */
const KEEP_MS = 30 * 86_400_000;
/** The most responses one referral may hold (a guard on a looping receiver, far above any real workflow). */
const MAX_PER_REQUEST = 200;

/**
 * Where the graph keeps the BaRS responses it receives: in the shared store (Redis when REDIS_URL is set, so every
 * replica sees what any one received; in this process otherwise), under the `bars-response:` namespace, never served
 * but through the access rules of `BarsServiceRequest.responses` and `barsResponses`. A message id is claimed with
 * the store's atomic counter, so a resent message (same Bundle id) is stored once even when two replicas receive it.
 * Responses are numbered per referral by the same counter and read back in order.
 */
export class BarsResponseStore {
  private readonly events = new EventEmitter();

  constructor(private readonly store: SharedCache & Counters = new MemoryCache()) {
    // One listener per open subscription.
    this.events.setMaxListeners(0);
  }

  /** Stores a response unless its message was taken before; true when it was new. Tells this replica's subscribers. */
  async accept(response: StoredBarsResponse): Promise<boolean> {
    const claim = await this.store.increment(`bars-message:${response.messageId}`, KEEP_MS);
    if (claim.count !== 1) return false;
    const slot = await this.store.increment(`bars-responses:${response.serviceRequestId}`, KEEP_MS);
    if (slot.count > MAX_PER_REQUEST) return true;
    await this.store.set(`bars-response:${response.serviceRequestId}:${slot.count}`, response, KEEP_MS);
    this.events.emit(response.serviceRequestId, response);
    return true;
  }

  /** The responses to a referral, oldest first (empty when none came). */
  async responsesTo(serviceRequestId: string): Promise<StoredBarsResponse[]> {
    const found: StoredBarsResponse[] = [];
    for (let n = 1; n <= MAX_PER_REQUEST; n++) {
      const response = await this.store.get<StoredBarsResponse>(`bars-response:${serviceRequestId}:${n}`);
      if (!response) break;
      found.push(response);
    }
    return found;
  }

  /** Calls `listener` with each response to the referral this replica receives from now on; returns the unsubscribe. */
  subscribe(serviceRequestId: string, listener: (response: StoredBarsResponse) => void): () => void {
    this.events.on(serviceRequestId, listener);
    return () => this.events.off(serviceRequestId, listener);
  }
}
