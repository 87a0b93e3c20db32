// EXPLAIN (ANALYZE, BUFFERS) of statements captured on the wire, replayed once with their own parameters
// (PREPARE with the types given at Parse, so the plan is the custom plan the server ran). The summary names
// the plan nodes that read or aggregate more rows than the statement returns (goal 2 of issue 14).
import pg from "pg";
import type { Statement } from "./pg-proxy.js";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Strategy?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Actual Total Time": number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Join Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

export interface Explained {
  sql: string;
  executionMs: number;
  planningMs: number;
  returned: number;
  /** Nodes that read well over the rows the statement returns (twice and 100 more), most rows first. */
  heavy: { node: string; rows: number }[];
  /** An indented plan: node, rows × loops, time, rows removed, buffers. */
  plan: string;
}

const label = (node: PlanNode) =>
  [
    node.Strategy && node["Node Type"] === "Aggregate" ? `${node.Strategy}Aggregate` : node["Node Type"],
    node["Relation Name"] && `on "${node["Relation Name"]}"`,
    node["Index Name"] && `using ${node["Index Name"]}`,
  ]
    .filter(Boolean)
    .join(" ");

/** Rows a node read: those it emitted plus those its filters dropped, over all loops. */
function touched(node: PlanNode): number {
  const removed =
    (node["Rows Removed by Filter"] ?? 0) +
    (node["Rows Removed by Join Filter"] ?? 0) +
    (node["Rows Removed by Index Recheck"] ?? 0);
  return Math.round((node["Actual Rows"] + removed) * node["Actual Loops"]);
}

function walk(node: PlanNode, depth: number, lines: string[], nodes: PlanNode[]) {
  nodes.push(node);
  const removed = node["Rows Removed by Filter"] ?? node["Rows Removed by Join Filter"];
  const blocks = (node["Shared Hit Blocks"] ?? 0) + (node["Shared Read Blocks"] ?? 0);
  lines.push(
    `${"  ".repeat(depth)}${label(node)}  rows=${node["Actual Rows"]}×${node["Actual Loops"]}` +
      `  ${(node["Actual Total Time"] * node["Actual Loops"]).toFixed(2)} ms` +
      (removed ? `  removed=${removed}` : "") +
      (blocks ? `  buffers=${blocks}` : ""),
  );
  for (const child of node.Plans ?? []) walk(child, depth + 1, lines, nodes);
}

const typeName = async (client: pg.Client, oid: number) =>
  oid === 0
    ? "unknown"
    : (await client.query<{ t: string }>("SELECT $1::oid::regtype::text AS t", [oid])).rows[0].t;

export async function explainAll(databaseUrl: string, statements: Statement[]): Promise<Explained[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const results: Explained[] = [];
    for (const [i, statement] of statements.entries()) {
      if (statement.binary) throw new Error(`binary parameters cannot be replayed: ${statement.sql}`);
      const types = await Promise.all(
        statement.params.map((_, p) => typeName(client, statement.types[p] ?? 0)),
      );
      const name = `bench_peer_explain_${i}`;
      await client.query(`PREPARE ${name}${types.length ? `(${types.join(", ")})` : ""} AS ${statement.sql}`);
      const args = statement.params.map((v) => (v === null ? "NULL" : client.escapeLiteral(v)));
      const { rows } = await client.query<{
        "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number; "Planning Time": number }];
      }>(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE ${name}${args.length ? `(${args.join(", ")})` : ""}`,
      );
      await client.query(`DEALLOCATE ${name}`);
      const [{ Plan: root, "Execution Time": executionMs, "Planning Time": planningMs }] =
        rows[0]["QUERY PLAN"];
      const lines: string[] = [];
      const nodes: PlanNode[] = [];
      walk(root, 0, lines, nodes);
      const returned = root["Actual Rows"] * root["Actual Loops"];
      const heavy = nodes
        .map((node) => ({ node: label(node), rows: touched(node) }))
        .filter((n) => n.rows > 2 * returned && n.rows > returned + 100)
        .sort((a, b) => b.rows - a.rows);
      results.push({ sql: statement.sql, executionMs, planningMs, returned, heavy, plan: lines.join("\n") });
    }
    return results;
  } finally {
    await client.end();
  }
}
