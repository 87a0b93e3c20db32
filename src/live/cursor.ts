// Cursors of the change log. A cursor is a change id in decimal: the same value orders
// `Query.collectionChanges` pages and resumes every subscription (`since`).
import { ValidationError } from "../errors.js";

export function encodeCursor(id: bigint): string {
  return id.toString();
}

/** The change id a cursor names; a clear error for anything else. */
export function decodeCursor(cursor: string, field = "since"): bigint {
  if (!/^\d{1,19}$/.test(cursor)) throw new ValidationError(`Not a change cursor: "${cursor}".`, field);
  return BigInt(cursor);
}
