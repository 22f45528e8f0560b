/** Errors that mean the connection was lost, not that the statement was wrong. */
const CONNECTION_CODES = new Set([
  "CONNECTION_ENDED",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "57P01", // admin_shutdown: terminated by an administrator or a restart
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up
]);

/** A unique constraint refused the write (SQLSTATE 23505), whichever driver reported it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** A REPEATABLE READ or SERIALIZABLE transaction lost a race (or a deadlock was broken): try again. */
export function isSerializationFailure(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  const code = e?.code ?? e?.cause?.code;
  return code === "40001" || code === "40P01";
}

export function isConnectionError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs an idempotent database read again when its connection died under it (a database restart,
 * a cut connection). Each failure retires one dead pooled connection, so a pool may fail several
 * times in a row; retry with a short backoff until `budgetMs` is spent.
 */
export async function retryOnConnectionError<T>(fn: () => Promise<T>, budgetMs = 5_000): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let delay = 10; ; delay = Math.min(delay * 2, 500)) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() + delay > deadline || !isConnectionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
