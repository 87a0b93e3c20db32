// Cursors of the change log. A cursor is a change id in decimal: the same value orders
// `Query.collectionChanges` pages and resumes every subscription (`since`).
import { bigintCursor } from "../cursors.js";
import { ValidationError } from "../errors.js";

export const changeCursor = bigintCursor;

/** The change id a `since` names; a clear error for anything else. */
export function decodeSince(cursor: string): bigint {
  const id = changeCursor.decode(cursor);
  if (id === null) throw new ValidationError(`Not a change cursor: "${cursor}".`, "since");
  return id;
}

/** Where a live event's execution result carries the cursor of its change (SSE writes it as the event's id). */
export const EVENT_CURSOR = Symbol("iocgraph.eventCursor");

/** The resume cursor of a subscription payload (a change, or a sighting of one); undefined for others. */
export function eventCursorOf(payload: unknown): string | undefined {
  if (typeof payload !== "object" || payload === null) return undefined;
  const change = "change" in payload ? payload.change : payload;
  if (typeof change !== "object" || change === null || !("batch" in change) || !("id" in change))
    return undefined;
  return typeof change.id === "bigint" ? changeCursor.encode(change.id) : undefined;
}
