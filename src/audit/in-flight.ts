/**
 * The writes a sink has handed on and not yet seen settle, so that `flush()` can wait for every one of them (a
 * shutdown must not exit while an audit record is still on its way).
 */
export class InFlightWrites {
  private readonly pending = new Set<Promise<void>>();

  /** Follows a write until it settles, and returns it unchanged. */
  track(write: Promise<void>): Promise<void> {
    const settled = write.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
    return write;
  }

  /** Resolves once every write tracked so far, and any tracked meanwhile, has settled. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
