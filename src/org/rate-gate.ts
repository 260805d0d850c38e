/**
 * One gate every request of an organisation scan passes, shared by all the
 * workers, so the scan stays inside GitHub's rate limits together:
 *
 * - After each answer it reads `x-ratelimit-remaining` / `x-ratelimit-reset`.
 *   When no more than `reserve` requests are left (one per worker in flight),
 *   the gate closes until the reset, instead of running into 403s.
 * - A rate-limited answer (primary: 403 or 429 with no requests left;
 *   secondary: 403/429 with `retry-after`, or GitHub's "secondary rate limit"
 *   message) closes it too, until the time the answer or GitHub's
 *   `GET /rate_limit` gives; secondary limits without a time wait a minute,
 *   doubling while they repeat, as GitHub's documentation asks.
 * - A wait longer than `maxWaitMs` stops the scan: every waiting and later
 *   request throws the same RateLimitStop, and the scan saves what it has
 *   finished so that a later run resumes (see state.ts).
 *
 * The clock and the sleep are the caller's, so tests run the waits without
 * spending them; all workers share one sleep per closing.
 */
import { LockgateError } from '../core/errors.js';

/** The scan stops for a rate limit whose reset is further away than it may wait. */
export class RateLimitStop extends LockgateError {
  /** When the limit resets, in ms since the epoch. */
  readonly resetAt: number;

  constructor(resetAt: number, why: string) {
    super('rate-limit', `${why}; it resets at ${new Date(resetAt).toISOString()}`);
    this.name = 'RateLimitStop';
    this.resetAt = resetAt;
  }
}

export interface RateGateOptions {
  /** Current time, ms since the epoch. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** The longest the scan waits for a limit to reset before stopping resumably. */
  maxWaitMs: number;
  /** Requests kept in hand: at or below this many left, the gate closes until the reset (default 0). */
  reserve?: number;
  /** Told when the gate closes: until when, and why. */
  onWait?: (until: number, why: string) => void;
}

/** The first wait for a secondary limit that names no time (GitHub: "wait at least one minute"). */
const SECONDARY_WAIT_MS = 60_000;

export class RateGate {
  /** Requests let through. */
  requests = 0;
  /** The limit's state as the last answer told it. */
  remaining: number | undefined;
  limit: number | undefined;
  private until = 0;
  private why = '';
  private pause: Promise<void> | undefined;
  private stop: RateLimitStop | undefined;
  private secondaryStreak = 0;

  constructor(private readonly options: RateGateOptions) {}

  /** The stop, once the scan has hit a limit it may not wait for. */
  get stopped(): RateLimitStop | undefined {
    return this.stop;
  }

  /** Waits while the gate is closed; throws the RateLimitStop once the scan must stop. */
  async enter(): Promise<void> {
    for (;;) {
      if (this.stop) throw this.stop;
      const wait = this.until - this.options.now();
      if (wait <= 0) {
        this.requests += 1;
        return;
      }
      if (wait > this.options.maxWaitMs) {
        this.stop = new RateLimitStop(this.until, this.why);
        throw this.stop;
      }
      this.pause ??= this.options.sleep(wait).finally(() => (this.pause = undefined));
      await this.pause;
    }
  }

  /** Reads the rate-limit headers of an answer. */
  observe(headers: Headers): void {
    const remaining = integerHeader(headers, 'x-ratelimit-remaining');
    const reset = integerHeader(headers, 'x-ratelimit-reset');
    const limit = integerHeader(headers, 'x-ratelimit-limit');
    if (limit !== undefined) this.limit = limit;
    if (remaining === undefined) return;
    this.remaining = remaining;
    this.secondaryStreak = 0;
    if (remaining <= (this.options.reserve ?? 0) && reset !== undefined) {
      this.close(reset * 1000, `${remaining} GitHub API request${remaining === 1 ? '' : 's'} left`);
    }
  }

  /**
   * A request was rate-limited. `primaryReset` (epoch seconds) when GitHub says
   * no requests are left, `retryAfterMs` when the answer named a wait.
   */
  limited(answer: { primaryReset?: number; retryAfterMs?: number }): void {
    const now = this.options.now();
    if (answer.primaryReset !== undefined) {
      this.remaining = 0;
      this.close(answer.primaryReset * 1000, 'the GitHub API rate limit is spent');
    } else if (answer.retryAfterMs !== undefined) {
      this.close(now + answer.retryAfterMs, 'GitHub asked to slow down (secondary rate limit)');
    } else {
      const wait = SECONDARY_WAIT_MS * 2 ** Math.min(this.secondaryStreak, 5);
      this.secondaryStreak += 1;
      this.close(now + wait, 'GitHub asked to slow down (secondary rate limit)');
    }
  }

  private close(until: number, why: string): void {
    // A second of margin: GitHub's reset is in whole seconds.
    const at = until + 1000;
    if (at <= this.until) return;
    this.until = at;
    this.why = why;
    this.options.onWait?.(at, why);
  }
}

function integerHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
