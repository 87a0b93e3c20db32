// The real process: `iocgraph serve` migrates, serves on a port, and drains then exits 0 on SIGTERM.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { expect, it } from "vitest";
import { backend, freshPostgresDatabase } from "./helpers/app.js";

it("serves /graphql on its port and exits cleanly on SIGTERM", async () => {
  const database = backend === "postgres" ? await freshPostgresDatabase() : undefined;
  const child = spawn("node", ["bin/iocgraph.js", "serve"], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: database?.url ?? "memory://",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let output = "";
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(/serving http:\/\/[^:]+:(\d+)\/graphql/);
        if (match) resolve(Number(match[1]));
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ extractIocs(text: "hxxp://evil[.]com/x") { iocs { value } } }' }),
    });
    expect(await response.json()).toEqual({
      data: { extractIocs: { iocs: [{ value: "http://evil.com/x" }] } },
    });
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await database?.drop();
  }
});
