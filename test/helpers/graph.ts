// Graph test data that only a provider could create: IoC nodes and provider edges, written directly.
import type { TestApp } from "./app.js";
import { createCollection } from "./factories.js";

type IocType = "FILE" | "URL" | "DOMAIN" | "IP_ADDRESS";

/** The id of the IoC (type, value), created when missing. Values must already be canonical. */
export async function iocNode(t: TestApp, type: IocType, value: string): Promise<string> {
  const db = t.app.database.prisma;
  const hash =
    type === "FILE" ? { [value.length === 32 ? "md5" : value.length === 40 ? "sha1" : "sha256"]: value } : {};
  const ioc = await db.ioc.upsert({
    where: { type_value: { type, value } },
    create: { type, value, ...hash },
    update: {},
    select: { id: true },
  });
  return ioc.id;
}

export interface ProviderEdge {
  source: [IocType, string];
  relation: string;
  target: [IocType, string];
  firstSeen?: Date;
  lastSeen?: Date;
}

/**
 * Stores edges as the enrichment pipeline would (origin "virustotal"), creating their nodes, then makes them
 * visible the way they would be: a public collection holds every edge's source (a provider reports about IoCs
 * that a collection holds), and what follows from them is reached along the edges.
 */
export async function providerEdges(t: TestApp, edges: ProviderEdge[]): Promise<void> {
  await storeProviderEdges(t, edges);
  const holder = await t.createUser("provider-edges");
  const sources = [...new Set(edges.map((edge) => `${edge.source[0]}\u0000${edge.source[1]}`))].map((key) => {
    const [type, value] = key.split("\u0000") as [IocType, string];
    return { type, value };
  });
  await createCollection(t, holder, { name: "Provider edge sources", iocs: sources });
}

/** Stores edges as the enrichment pipeline would (origin "virustotal"), creating their nodes; no collection. */
export async function storeProviderEdges(t: TestApp, edges: ProviderEdge[]): Promise<void> {
  const db = t.app.database.prisma;
  for (const edge of edges) {
    const sourceId = await iocNode(t, ...edge.source);
    const targetId = await iocNode(t, ...edge.target);
    await db.iocRelation.create({
      data: {
        sourceId,
        relation: edge.relation,
        targetId,
        firstSeen: edge.firstSeen ?? null,
        lastSeen: edge.lastSeen ?? null,
        origin: "virustotal",
      },
    });
  }
}

/** A SHA-256-shaped value (64 hex digits) determined by `seed`. */
export function sha256(seed: string): string {
  let out = "";
  let h = 2166136261;
  while (out.length < 64) {
    for (const c of `${seed}${out.length}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.slice(0, 64);
}
