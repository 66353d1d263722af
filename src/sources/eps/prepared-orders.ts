import { randomUUID } from 'node:crypto';
import type { MessageBundle } from './wire.js';

/** How long a prepared prescription waits for its signature: a smartcard signing takes seconds, not minutes. */
const PREPARED_TTL_MS = 15 * 60_000;
/** Prepared prescriptions held at most; the oldest go first beyond it. */
const MAX_PREPARED = 5_000;

/** A prescription-order message $prepare digested, waiting for the prescriber's signature. */
export interface PreparedOrder {
  /** Who prepared it (the CIS2 user): only they may sign it off. */
  userId: string;
  nhsNumber: string;
  prescriptionId: string;
  bundle: MessageBundle;
  /** The SignedInfo $prepare returned (base64), the timestamp in it and the algorithm EPS expects. */
  digest: string;
  timestamp: string;
  expiresAt: number;
}

/**
 * The prepared prescriptions of this process, by an unguessable id (a UUID), each for 15 minutes: the create step
 * sends exactly the message whose digest was signed, never one rebuilt from input that may have changed. In memory:
 * with several replicas, the create must reach the replica that prepared (sticky sessions), else it is refused
 * PREPARED_PRESCRIPTION_NOT_FOUND and the app prepares again. A prepared message is personal data: it never leaves
 * this process. It stays until it expires, so a create retried after a lost answer sends the identical message again
 * (with the same X-Request-ID) and EPS applies it once.
 */
export class PreparedOrders {
  private readonly orders = new Map<string, PreparedOrder>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Holds a prepared order; answers its id. */
  hold(order: Omit<PreparedOrder, 'expiresAt'>): string {
    const id = randomUUID();
    this.orders.set(id, { ...order, expiresAt: this.now() + PREPARED_TTL_MS });
    while (this.orders.size > MAX_PREPARED) this.orders.delete(this.orders.keys().next().value as string);
    return id;
  }

  /** The order prepared under `id` by this user, unexpired; undefined otherwise (another user's is not theirs to see). */
  find(id: string, userId: string): PreparedOrder | undefined {
    const order = this.orders.get(id.toLowerCase());
    if (!order) return undefined;
    if (order.expiresAt <= this.now()) {
      this.orders.delete(id.toLowerCase());
      return undefined;
    }
    return order.userId === userId ? order : undefined;
  }
}
