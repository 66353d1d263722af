import { randomUUID } from 'node:crypto';
import { MemoryCache, type SharedCache } from '../../cache/index.js';
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
 * The prepared prescriptions, by an unguessable id (a UUID), each for 15 minutes: the create step sends exactly the
 * message whose digest was signed, never one rebuilt from input that may have changed. Kept in the graph's own store
 * (Redis when REDIS_URL is set, so the create may reach any replica; in this process otherwise, at most 5,000, the
 * oldest going first). A prepared message is personal data: it is never logged and is read back only by its preparer.
 * It stays until it expires, so a create retried after a lost answer sends the identical message again (with the same
 * X-Request-ID) and EPS applies it once.
 */
export class PreparedOrders {
  constructor(
    private readonly store: SharedCache = new MemoryCache(MAX_PREPARED),
    private readonly now: () => number = Date.now,
  ) {}

  /** Holds a prepared order; answers its id. */
  async hold(order: Omit<PreparedOrder, 'expiresAt'>): Promise<string> {
    const id = randomUUID();
    await this.store.set(`eps-prepared:${id}`, { ...order, expiresAt: this.now() + PREPARED_TTL_MS }, PREPARED_TTL_MS);
    return id;
  }

  /** The order prepared under `id` by this user, unexpired; undefined otherwise (another user's is not theirs to see). */
  async find(id: string, userId: string): Promise<PreparedOrder | undefined> {
    const order = await this.store.get<PreparedOrder>(`eps-prepared:${id.toLowerCase()}`);
    if (!order || order.expiresAt <= this.now()) return undefined;
    return order.userId === userId ? order : undefined;
  }
}
