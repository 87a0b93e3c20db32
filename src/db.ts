// The Prisma client for the configured backend, and the migration runner.
// One dialect everywhere: embedded PGlite (a data directory, or memory://) or a PostgreSQL server.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { Config } from "./config.js";
import { type EmbeddedServer, startEmbedded } from "./embedded.js";
import { PrismaClient } from "./generated/prisma/client.js";
import { type Logger, silentLogger } from "./ops/logger.js";

// The embedded database is a single connection: transactions queue behind each other, so they get room to wait.
const transactionOptions = { maxWait: 10_000, timeout: 60_000 };

function createClient(adapter: SqlDriverAdapterFactory) {
  return new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }], transactionOptions });
}

export type Db = ReturnType<typeof createClient>;

/** Where a database statement was reported; tests and benchmarks count these per request. */
export type QueryListener = (sql: string) => void;

export interface ConnectionStats {
  max: number;
  open: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

export interface Database {
  prisma: Db;
  kind: "pglite" | "postgres";
  /** Applies pending migrations; safe when several processes start at once. Returns the names applied. */
  migrate(): Promise<string[]>;
  /** Calls `listener` for every SQL statement Prisma sends until the returned function is called. */
  onQuery(listener: QueryListener): () => void;
  /** Connection pool usage (PGlite is one connection). */
  connections(): ConnectionStats;
  close(): Promise<void>;
}

const migrationsDir = new URL("../prisma/migrations/", import.meta.url).pathname;

/** The minimal raw SQL surface the migration runner needs, on one session (advisory locks are per session). */
interface SqlSession {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  exec(script: string): Promise<void>;
}

export function openDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir">,
  log: Logger = silentLogger(),
): Database {
  const url = config.databaseUrl;
  const listeners = new Set<QueryListener>();
  const postgres = url !== undefined && /^postgres(ql)?:\/\//.test(url);

  // Both backends speak the PostgreSQL protocol through one pool and @prisma/adapter-pg. The embedded one
  // runs on its own thread (src/embedded.ts) and is one session: one connection, which transactions take
  // in turn, and statements of two connections never interleave.
  let embedded: EmbeddedServer | undefined;
  let releaseLock = () => {};
  let pool: pg.Pool;
  const max = postgres ? 10 : 1;
  if (postgres) {
    // No JIT: it pays off for long analytic scans, never for these statements, yet the planner's estimates
    // for recursive CTEs (the reach of src/access/reach.ts) run to millions of rows and trigger it — 140 to
    // 370 ms of compiling per 10,000-IoC add. `options` in DATABASE_URL still wins for whoever wants it back.
    pool = new pg.Pool({ connectionString: url, max, options: "-c jit=off" });
  } else {
    const inMemory = url === "memory://";
    releaseLock = inMemory ? () => {} : lockDataDir(config.dataDir);
    embedded = startEmbedded(inMemory ? undefined : resolve(config.dataDir), log);
    pool = new pg.Pool({
      host: embedded.socketDir,
      port: embedded.port,
      user: "postgres",
      database: "template1",
      max,
      idleTimeoutMillis: 0,
    });
  }
  // An idle connection the server closes (restart, failover) must not crash the process; the pool
  // replaces it on the next query.
  pool.on("error", (error) => log.warn({ error: error.message }, "database connection lost"));
  const ready = embedded?.ready ?? Promise.resolve();
  const adapter = new PrismaPg(pool);
  // Prisma connects on its first statement: the embedded database is waited for then.
  const prisma = createClient({
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    connect: async () => {
      await ready;
      return adapter.connect();
    },
  });
  const withSession = async <T>(fn: (session: SqlSession) => Promise<T>): Promise<T> => {
    await ready;
    const client = await pool.connect();
    try {
      return await fn({
        query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
        exec: async (script) => {
          await client.query(script);
        },
      });
    } finally {
      client.release();
    }
  };
  const closeDriver = async () => {
    await pool.end();
    await embedded?.stop();
    releaseLock();
  };
  const kind: Database["kind"] = postgres ? "postgres" : "pglite";

  prisma.$on("query", (event) => {
    for (const listener of listeners) listener(event.query);
  });

  return {
    prisma,
    kind,
    migrate: () => withSession(applyMigrations),
    connections: () => ({ max, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

export class DatabaseBusyError extends Error {}

/**
 * Embedded PostgreSQL is one process's: a second process opening the same directory would not see the
 * first one's writes, and could corrupt them. A lock file (with the owner's pid) turns that into a clear error.
 */
function lockDataDir(dataDir: string): () => void {
  // Beside the directory, not in it: PostgreSQL wants its data directory empty when it creates it.
  const lockFile = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockFile, "utf8"));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseBusyError(
          `The embedded database in ${dataDir} is in use by process ${owner} (a running iocgraph). ` +
            "Stop it first, or use a PostgreSQL server (DATABASE_URL=postgres://…) to share the database.",
        );
      }
      // Left behind by a process that is gone: take it over.
      rmSync(lockFile, { force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Any constant works; it only has to be the same in every iocgraph process.
const MIGRATION_LOCK_KEY = 7_243_901_118;

/**
 * Applies `prisma/migrations/<name>/migration.sql` in name order, each in its own transaction, under a
 * session advisory lock, and records them in Prisma's `_prisma_migrations` table so the Prisma CLI stays
 * compatible (prisma migrate deploy cannot run on a server here: DESIGN §5).
 */
async function applyMigrations(session: SqlSession): Promise<string[]> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await session.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const rows = await session.query(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [String(row.migration_name), String(row.checksum)]));
    const done: string[] = [];
    for (const name of names) {
      const sql = await readFile(join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const known = applied.get(name);
      if (known !== undefined) {
        if (known !== checksum) throw new Error(`migration ${name} was edited after it was applied`);
        continue;
      }
      await session.exec("BEGIN");
      try {
        await session.exec(sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES (gen_random_uuid()::text, $1, $2, now(), 1)`,
          [checksum, name],
        );
        await session.exec("COMMIT");
      } catch (error) {
        await session.exec("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      done.push(name);
    }
    return done;
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}
