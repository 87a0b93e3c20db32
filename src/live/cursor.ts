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
