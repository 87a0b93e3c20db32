// What follows the creation of new IoC rows, inside the transaction that created them, so it commits or rolls
// back with them. buildApp registers the hooks (derived graph edges, enrichment jobs): the collection service
// creates IoCs without knowing who else cares.
import type { Prisma } from "../generated/prisma/client.js";
import type { CreatedIoc } from "./store.js";

export type IocCreationHook = (
  tx: Prisma.TransactionClient,
  created: readonly CreatedIoc[],
) => Promise<unknown>;

export class IocHooks {
  private readonly onCreated: IocCreationHook[] = [];

  /** Runs `hook` for every batch of IoCs created from now on, after the hooks registered before it. */
  afterCreate(hook: IocCreationHook): void {
    this.onCreated.push(hook);
  }

  async created(tx: Prisma.TransactionClient, created: readonly CreatedIoc[]): Promise<void> {
    if (created.length === 0) return;
    for (const hook of this.onCreated) await hook(tx, created);
  }
}
