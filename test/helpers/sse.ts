// A GraphQL-over-SSE client (yoga's "distinct connections" mode): POST with Accept: text/event-stream, then
// `event: next` / `event: complete` frames. Results are pulled like the WebSocket helper's.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { resultQueue, type Subscription } from "./ws.js";

export function subscribeSse<R, V>(
  port: number,
  document: TypedDocumentNode<R, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Subscription<R> & {
  opened: Promise<Response>;
  /** Whether the server ended the stream with `event: complete` (a normal end). */
  readonly completed: boolean;
  /** The `id:` of every event received, in order (the cursors to resume from). */
  readonly ids: string[];
} {
  const queue = resultQueue<R>();
  const abort = new AbortController();
  let completed = false;
  const ids: string[] = [];
  const opened = fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query: print(document), variables }),
    signal: abort.signal,
  });
  (async () => {
    const response = await opened;
    if (!response.body) throw new Error(`no event stream (status ${response.status})`);
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = response.body.getReader();
    for (;;) {
      const { value: chunk, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(chunk, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = "message";
        const data: string[] = [];
        for (const line of frame.split("\n")) {
          if (line.startsWith("event:")) event = line.slice(6).trim();
          else if (line.startsWith("id:")) ids.push(line.slice(3).trim());
          else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
        }
        if (event === "complete") {
          completed = true;
          queue.end();
          return;
        }
        if (event === "next" && data.length) queue.push(JSON.parse(data.join("\n")) as ExecutionResult<R>);
      }
    }
    queue.end();
  })().catch((error) => {
    if (!abort.signal.aborted) queue.end(error);
    else queue.end();
  });
  return {
    opened,
    get completed() {
      return completed;
    },
    ids,
    next: queue.next,
    take: queue.take,
    ended: queue.ended,
    get pending() {
      return queue.pending;
    },
    unsubscribe: () => abort.abort(),
  };
}
