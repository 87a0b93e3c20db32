// What follows the creation of new IoC rows, inside the transaction that created them, so it commits or
// rolls back with them.
import { enqueueNewIocs } from "../enrichment/queue.js";
import type { Prisma } from "../generated/prisma/client.js";
import { createDerivedEdges } from "../graph/derived.js";
import type { CreatedIoc } from "./iocs.js";

export async function onIocsCreated(
  tx: Prisma.TransactionClient,
  created: readonly CreatedIoc[],
): Promise<void> {
  if (created.length === 0) return;
  await createDerivedEdges(tx, created);
  await enqueueNewIocs(tx, created);
}
