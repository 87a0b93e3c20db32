// PostGraphile 5 with its amber preset over iocgraph's database (public schema), for bench:peer. Run by the
// Node 22 of .bench-cache/peer/ (bench/peer/install.ts copies this file there so its imports resolve).
// Listens on a free loopback port and prints {"port": N} once it serves.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { watch: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once("listening", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
await serv.addTo(server);
// Build the schema before listening, so the first timed request does not pay for introspection.
await pgl.getSchema();
server.listen(0, "127.0.0.1");

const stop = () => {
  server.close();
  pgl.release().finally(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
