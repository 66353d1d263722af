/** One window's count for a key, and how long until that window ends. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/**
 * Fixed-window counters (per-caller rate limits). `increment` adds one to the key's current window, starting a window of
 * `windowMs` when none is open, and says where the count stands.
 */
export interface Counters {
  increment(key: string, windowMs: number): Promise<WindowCount>;
}

/** Counters in this process's memory: each replica counts alone. Expired windows are swept as new ones open. */
export class MemoryCounters implements Counters {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private nextSweep = 0;

  constructor(
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.sweep(now);
      window = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  private sweep(now: number): void {
    if (now < this.nextSweep && this.windows.size < this.maxKeys) return;
    this.nextSweep = now + 1_000;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    // Still full of live windows: the oldest go (a caller then starts a fresh window: fails open, never shut out).
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
