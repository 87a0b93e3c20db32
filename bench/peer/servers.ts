// The two servers of bench:peer as child processes on free loopback ports: iocgraph as deployed
// (`iocgraph serve`, i.e. buildApp, via test/helpers/processes.ts) and PostGraphile 5 under Node 22.
import { spawn } from "node:child_process";
import { type ServerProcess, startServer, stopChild } from "../../test/helpers/processes.js";
import type { Peer } from "./install.js";

/** What bench:peer needs of a running server. */
export type Running = Pick<ServerProcess, "port" | "pid" | "stop">;

/** iocgraph for reads only: no enrichment worker or sweep, no Redis, no rate limits, production mode. */
export const iocgraphEnv = (databaseUrl: string, correlationCap: number) => ({
  DATABASE_URL: databaseUrl,
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
  REDIS_URL: "",
  ENRICHMENT_PROVIDER: "none",
  ENRICHMENT_WORKER: "off",
  ENRICHMENT_SWEEP_MINUTES: "0",
  CORRELATION_MAX_COLLECTIONS: String(correlationCap),
  RATE_LIMIT_PER_MINUTE: "0",
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: "0",
});

/** iocgraph as above; `extra` adds settings (the response cache's TTL, for its separate figure). */
export const startIocgraph = (
  databaseUrl: string,
  correlationCap: number,
  extra: Record<string, string> = {},
) => startServer({ ...iocgraphEnv(databaseUrl, correlationCap), ...extra });

/** PostGraphile (amber preset, public schema) over `databaseUrl`; resolves once it serves. */
export async function startPostgraphile(peer: Peer, databaseUrl: string): Promise<Running> {
  const child = spawn(peer.node, [peer.script], {
    // Throughput is compared here: autocannon from one address would spend any rate-limit budget.
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      RATE_LIMIT_PER_MINUTE: "0",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/\{"port":(\d+)\}/);
      if (match) resolve(Number(match[1]));
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`PostGraphile exited (${code}) before listening:\n${output}`)),
    );
  });
  return {
    port,
    pid: child.pid as number,
    stop: () => stopChild(child),
  };
}
