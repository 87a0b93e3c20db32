// Process entry: read config, build the app, serve; stop gracefully on SIGINT/SIGTERM, within
// SHUTDOWN_TIMEOUT_SECONDS whatever happens.
import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./ops/logger.js";

export async function serve(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const app = await buildApp(config, { log });
  const port = await app.start(config.port);
  const url = `http://${config.host}:${port}/graphql`;
  log.info(
    { url, port, database: app.database.kind },
    `iocgraph serving ${url} (database: ${app.database.kind})`,
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const timeoutMs = config.shutdownTimeoutMs ?? 10_000;
    const started = performance.now();
    log.info({ signal, timeoutMs }, "stopping: ending live streams, finishing requests");
    // The hard limit: whatever still hangs (a stuck socket, a slow database) does not keep the process.
    setTimeout(() => {
      log.error({ timeoutMs }, "stop did not finish in time; exiting");
      process.exit(1);
    }, timeoutMs).unref();
    // Leave a margin after the grace period for pubsub and the database to close.
    const graceMs = Math.max(timeoutMs - 1000, timeoutMs / 2);
    app.stop({ graceMs }).then(
      () => {
        log.info({ durationMs: Math.round(performance.now() - started) }, "stopped");
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();
