import pino, { type Logger } from "pino";

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "cohort-sync-gateway" },
    // Belt and braces: secrets never reach a log line even if someone logs a whole request.
    redact: {
      paths: [
        "authorization",
        "*.authorization",
        "headers.authorization",
        "secret",
        "*.secret",
        "tokenHash",
        "*.tokenHash",
      ],
      censor: "[redacted]",
    },
  });
}
