// Process entry: read config, build the app, serve; stop cleanly on SIGINT/SIGTERM.
import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";

export async function serve(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);
  const port = await app.start(config.port);
  console.log(`iocgraph serving http://${config.host}:${port}/graphql (database: ${app.database.kind})`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining and stopping`);
    app.stop().then(
      () => process.exit(0),
      (error) => {
        console.error("error while stopping", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();
