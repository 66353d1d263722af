/**
 * Short notices every replica hears (Redis pub/sub): what a replica's subscribers need to learn that another replica
 * stored something. A notice names where to read; it never carries the data itself.
 */
export interface Broadcast {
  /** Sends `message` on `channel` to every replica listening (this one included); false when it could not be sent. */
  publish(channel: string, message: string): Promise<boolean>;
  /** Calls `listener` with each message on `channel` from now on; resolves once listening, with the stop function. */
  listen(channel: string, listener: (message: string) => void): Promise<() => void>;
}

/** The store's broadcast when it has one (Redis), else undefined: each replica then hears only itself. */
export function broadcastOf(store: object): Broadcast | undefined {
  const candidate = store as Partial<Broadcast>;
  return typeof candidate.publish === 'function' && typeof candidate.listen === 'function' ? (candidate as Broadcast) : undefined;
}
