// A graceful stop within a deadline: no new connections; live streams end normally (SSE `complete`,
// graphql-ws `complete` then close 1001), so clients resume elsewhere with their cursor; running requests
// finish; then the long-lived parts close. Whatever hangs past the deadline is cut off, never waited for.
import type { Server } from "node:http";
import type { WebSocketServer } from "ws";
import type { Logger } from "./logger.js";

/** Resolves true when `work` settles before `deadline` (epoch ms), false when the deadline comes first. */
export async function beforeDeadline(work: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Stoppable {
  httpServer: Server;
  wsServer: WebSocketServer;
  /** graphql-ws' disposal: closes every socket with 1001 Going Away. */
  disposeWebSockets(): Promise<void>;
  /** The live hub: drain() ends its streams normally. */
  hub: { drain(): Promise<void> };
  /** The enrichment worker (finishes its job in hand). */
  stopWorker(): Promise<void>;
  log: Logger;
}

/** Stops serving within `graceMs`; the caller closes what the servers used (pubsub, database) after. */
export async function stopServing(parts: Stoppable, graceMs: number): Promise<void> {
  const { httpServer, wsServer, hub, log } = parts;
  const deadline = Date.now() + graceMs;
  const worker = parts.stopWorker();
  // No new connections from here on (a connection that is already open may still send a request).
  const closed = new Promise<void>((resolve) => {
    if (!httpServer.listening) resolve();
    else httpServer.close(() => resolve());
  });
  if (!(await beforeDeadline(hub.drain(), deadline))) log.warn("stop: live streams did not all end in time");
  if (!(await beforeDeadline(parts.disposeWebSockets(), deadline))) {
    log.warn("stop: WebSocket clients did not close in time; cutting them off");
    for (const client of wsServer.clients) client.terminate();
  }
  // Keep-alive connections close as soon as their request in flight has been answered.
  const idle = setInterval(() => httpServer.closeIdleConnections(), 25);
  httpServer.closeIdleConnections();
  const drained = await beforeDeadline(closed, deadline);
  clearInterval(idle);
  if (!drained) {
    log.warn("stop: requests still running at the deadline; closing their connections");
    httpServer.closeAllConnections();
  }
  if (!(await beforeDeadline(worker, deadline))) log.warn("stop: the enrichment worker did not stop in time");
}
