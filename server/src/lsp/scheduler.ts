/**
 * When to analyse a changed document. A keystroke after a pause is analysed at once (within a frame);
 * a burst of changes — a paste, an undo of many edits, a client replaying edits — is coalesced: after
 * the first, the analysis waits until the changes pause, so only the newest version is analysed and
 * requests on other documents are answered in between. A burst that never pauses is still analysed
 * every `maxWaitMs`.
 */

export interface SchedulerTimings {
  /** Changes closer together than this belong to one burst. */
  readonly quietMs: number;
  /** The longest a burst may hold back an analysis. */
  readonly maxWaitMs: number;
}

export const DEFAULT_TIMINGS: SchedulerTimings = { quietMs: 30, maxWaitMs: 250 };

interface Pending {
  timer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate>;
  immediate: boolean;
  /** When the first change of this wait came in. */
  readonly since: number;
}

export class CoalescingScheduler {
  private readonly pending = new Map<string, Pending>();
  /** When each document was last analysed. */
  private readonly lastRun = new Map<string, number>();

  constructor(private readonly run: (uri: string) => void, private readonly timings: SchedulerTimings = DEFAULT_TIMINGS,
    private readonly now: () => number = () => performance.now()) {}

  /** A change came in: analyse now after a pause, or once the burst it belongs to pauses. */
  schedule(uri: string): void {
    const time = this.now();
    const waiting = this.pending.get(uri);
    if (waiting?.immediate) return;
    if (waiting) {
      clearTimeout(waiting.timer as ReturnType<typeof setTimeout>);
      const left = Math.max(0, Math.min(this.timings.quietMs, waiting.since + this.timings.maxWaitMs - time));
      waiting.timer = setTimeout(() => this.fire(uri), left);
      return;
    }
    const last = this.lastRun.get(uri);
    if (last === undefined || time - last >= this.timings.quietMs) {
      this.pending.set(uri, { timer: setImmediate(() => this.fire(uri)), immediate: true, since: time });
    } else {
      this.pending.set(uri, { timer: setTimeout(() => this.fire(uri), this.timings.quietMs), immediate: false, since: time });
    }
  }

  /** Whether an analysis of the document is still to come (a result computed now would be superseded). */
  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  /** The document was closed: nothing more to analyse. */
  cancel(uri: string): void {
    const waiting = this.pending.get(uri);
    if (waiting) {
      if (waiting.immediate) clearImmediate(waiting.timer as ReturnType<typeof setImmediate>);
      else clearTimeout(waiting.timer as ReturnType<typeof setTimeout>);
    }
    this.pending.delete(uri);
    this.lastRun.delete(uri);
  }

  private fire(uri: string): void {
    this.pending.delete(uri);
    this.lastRun.set(uri, this.now());
    this.run(uri);
  }
}
