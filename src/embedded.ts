// The embedded database (PGlite) on a thread of its own. PGlite runs PostgreSQL compiled to WebAssembly; on the
// main thread each statement would block the event loop for as long as it runs (a 100,000-IoC import stalled
// /healthz for half a minute). The worker (src/pglite-worker.mjs) serves it over the PostgreSQL wire protocol
// on a Unix socket in a private temporary directory (mode 0700: no other user can connect), so the main
// thread reaches it through `pg` and @prisma/adapter-pg, the same code path as a PostgreSQL server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Logger } from "./ops/logger.js";

export interface EmbeddedServer {
  /** The directory of the socket: `pg`'s `host` (its socket file is `.s.PGSQL.<port>` in it). */
  socketDir: string;
  port: number;
  /** Resolves once the database is open and the socket listens; rejects if it cannot open. */
  ready: Promise<void>;
  /** Closes the database (flushing it to its directory) and ends the thread. */
  stop(): Promise<void>;
}

const PORT = 5432;

/** Starts PGlite on a worker thread: persisted in `dataDir`, or in memory when it is undefined. */
export function startEmbedded(dataDir: string | undefined, log: Logger): EmbeddedServer {
  const socketDir = mkdtempSync(join(tmpdir(), "iocgraph-pglite-"));
  const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), {
    workerData: { dataDir, socketPath: join(socketDir, `.s.PGSQL.${PORT}`) },
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    worker.once("exit", (code) => {
      exited = true;
      rmSync(socketDir, { recursive: true, force: true });
      if (code !== 0) log.error({ code }, "the embedded database thread exited");
      resolve();
    });
  });
  worker.on("error", (error) => log.error({ err: error }, "the embedded database thread failed"));
  const ready = new Promise<void>((resolve, reject) => {
    worker.once("message", (message: { ready?: true; error?: string }) => {
      if (message.ready) resolve();
      else reject(new Error(`the embedded database did not open: ${message.error}`));
    });
    exit.then(() => reject(new Error("the embedded database thread exited before it was ready")));
  });
  // Rejections surface on the first statement; an unobserved one must not crash the process meanwhile.
  ready.catch(() => {});
  return {
    socketDir,
    port: PORT,
    ready,
    async stop() {
      if (exited) return;
      const opened = await ready.then(
        () => true,
        () => false,
      );
      if (opened) worker.postMessage("close");
      else await worker.terminate();
      await exit;
    },
  };
}
