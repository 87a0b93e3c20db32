// Real processes for multi-instance tests and benchmarks: iocgraph servers (`iocgraph serve`, as deployed)
// and throwaway Redis servers on free loopback ports. Each is stopped by its own process id.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface ServerProcess {
  port: number;
  pid: number;
  child: ChildProcess;
  /** Everything the server wrote to stdout so far, line by line (its JSON log lines). */
  stdout(): string[];
  /** The JSON log lines so far, parsed. */
  logs(): Record<string, unknown>[];
  /** Resident memory of the server process, in bytes (Linux /proc). */
  rss(): Promise<number>;
  stop(): Promise<void>;
}

/** Stops a child with SIGTERM (SIGKILL after 10 s) and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts `node bin/iocgraph.js serve` on a free port with `env` added; resolves once `/healthz` answers
 * (whatever LOG_LEVEL says, so the port is chosen here rather than read from a log line).
 */
export async function startServer(
  env: Record<string, string>,
  /** Options for node itself, e.g. `--cpu-prof` (which NODE_OPTIONS refuses). */
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [...nodeArgs, "bin/iocgraph.js", "serve"], {
    cwd: root,
    env: { ...process.env, HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`server exited (${child.exitCode}) before listening:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not answer /healthz:\n${output}`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const lines = () => stdout.split("\n").filter((line) => line.trim() !== "");
  return {
    port,
    pid: child.pid as number,
    child,
    stdout: lines,
    logs: () => lines().map((line) => JSON.parse(line) as Record<string, unknown>),
    async rss() {
      const { readFile } = await import("node:fs/promises");
      const status = await readFile(`/proc/${child.pid}/status`, "utf8");
      return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) * 1024;
    },
    stop: () => stopChild(child),
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

export interface RedisProcess {
  port: number;
  url: string;
  /** Stops the server (clients see it go down). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Whether process `pid`'s named connection (`publish` or `subscribe`) is connected, with ≥ `subscriptions`. */
  hasClient(pid: number, role: "publish" | "subscribe", subscriptions?: number): Promise<boolean>;
}

/** A throwaway redis-server on a free loopback port, persisting nothing. */
export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    );
    for (let i = 0; i < 200; i++) {
      const client = new Redis(url, {
        lazyConnect: true,
        retryStrategy: () => null,
        maxRetriesPerRequest: 0,
      });
      client.on("error", () => {});
      const up = await client.connect().then(
        () => client.ping().then(() => true),
        () => false,
      );
      client.disconnect();
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server on port ${port} did not start`);
  };
  await start();
  return {
    port,
    url,
    start,
    async stop() {
      if (child) await stopChild(child);
      child = undefined;
    },
    hasClient: (pid, role, subscriptions = 0) => redisHasClient(url, pid, role, subscriptions),
  };
}

/** Whether `url`'s CLIENT LIST shows iocgraph process `pid`'s connection `role` with ≥ `subscriptions`. */
export async function redisHasClient(
  url: string,
  pid: number,
  role: "publish" | "subscribe" | "ratelimit",
  subscriptions = 0,
): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on("error", () => {});
  try {
    await client.connect();
    const list = (await client.call("CLIENT", "LIST")) as string;
    return list.split("\n").some((line) => {
      if (!line.includes(` name=iocgraph-${pid}-${role} `)) return false;
      return Number(line.match(/ sub=(\d+)/)?.[1] ?? 0) >= subscriptions;
    });
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Polls `condition` until it holds (a readiness wait, not an assertion on timing). */
export async function until(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
