import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

function tooLarge(limit: number, upload: boolean): GraphQLError {
  return new GraphQLError(
    upload
      ? `Request body too large: an upload may be at most ${limit} bytes with its multipart envelope.`
      : `Request body too large: at most ${limit} bytes (uploads go as multipart requests, with their own limit).`,
    { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } } },
  );
}

function invalidLength(): GraphQLError {
  return new GraphQLError("Content-Length header is invalid.", {
    extensions: { code: "BAD_REQUEST", http: { status: 400 } },
  });
}

/**
 * Bounds every request body: multipart uploads by `uploadLimit` (the largest CSV plus its envelope),
 * everything else by the much smaller `jsonLimit`, since a JSON body is read and parsed whole.
 * Replaces yoga's `maxRequestBodySize`, which can only have one limit and copies every body through
 * a counting stream. A body with a valid Content-Length is checked against it up front and needs no
 * counting (Node's HTTP parser reads exactly that many bytes); a chunked body is counted as it streams.
 */
export function bodyLimit(limits: { jsonLimit: number; uploadLimit: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!request.body) return;
      const upload =
        request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data") ?? false;
      const limit = upload ? limits.uploadLimit : limits.jsonLimit;
      const length = request.headers.get("content-length");
      if (length !== null) {
        // One non-negative integer only: comma-joined values are a request-smuggling pattern.
        if (!/^\d+$/.test(length)) throw invalidLength();
        if (Number(length) > limit) throw tooLarge(limit, upload);
        return;
      }
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser((req) => {
        let read = 0;
        // A native body stream needs the native TransformStream, a ponyfilled one the ponyfill's.
        const Transform = req.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
        const counted = req.body?.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > limit) controller.error(tooLarge(limit, upload));
              else controller.enqueue(chunk);
            },
          }),
        );
        const limited = new fetchAPI.Request(req.url, {
          method: req.method,
          headers: req.headers,
          signal: req.signal,
          body: counted ?? null,
          // Node's fetch needs this for a streamed body.
          duplex: "half",
        } as RequestInit);
        // A parser may wrap the stream's error in its own (multipart does): answer 413 all the same.
        return Promise.resolve(parse(limited)).catch((error: unknown) => {
          throw read > limit ? tooLarge(limit, upload) : error;
        });
      });
    },
  };
}
