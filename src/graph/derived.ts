// Edges that follow from IoC values alone: a URL's host (`network_location`) and a domain's parent domain,
// one label up at a time, to the registrable domain (`parent`; read backwards as `subdomains`).
// Set-based: one statement creates the missing host/parent nodes and one the edges, whatever the batch size.
import { setImmediate as nextTurn } from "node:timers/promises";
import { registrableDomain, urlHost } from "../extraction/canonical.js";
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import type { Prisma } from "../generated/prisma/client.js";
import { iocKey } from "../iocs/identity.js";
import { insertMissingIocs } from "../iocs/store.js";
import { textArray } from "../rows.js";
import { DERIVED } from "./relations.js";

type Tx = Prisma.TransactionClient;

export interface DerivedEdge {
  source: CanonicalIoc;
  relation: "network_location" | "parent";
  target: CanonicalIoc;
}

/** a.b.example.com → [a.b.example.com → b.example.com, b.example.com → example.com]. */
function parentChain(domain: string): DerivedEdge[] {
  const top = registrableDomain(domain);
  const edges: DerivedEdge[] = [];
  if (!top || domain === top || !domain.endsWith(`.${top}`)) return edges;
  let current = domain;
  while (current !== top) {
    const parent = current.slice(current.indexOf(".") + 1);
    edges.push({
      source: { type: "DOMAIN", value: current },
      relation: "parent",
      target: { type: "DOMAIN", value: parent },
    });
    current = parent;
  }
  return edges;
}

/** IoCs looked at between two turns of the event loop (parsing hosts of 100,000 would stall other requests). */
const IOCS_PER_TURN = 1000;

/** The derived edges of some IoCs: their own, and those of the host and parent nodes they lead to. */
async function derivedEdges(iocs: readonly { type: IocType; value: string }[]): Promise<DerivedEdge[]> {
  const edges: DerivedEdge[] = [];
  const domains = new Set<string>();
  for (const [index, ioc] of iocs.entries()) {
    if (index > 0 && index % IOCS_PER_TURN === 0) await nextTurn();
    if (ioc.type === "URL") {
      const host = urlHost(ioc.value);
      if (!host) continue;
      edges.push({ source: { type: "URL", value: ioc.value }, relation: "network_location", target: host });
      if (host.type === "DOMAIN") domains.add(host.value);
    } else if (ioc.type === "DOMAIN") {
      domains.add(ioc.value);
    }
  }
  const seen = new Set<string>();
  let looked = 0;
  for (const domain of domains) {
    if (++looked % IOCS_PER_TURN === 0) await nextTurn();
    for (const edge of parentChain(domain)) {
      if (seen.has(edge.source.value)) break; // the rest of this chain is already in the batch
      seen.add(edge.source.value);
      edges.push(edge);
    }
  }
  return edges;
}

/**
 * Stores the derived edges of newly created IoCs, creating the host and parent nodes that do not exist yet
 * (they are nodes even when no collection holds them). Two statements for any number of IoCs; existing
 * edges are left as they are.
 */
export async function createDerivedEdges(tx: Tx, created: readonly { type: IocType; value: string }[]) {
  const edges = await derivedEdges(created);
  if (edges.length === 0) return 0;
  const targets = new Map<string, CanonicalIoc>();
  for (const edge of edges) targets.set(iocKey(edge.target), edge.target);
  await insertMissingIocs(tx, [...targets.values()]);
  // Sorted like insertMissingIocs, so concurrent batches take row locks in one order.
  edges.sort((a, b) =>
    a.source.value < b.source.value
      ? -1
      : a.source.value > b.source.value
        ? 1
        : a.relation < b.relation
          ? -1
          : 1,
  );
  return tx.$executeRaw`
    INSERT INTO "IocRelation" ("sourceId", relation, "targetId", origin)
    SELECT s.id, e.relation, t.id, ${DERIVED}
    FROM unnest(${textArray(edges.map((e) => e.source.type))}::text[],
                ${textArray(edges.map((e) => e.source.value))}::text[],
                ${textArray(edges.map((e) => e.relation))}::text[],
                ${textArray(edges.map((e) => e.target.type))}::text[],
                ${textArray(edges.map((e) => e.target.value))}::text[])
         WITH ORDINALITY AS e(stype, svalue, relation, ttype, tvalue, ord)
    JOIN "Ioc" s ON s.type = e.stype::"IocType" AND s.value = e.svalue
    JOIN "Ioc" t ON t.type = e.ttype::"IocType" AND t.value = e.tvalue
    ORDER BY e.ord
    ON CONFLICT DO NOTHING`;
}
