import { GraphQLError } from "graphql";

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Past this many tracked tokens, buckets that have refilled completely are forgotten. */
const SWEEP_ABOVE = 10_000;

/**
 * A token bucket per access token, in this process only: `perMinute` operations a minute on
 * average, with bursts of up to `perMinute` at once. Several gateway processes each allow the full
 * rate, which keeps the check free of database round trips on every request.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  /** Takes one operation from the key's bucket, or says how long until one is available. */
  take(key: string): RateDecision {
    if (!this.enabled) return { ok: true };
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, updatedAt: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= SWEEP_ABOVE) this.sweep(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/** The refusal clients see: HTTP 429 with Retry-After, and a GraphQL error coded RATE_LIMITED. */
export function rateLimitedError(retryAfterSeconds: number, perMinute: number): GraphQLError {
  return new GraphQLError(
    `Rate limit exceeded: this access token may make ${perMinute} requests a minute. Retry in ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: "RATE_LIMITED",
        retryAfterSeconds,
        http: { status: 429, headers: { "retry-after": String(retryAfterSeconds) } },
      },
    },
  );
}
