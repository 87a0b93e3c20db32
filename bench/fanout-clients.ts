// One client process of bench:fanout (bench/fanout.ts forks several, each under a raised RLIMIT_NOFILE):
// opens its share of WebSockets, one graphql-transport-ws subscription on each, and notes for every `next`
// message the time it arrived. The protocol is spoken by hand over `ws` — connection_init, subscribe, next —
// so that the receipt time is taken in the first JavaScript that sees the frame and the client spends as
// little of the shared cores as a subscriber can; to the server it is an ordinary graphql-ws client.
//
// IPC with the parent: it sends { start }, this process answers { connected }, then { count } as events
// arrive (at most every 20 ms), and on { report } the receipt times per event and its event-loop delay.
import { monitorEventLoopDelay } from "node:perf_hooks";
import WebSocket from "ws";

interface Start {
  start: true;
  urls: string[];
  query: string;
  variables: Record<string, unknown>;
  /** Subscriptions per socket. */
  perSocket: number;
}

type FromParent = Start | { report: true } | { close: true };

const send = (message: unknown) => process.send?.(message);
/** Per event cursor: receipt times (epoch ms), one per subscriber, and the change's log time. */
const receipts = new Map<string, number[]>();
const committed = new Map<string, number>();
const sockets: WebSocket[] = [];
let count = 0;
let reported = 0;
let errors = 0;
const delay = monitorEventLoopDelay({ resolution: 5 });

function countSoon(): void {
  if (reported === count) return;
  reported = count;
  send({ count });
}
setInterval(countSoon, 20).unref();

function open(url: string, start: Start): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, "graphql-transport-ws");
    sockets.push(socket);
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: {} })));
    socket.on("error", reject);
    socket.on("message", (data: Buffer) => {
      const now = Date.now();
      const text = data.toString();
      // The cursor and commit time sit in the payload; a full parse only for what is not a plain event.
      const message = JSON.parse(text) as {
        type: string;
        payload?: { data?: { collectionUpdated?: { cursor: string; at: string } }; errors?: unknown };
      };
      if (message.type === "connection_ack") {
        for (let i = 1; i <= start.perSocket; i++) {
          const payload = { query: start.query, variables: start.variables };
          socket.send(JSON.stringify({ id: String(i), type: "subscribe", payload }));
        }
        resolve();
        return;
      }
      if (message.type === "ping") {
        socket.send(JSON.stringify({ type: "pong" }));
        return;
      }
      const event = message.payload?.data?.collectionUpdated;
      if (message.type !== "next" || !event) {
        errors++;
        if (errors <= 3) console.error("unexpected message", text.slice(0, 300));
        return;
      }
      let times = receipts.get(event.cursor);
      if (!times) {
        times = [];
        receipts.set(event.cursor, times);
        committed.set(event.cursor, Date.parse(event.at));
      }
      times.push(now);
      count++;
    });
  });
}

process.on("message", async (message: FromParent) => {
  if ("start" in message) {
    // Waves: thousands of handshakes at once on a busy machine miss graphql-ws' connection-init window.
    for (let i = 0; i < message.urls.length; i += 100) {
      await Promise.all(message.urls.slice(i, i + 100).map((url) => open(url, message)));
    }
    delay.enable();
    send({ connected: message.urls.length * message.perSocket });
  } else if ("report" in message) {
    countSoon();
    send({
      receipts: Object.fromEntries(receipts),
      at: Object.fromEntries(committed),
      errors,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
      loopDelayMaxMs: delay.max / 1e6,
    });
    receipts.clear();
    committed.clear();
    delay.reset();
  } else {
    for (const socket of sockets) socket.terminate();
    process.exit(0);
  }
});
