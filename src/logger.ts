import pino, { type DestinationStream, type Logger } from "pino";

/** The shape of secrets this gateway generates (see domain/tokens.ts `generateSecret`). */
const GENERATED_SECRET = /csg_[A-Za-z0-9_-]{32}/g;

/** JSON logs on stdout, or on `destination` (tests pass an in-memory stream to inspect them). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: "cohort-sync-gateway" },
    // Belt and braces: secrets never reach a log line even if someone logs a whole request or row.
    redact: {
      paths: [
        "authorization",
        "*.authorization",
        "headers.authorization",
        "secret",
        "*.secret",
        "tokenHash",
        "*.tokenHash",
        "token_hash",
        "*.token_hash",
      ],
      censor: "[redacted]",
    },
    // Catches a generated secret anywhere else, e.g. inside an error message. The replacement has no
    // quote or backslash, so the line stays valid JSON.
    hooks: { streamWrite: (line) => line.replace(GENERATED_SECRET, "[redacted]") },
  };
  return destination ? pino(options, destination) : pino(options);
}
