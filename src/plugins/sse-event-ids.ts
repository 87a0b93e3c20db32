// Resumable SSE: every event of a live stream carries `id: <cursor>` (the change-log cursor its subscription's
// `since` takes), so a browser EventSource that reconnects sends it back as Last-Event-ID, and the stream
// resumes exactly as with `since` (src/live/subscriptions.ts reads it from the context).
import { isAsyncIterable, mapAsyncIterator, type Plugin } from "graphql-yoga";
import { EVENT_CURSOR } from "../live/cursor.js";

function wantsEventStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/event-stream");
}

export function useSseEventIds(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (!isAsyncIterable(result) || !wantsEventStream(request)) return;
      setResult(
        mapAsyncIterator(result, (value) => {
          const cursor: unknown = Reflect.get(value, EVENT_CURSOR);
          if (typeof cursor !== "string") return value;
          // Yoga's SSE writer sends `data: <stringify(result)>` then a blank line: the id line follows the data.
          return {
            ...value,
            stringify: (sanitized: unknown) => `${JSON.stringify(sanitized)}\nid: ${cursor}`,
          };
        }),
      );
    },
  };
}
