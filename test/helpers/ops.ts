// A real `iocgraph serve` process with one user made by the real CLI first, on a database of its own
// (a new PostgreSQL database, or an embedded one in a fresh DATA_DIR), for the operations tests.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { backend, freshPostgresDatabase } from "./app.js";
import { type ServerProcess, startServer } from "./processes.js";

const run = promisify(execFile);

export interface OpsServer {
  server: ServerProcess;
  apiKey: string;
  /** The environment the server runs with (the CLI may reuse it while the server is stopped). */
  env: Record<string, string>;
  /** Posts a GraphQL request; resolves to the response and its JSON body. */
  post(
    body: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ response: Response; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }>;
  cleanup(): Promise<void>;
}

export async function startOpsServer(env: Record<string, string> = {}): Promise<OpsServer> {
  const database = backend === "postgres" ? await freshPostgresDatabase() : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "iocgraph-ops-"));
  const base = { DATABASE_URL: database?.url ?? "", DATA_DIR: dataDir, LOG_LEVEL: "info", ...env };
  const { stdout } = await run(
    process.execPath,
    ["bin/iocgraph.js", "user", "create", "--name", "ops-user"],
    {
      env: { ...process.env, ...base, LOG_LEVEL: "silent" },
    },
  );
  const { apiKey } = JSON.parse(stdout) as { apiKey: string };
  const server = await startServer(base);
  const ops: OpsServer = {
    server,
    apiKey,
    env: base,
    async post(body, headers = {}) {
      const response = await fetch(`http://127.0.0.1:${ops.server.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
      return { response, body: await response.json() };
    },
    async cleanup() {
      await ops.server.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return ops;
}

/** Polls the server's log until a line matches; returns it (a readiness wait, not a timing assertion). */
export async function logLine(
  server: ServerProcess,
  match: (line: Record<string, unknown>) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = server.logs().find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no log line ${what} in:\n${server.stdout().join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
