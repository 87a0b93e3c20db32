// What follows the creation of new IoC rows, inside the transaction that created them, so it commits or rolls
// back with them, and what follows a collection coming to hold IoCs. buildApp registers the hooks (derived graph
// edges on creation, enrichment jobs on holding): the collection service creates and adds IoCs without knowing
// who else cares.
import type { Prisma, Tlp } from "../generated/prisma/client.js";
import type { CreatedIoc } from "./store.js";

export type IocCreationHook = (
  tx: Prisma.TransactionClient,
  created: readonly CreatedIoc[],
) => Promise<unknown>;

/** What a hook is told about the collection that now holds some IoCs. */
export interface Holder {
  tlp: Tlp;
}

/**
 * Runs when IoCs become held by a collection (added, or all of a collection's IoCs when its TLP is lowered), in
 * that transaction, after the memberships are written.
 */
export type IocHoldHook = (
  tx: Prisma.TransactionClient,
  holder: Holder,
  iocIds: readonly string[],
) => Promise<unknown>;

export class IocHooks {
  private readonly onCreated: IocCreationHook[] = [];
  private readonly onHeld: IocHoldHook[] = [];

  /** Runs `hook` whenever a collection comes to hold IoCs, after the hooks registered before it. */
  afterHold(hook: IocHoldHook): void {
    this.onHeld.push(hook);
  }

  async held(tx: Prisma.TransactionClient, holder: Holder, iocIds: readonly string[]): Promise<void> {
    if (iocIds.length === 0) return;
    for (const hook of this.onHeld) await hook(tx, holder, iocIds);
  }

  /** Runs `hook` for every batch of IoCs created from now on, after the hooks registered before it. */
  afterCreate(hook: IocCreationHook): void {
    this.onCreated.push(hook);
  }

  async created(tx: Prisma.TransactionClient, created: readonly CreatedIoc[]): Promise<void> {
    if (created.length === 0) return;
    for (const hook of this.onCreated) await hook(tx, created);
  }
}
