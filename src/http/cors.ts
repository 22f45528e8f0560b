import type { IncomingMessage } from "node:http";
import type { CORSOptions } from "graphql-yoga";
import type { Config } from "../config.ts";

/** Headers a browser client may send cross-site: auth, JSON, and the CSRF-prevention headers. */
const ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "x-request-id",
  "x-graphql-yoga-csrf",
  "apollo-require-preflight",
];

/**
 * CORS for yoga. With no `CORS_ORIGINS` no CORS header is ever sent, so browsers allow only pages
 * served by the gateway itself (GraphiQL). Listed origins (or `*` for any) get exactly their own
 * origin back, never credentials: the API authenticates with bearer tokens, not cookies.
 */
export function corsOptions(config: Config): false | ((request: Request) => CORSOptions | false) {
  if (config.CORS_ORIGINS.length === 0) return false;
  return (request) => {
    const origin = request.headers.get("origin");
    if (!origin || !originListed(config, origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: ["x-request-id", "retry-after"],
      maxAge: 600,
    };
  };
}

function originListed(config: Config, origin: string): boolean {
  return config.CORS_ORIGINS.includes("*") || config.CORS_ORIGINS.includes(origin);
}

/**
 * Whether a WebSocket upgrade may proceed. Browsers send `Origin` on WebSocket handshakes but do not
 * apply CORS to them, so the same rule is checked here: same-origin pages and listed origins only.
 * Non-browser clients send no Origin and are judged by their token alone.
 */
export function webSocketOriginAllowed(config: Config, req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (originListed(config, origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
