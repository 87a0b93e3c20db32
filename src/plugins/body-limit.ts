// Caps the bytes of a request's body (MAX_REQUEST_BYTES): 413 with REQUEST_ENTITY_TOO_LARGE beyond it, 400 for
// a Content-Length that is not one plain number. It replaces yoga's own cap, which streams every body through a
// TransformStream (a pipeline, an AbortController and a DOMException per request: ~15% of a small query's
// CPU). A declared length needs no watching: Node's HTTP parser reads exactly Content-Length bytes and refuses
// a request that also says Transfer-Encoding. Only a body without one (chunked) is counted as it arrives.
import { createGraphQLError, type FetchAPI, type Plugin } from "graphql-yoga";

const PLAIN_LENGTH = /^\d+$/;

function tooLarge(maxBytes: number) {
  return createGraphQLError(`The request body is larger than the ${maxBytes} bytes this server accepts.`, {
    extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } },
  });
}

/** The request with its body counted as it is read, failing once it passes `maxBytes`. */
function counted(request: Request, body: ReadableStream, maxBytes: number, fetchAPI: FetchAPI) {
  let bytes = 0;
  // A native stream pipes only into a native TransformStream; whatwg-node's ponyfill into its own.
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) controller.error(tooLarge(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: "half",
  } as RequestInit);
}

export function useRequestBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared !== null) {
        if (!PLAIN_LENGTH.test(declared)) {
          throw createGraphQLError("The Content-Length header must be one non-negative integer.", {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          });
        }
        if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
        return;
      }
      if (!request.body || !requestParser) return;
      setRequestParser((req) => requestParser(req.body ? counted(req, req.body, maxBytes, fetchAPI) : req));
    },
  };
}
