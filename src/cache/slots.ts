/** A slot taken, or how long until the first held one frees. */
export type SlotAnswer = { taken: true } | { taken: false; waitMs: number };

/**
 * Slots of an upstream's per-app rate limit held in a store every replica shares (Redis), so N replicas together send
 * no more than the limit. A slot is held while its call runs and for the limit's interval after it finished.
 */
export interface SharedSlots {
  /** Undefined when the store cannot answer now (Redis unreachable): the caller then limits in its own process. */
  takeSlot(key: string, limit: number, holdMs: number, id: string): Promise<SlotAnswer | undefined>;
  holdSlot(key: string, id: string, holdMs: number): Promise<void>;
}
