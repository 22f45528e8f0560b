import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(
    `Request body too large: at most ${limit} bytes (uploads go as multipart requests, with their own limit).`,
    { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } } },
  );
}

/**
 * Bounds every request body that is not a multipart upload. Yoga's own `maxRequestBodySize` has to
 * fit the largest CSV upload, far more than any JSON operation needs, and a JSON body is read and
 * parsed whole. Checked against Content-Length up front and counted while streaming otherwise.
 */
export function jsonBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const type = request.headers.get("content-type")?.toLowerCase() ?? "";
      if (type.startsWith("multipart/form-data") || !request.body) return;
      const length = request.headers.get("content-length");
      if (length !== null && Number(length) > limit) throw tooLarge(limit);
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
              if (read > limit) controller.error(tooLarge(limit));
              else controller.enqueue(chunk);
            },
          }),
        );
        return parse(
          new fetchAPI.Request(req.url, {
            method: req.method,
            headers: req.headers,
            body: counted ?? null,
            // Node's fetch needs this for a streamed body.
            duplex: "half",
          } as RequestInit),
        );
      });
    },
  };
}
