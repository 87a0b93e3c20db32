// What bench:scale measures on a loaded database: each shape's latency at concurrency 8 with autocannon (every
// request a different value or id), the plans of its statements (captured on the wire, EXPLAIN ANALYZE), and
// the database's biggest tables and indexes.
import { loadavg } from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { type Explained, explainAll } from "../peer/explain.js";
import type { CountingProxy } from "../peer/pg-proxy.js";
import type { Request, Shape } from "./shapes.js";

export const CONCURRENCY = 8;

export const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

const endpoint = (port: number) => `http://127.0.0.1:${port}/graphql`;

export async function post(port: number, request: Request): Promise<unknown> {
  const response = await fetch(endpoint(port), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"'))
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text).data;
}

export interface Timed {
  /** Requests that got no answer within 10 s (or failed on the socket). */
  timeouts: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  loadBefore: string;
  loadAfter: string;
}

/** `seconds` of autocannon at CONCURRENCY, request n of the run being `shape.request(offset + n)`. */
export async function timed(port: number, shape: Shape, seconds: number, offset: number): Promise<Timed> {
  let n = offset;
  let failed = 0;
  let firstFailure = "";
  const loadBefore = load();
  const result = await autocannon({
    url: endpoint(port),
    connections: CONCURRENCY,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(shape.request(n++)) }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) {
            failed++;
            firstFailure ||= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  // A wrong answer ends the run; a request past autocannon's 10 s timeout is counted (and misses the target).
  if (result.non2xx || failed)
    throw new Error(`${shape.name}: ${result.non2xx} non-2xx, ${failed} failed answers (${firstFailure})`);
  return {
    timeouts: result.timeouts + result.errors,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    loadBefore,
    loadAfter: load(),
  };
}

const CONTROL =
  /^\s*(BEGIN|COMMIT|ROLLBACK|START|SET|RESET|SAVEPOINT|RELEASE|DEALLOCATE|DISCARD)\b|set_config\(/i;

export interface ShapePlans {
  shape: string;
  statements: number;
  /** PostgreSQL's execution time of one request's statements (EXPLAIN ANALYZE, summed), per sample, ms. */
  databaseMs: number[];
  explained: Explained[];
}

/**
 * The statements of `samples` requests of each shape, captured by the counting proxy in front of the server's
 * database, each EXPLAINed (ANALYZE, BUFFERS) with its own parameters.
 */
export async function plans(
  port: number,
  proxy: CountingProxy,
  databaseUrl: string,
  shapes: Shape[],
  samples: number[],
): Promise<ShapePlans[]> {
  const out: ShapePlans[] = [];
  for (const shape of shapes) {
    const explained: Explained[] = [];
    const databaseMs: number[] = [];
    let statements = 0;
    for (const n of samples) {
      await post(port, shape.request(n));
      proxy.mark();
      await post(port, shape.request(n));
      const reads = proxy.take().filter((s) => !CONTROL.test(s.sql));
      statements = Math.max(statements, reads.length);
      const these = await explainAll(databaseUrl, reads);
      databaseMs.push(these.reduce((sum, e) => sum + e.executionMs + e.planningMs, 0));
      explained.push(...these);
    }
    out.push({ shape: shape.name, statements, databaseMs, explained });
  }
  return out;
}

export interface Sizes {
  database: string;
  databaseBytes: number;
  tables: { name: string; total: string; heap: string; indexes: string }[];
  indexes: { name: string; table: string; size: string }[];
  rows: Record<string, number>;
}

export async function databaseSizes(databaseUrl: string): Promise<Sizes> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const db = (
      await client.query<{ size: string; bytes: string }>(
        "SELECT pg_size_pretty(pg_database_size(current_database())) size, pg_database_size(current_database()) bytes",
      )
    ).rows[0];
    const tables = (
      await client.query<Sizes["tables"][number]>(`
        SELECT c.relname AS name, pg_size_pretty(pg_total_relation_size(c.oid)) total,
               pg_size_pretty(pg_relation_size(c.oid)) heap, pg_size_pretty(pg_indexes_size(c.oid)) indexes
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
        ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 10`)
    ).rows;
    const indexes = (
      await client.query<Sizes["indexes"][number]>(`
        SELECT i.relname AS name, t.relname AS table, pg_size_pretty(pg_relation_size(i.oid)) size
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'
        ORDER BY pg_relation_size(i.oid) DESC LIMIT 12`)
    ).rows;
    const rows: Record<string, number> = {};
    for (const table of [
      "Ioc",
      "Collection",
      "CollectionIoc",
      "IocReach",
      "Sighting",
      "Enrichment",
      "IocRelation",
    ])
      rows[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    return { database: db.size, databaseBytes: Number(db.bytes), tables, indexes, rows };
  } finally {
    await client.end();
  }
}
