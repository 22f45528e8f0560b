import { z } from "zod";

/** Every setting the gateway reads from its environment, validated once at start-up. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./.data"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GRAPHIQL: flag("true"),
  /**
   * Access log lines: `all` logs every request at info; `errors` (default) logs requests that
   * failed (status 400 or more) or took a second or more at info and the rest at debug; `off` never.
   */
  ACCESS_LOG: z.enum(["all", "errors", "off"]).default("errors"),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),

  // Abuse limits (see docs/reliability.md). A query over a limit is refused before anything runs.
  GRAPHQL_INTROSPECTION: flag("true"),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(1000).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(30),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(30),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(2_000),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(100_000),
  /** Operations per batched request; 0 turns batching off (a JSON array body is refused). */
  GRAPHQL_BATCH_LIMIT: z.coerce.number().int().min(0).max(1000).default(0),
  /** Largest request that is not a multipart upload (uploads are bounded by CSV_MAX_BYTES). */
  GRAPHQL_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(16 * 1024 * 1024),
  /** Comma-separated browser origins allowed to call the API cross-site, or `*`; unset: same-origin only. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => parseOrigins(v, ctx)),
  /** GraphQL operations per access token per minute in each process (token bucket); 0 = no limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(0),
  /** When set, `/metrics` needs `Authorization: Bearer <METRICS_TOKEN>`; unset, it is open like /healthz. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),

  // Cohorts
  MAX_MEMBERS_PER_MUTATION: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  CSV_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024 * 1024),
  CSV_MAX_ROWS: z.coerce.number().int().min(1).default(20_000_000),
  CSV_MAX_ERRORS: z.coerce.number().int().min(1).max(10_000).default(100),
  CSV_MAX_FIELD_BYTES: z.coerce.number().int().min(16).default(4096),
  CSV_MAX_COLUMNS: z.coerce.number().int().min(2).max(100_000).default(1000),
  AMPLITUDE_API_KEY: z.string().min(1).optional(),
  AMPLITUDE_SECRET_KEY: z.string().min(1).optional(),
  AMPLITUDE_BASE_URL: z.url().default("https://amplitude.com"),

  // Segments
  MAX_TARGETS_PER_MUTATION: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  LOOKUP_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  LOOKUP_CACHE_ENTRIES: z.coerce.number().int().min(1).max(10_000_000).default(10_000),

  // Sync engine
  SYNC_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
  SYNC_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  SYNC_RETRY_BASE_MS: z.coerce.number().int().min(0).default(5_000),
  SYNC_LEASE_MS: z.coerce.number().int().min(1_000).default(30_000),
  SYNC_POLL_MS: z.coerce.number().int().min(10).default(1_000),
  SYNC_BATCH_SIZE: z.coerce.number().int().min(100).max(1_000_000).default(50_000),
});

export type Config = z.infer<typeof ConfigSchema>;

function flag(fallback: "true" | "false") {
  return z
    .enum(["true", "false"])
    .default(fallback)
    .transform((v) => v === "true");
}

/** `https://a.example, https://b.example` → exact origins; `*` → any origin; empty → none. */
function parseOrigins(value: string | undefined, ctx: z.RefinementCtx): string[] {
  const origins = (value ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  for (const origin of origins) {
    if (origin === "*") continue;
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    // An origin is scheme, host and port only: a browser never sends a path or a trailing slash.
    if (!parsed || parsed.origin !== origin) {
      ctx.addIssue({
        code: "custom",
        message: `"${origin}" is not an origin like https://app.example.com (scheme, host, optional port)`,
      });
    }
  }
  return origins;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every invalid variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
