import { EventEmitter } from 'node:events';
import { broadcastOf, MemoryCache, type Broadcast, type Counters, type SharedCache } from '../../../cache/index.js';
import type { InboundResponse } from './inbound.js';

/** One receiver's response to a referral or booking, as stored: what `BarsServiceRequest.responses` and `barsResponses` show. */
export type StoredBarsResponse = InboundResponse & { receivedAt: string };

/** How long responses (and the ids of messages already taken) are kept: 30 days, then the receiver's own record stands. */
const KEEP_MS = 30 * 86_400_000;
/** The most responses one referral may hold (a guard on a looping receiver, far above any real workflow). */
const MAX_PER_REQUEST = 200;
/** The channel on which a replica tells the others it stored a response: `<serviceRequestId> <number>`, never the response. */
const CHANNEL = 'bars-responses';

/**
 * Where the graph keeps the BaRS responses it receives: in the shared store (Redis when REDIS_URL is set, so every
 * replica sees what any one received; in this process otherwise), under the `bars-response:` namespace, never served
 * but through the access rules of `BarsServiceRequest.responses` and `barsResponses`. A message id is claimed with
 * the store's atomic counter, so a resent message (same Bundle id) is stored once even when two replicas receive it.
 * Responses are numbered per referral by the same counter and read back in order. With Redis, the replica that stores a
 * response announces only where it is (referral id and number) on a pub/sub channel; every replica with an open
 * subscription reads it from the store and tells its subscribers, so `barsResponses` hears what any replica received.
 * If the announcement cannot be sent (Redis unreachable), this replica's own subscribers are told directly.
 */
export class BarsResponseStore {
  private readonly events = new EventEmitter();
  private readonly broadcast: Broadcast | undefined;
  /** Listening to the other replicas' announcements: started by the first subscription, kept for the process's life. */
  private listening: Promise<unknown> | undefined;

  constructor(private readonly store: SharedCache & Counters = new MemoryCache()) {
    // One listener per open subscription.
    this.events.setMaxListeners(0);
    this.broadcast = broadcastOf(store);
  }

  /** Stores a response unless its message was taken before; true when it was new. Tells this replica's subscribers. */
  async accept(response: StoredBarsResponse): Promise<boolean> {
    const claim = await this.store.increment(`bars-message:${response.messageId}`, KEEP_MS);
    if (claim.count !== 1) return false;
    const slot = await this.store.increment(`bars-responses:${response.serviceRequestId}`, KEEP_MS);
    if (slot.count > MAX_PER_REQUEST) return true;
    await this.store.set(`bars-response:${response.serviceRequestId}:${slot.count}`, response, KEEP_MS);
    const announced = (await this.broadcast?.publish(CHANNEL, `${response.serviceRequestId} ${slot.count}`)) ?? false;
    if (!announced) this.events.emit(response.serviceRequestId, response);
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

  /**
   * Calls `listener` with each response to the referral received from now on (by any replica, with Redis); resolves
   * with the unsubscribe once listening, so a response stored after that is heard.
   */
  async subscribe(serviceRequestId: string, listener: (response: StoredBarsResponse) => void): Promise<() => void> {
    this.events.on(serviceRequestId, listener);
    const broadcast = this.broadcast;
    if (broadcast) {
      this.listening ??= broadcast.listen(CHANNEL, (message) => void this.announced(message));
      await this.listening;
    }
    return () => this.events.off(serviceRequestId, listener);
  }

  /** Another replica (or this one) stored a response: read it and tell this replica's subscribers to that referral. */
  private async announced(message: string): Promise<void> {
    const [serviceRequestId, number] = message.split(' ');
    if (!serviceRequestId || !number || this.events.listenerCount(serviceRequestId) === 0) return;
    const response = await this.store.get<StoredBarsResponse>(`bars-response:${serviceRequestId}:${number}`);
    if (response) this.events.emit(serviceRequestId, response);
  }
}
