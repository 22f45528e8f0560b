import type { Caller } from "../context.ts";

/**
 * Remembers successful authentications for a few seconds, so a busy client does not cost a
 * database read per request. Only valid tokens are cached (a re-activated token works at once);
 * revocations evict at once through `evict`, which every process calls when the event bus reports
 * a revocation, and the TTL bounds how long a missed event could matter.
 */
export class TokenCache {
  private readonly entries = new Map<string, { caller: Caller; expires: number }>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string): Caller | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.expires < Date.now()) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.caller;
  }

  set(tokenHash: string, caller: Caller): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(tokenHash, { caller, expires: Date.now() + this.ttlMs });
  }

  /** Forgets a token (it was revoked). */
  evict(tokenId: string): void {
    for (const [hash, entry] of this.entries) if (entry.caller.tokenId === tokenId) this.entries.delete(hash);
  }

  /** Forgets everything (the bus reconnected, so revocations may have been missed). */
  clear(): void {
    this.entries.clear();
  }
}
