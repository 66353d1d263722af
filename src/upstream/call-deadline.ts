/**
 * One upstream call's cancellation: its signal aborts when the call's deadline passes or when the graph request it
 * serves is cancelled (the client went away), whichever comes first; `end()` releases both as soon as the call is over.
 *
 * Why not `AbortSignal.any([AbortSignal.timeout(ms), parent])`: on Node 20 the timeout's timer (and with it the signal)
 * lives for the whole timeout after the call has ended, and `any` ties the composite to the parent for the parent's
 * life. At a few thousand calls a second that was tens of thousands of live signals and timers, all promoted to the old
 * space (measured: 14-36 µs and about 3 KB retained per call, against 2-4 µs and nothing retained here).
 *
 * A request's calls share one `abort` listener on its signal (`followers`), not one each: a request makes dozens of
 * calls (the full picture: 24), and past 10 listeners Node warns of a leak (MaxListenersExceededWarning) per request.
 */
export class CallDeadline {
  readonly signal: AbortSignal;
  private expired = false;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly parent: AbortSignal | undefined;

  constructor(ms: number, parent?: AbortSignal) {
    this.signal = this.controller.signal;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new DOMException(`The call did not finish within ${ms} ms`, 'TimeoutError'));
    }, ms);
    // Like AbortSignal.timeout: a pending deadline alone does not keep the process alive.
    this.timer.unref();
    if (parent?.aborted) this.controller.abort(parent.reason);
    else if (parent) {
      this.parent = parent;
      followersOf(parent).add(this);
    }
  }

  /** True when the signal aborted because the deadline passed (not because the request was cancelled). */
  get timedOut(): boolean {
    return this.expired;
  }

  /** The request was cancelled: the call is aborted with the request's reason. */
  cancel(reason: unknown): void {
    this.controller.abort(reason);
  }

  /** The call is over (answered, failed or aborted): the timer goes, and the request no longer cancels it. */
  end(): void {
    clearTimeout(this.timer);
    if (this.parent) followers.get(this.parent)?.delete(this);
  }
}

/** The calls in flight of each request's signal; the signal's one listener cancels them. */
const followers = new WeakMap<AbortSignal, Set<CallDeadline>>();

function followersOf(parent: AbortSignal): Set<CallDeadline> {
  let calls = followers.get(parent);
  if (!calls) {
    const inFlight = new Set<CallDeadline>();
    parent.addEventListener(
      'abort',
      () => {
        for (const call of inFlight) call.cancel(parent.reason);
        inFlight.clear();
      },
      { once: true },
    );
    followers.set(parent, inFlight);
    calls = inFlight;
  }
  return calls;
}
