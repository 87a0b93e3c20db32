// The embedded database's thread: PGlite (PostgreSQL compiled to WebAssembly) runs here, off the main
// thread, served over the PostgreSQL wire protocol on a Unix socket in a private directory, so the main
// thread reaches it through `pg` and @prisma/adapter-pg exactly as it reaches a PostgreSQL server, and a
// long statement never stalls the event loop (src/db.ts starts this worker). Plain JavaScript: a worker
// thread does not go through the TypeScript loader of the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** @type {{ dataDir: string | undefined, socketPath: string }} */
const { dataDir, socketPath } = workerData;

try {
  // pg_trgm backs IoC value search (the trigram index of the ioc_search migration), as on a server.
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  // Several sockets may be open for a moment while the pool replaces a broken connection; the pool itself
  // uses one (PGlite is one session: statements of two connections must never interleave).
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 8 });
  await server.start();
  parentPort?.on("message", async (message) => {
    if (message !== "close") return;
    await server.stop();
    await db.close();
    parentPort?.postMessage({ closed: true });
    parentPort?.close();
  });
  parentPort?.postMessage({ ready: true });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
