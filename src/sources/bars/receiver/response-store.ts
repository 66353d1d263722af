import { EventEmitter } from 'node:events';
import { broadcastOf, MemoryCache, type Broadcast, type Counters, type SharedCache } from '../../../cache/index.js';
import type { InboundResponse } from './inbound.js';

/** One receiver's response to a referral or booking, as stored: what `responses` and `barsResponses` show. */
export type StoredBarsResponse = InboundResponse & { receivedAt: string };

/** What responses are about: a referral (ServiceRequest id) or a booking (Appointment id). */
export type BarsThread = { serviceRequestId: string } | { appointmentId: string };

/** How long responses (and the ids of messages already taken) are kept: 30 days, then the receiver's own record stands. */
const KEEP_MS = 30 * 86_400_000;
/** The most responses one referral or booking may hold (a guard on a looping receiver, far above any real workflow). */
const MAX_PER_THREAD = 200;
/** The channel on which a replica tells the others it stored a response: `<thread key> <number>`, never the response. */
const CHANNEL = 'bars-responses';

/** A thread's key: the referral's id (as first stored), or `appointment/<id>` (ids never contain a slash). */
function keyOf(thread: BarsThread): string {
  return 'serviceRequestId' in thread ? thread.serviceRequestId : `appointment/${thread.appointmentId}`;
}

/** The threads a response belongs to: its referral, its booking, or both (a booking based on a referral). */
function threadsOf(response: StoredBarsResponse): string[] {
  const keys: string[] = [];
  if (response.serviceRequestId) keys.push(keyOf({ serviceRequestId: response.serviceRequestId }));
  if (response.appointmentId) keys.push(keyOf({ appointmentId: response.appointmentId }));
  return keys;
}

/**
 * Where the graph keeps the BaRS responses it receives: in the shared store (Redis when REDIS_URL is set, so every
 * replica sees what any one received; in this process otherwise), under the `bars-response:` namespace, never served
 * but through the access rules of `responses` and `barsResponses`. A message id is claimed with the store's atomic
 * counter, so a resent message (same Bundle id) is stored once even when two replicas receive it. Responses are numbered
 * per thread (the referral, and for a booking-response the booking too) by the same counter and read back in order.
 * With Redis, the replica that stores a response announces only where it is (thread and number) on a pub/sub channel;
 * every replica with an open subscription reads it from the store and tells its subscribers, so `barsResponses` hears
 * what any replica received. If the announcement cannot be sent (Redis unreachable), this replica's own subscribers are
 * told directly.
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

  /** Stores a response unless its message was taken before; true when it was new. Tells the subscribers to its threads. */
  async accept(response: StoredBarsResponse): Promise<boolean> {
    const claim = await this.store.increment(`bars-message:${response.messageId}`, KEEP_MS);
    if (claim.count !== 1) return false;
    for (const thread of threadsOf(response)) {
      const slot = await this.store.increment(`bars-responses:${thread}`, KEEP_MS);
      if (slot.count > MAX_PER_THREAD) continue;
      await this.store.set(`bars-response:${thread}:${slot.count}`, response, KEEP_MS);
      const announced = (await this.broadcast?.publish(CHANNEL, `${thread} ${slot.count}`)) ?? false;
      if (!announced) this.events.emit(thread, response);
    }
    return true;
  }

  /** The responses about a referral or booking, oldest first (empty when none came). */
  async responsesTo(thread: BarsThread): Promise<StoredBarsResponse[]> {
    const key = keyOf(thread);
    const found: StoredBarsResponse[] = [];
    for (let n = 1; n <= MAX_PER_THREAD; n++) {
      const response = await this.store.get<StoredBarsResponse>(`bars-response:${key}:${n}`);
      if (!response) break;
      found.push(response);
    }
    return found;
  }

  /**
   * Calls `listener` with each response about the referral or booking received from now on (by any replica, with
   * Redis); resolves with the unsubscribe once listening, so a response stored after that is heard.
   */
  async subscribe(thread: BarsThread, listener: (response: StoredBarsResponse) => void): Promise<() => void> {
    const key = keyOf(thread);
    this.events.on(key, listener);
    const broadcast = this.broadcast;
    if (broadcast) {
      this.listening ??= broadcast.listen(CHANNEL, (message) => void this.announced(message));
      await this.listening;
    }
    return () => this.events.off(key, listener);
  }

  /** A replica (this one included) stored a response: read it and tell this replica's subscribers to that thread. */
  private async announced(message: string): Promise<void> {
    const [key, number] = message.split(' ');
    if (!key || !number || this.events.listenerCount(key) === 0) return;
    const response = await this.store.get<StoredBarsResponse>(`bars-response:${key}:${number}`);
    if (response) this.events.emit(key, response);
  }
}
