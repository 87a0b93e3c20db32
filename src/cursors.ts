// Cursor codecs: how the sort keys of each kind of list become opaque cursors and back. Plain functions, used
// by the GraphQL connections (src/schema/connection.ts) and by the live streams' `since`.
import { cursorToOffset, offsetToCursor } from "@pothos/plugin-relay";

/** How the keys of one kind of list become opaque cursors and back. */
export interface CursorCodec<K> {
  encode(key: K): string;
  /** The key, or null when the text is not a cursor of this kind. */
  decode(cursor: string): K | null;
}

const MAX_BIGINT = 2n ** 63n - 1n;

/** A decimal id in PostgreSQL's bigint range: change-log ids, membership sequence numbers. */
export const bigintCursor: CursorCodec<bigint> = {
  encode: (key) => key.toString(),
  decode(cursor) {
    if (!/^\d{1,19}$/.test(cursor)) return null;
    const key = BigInt(cursor);
    return key <= MAX_BIGINT ? key : null;
  },
};

/** A position in a list ordered by something no key follows (a score): Relay's offset cursors. */
export const offsetCursor: CursorCodec<number> = {
  encode: (offset) => offsetToCursor(offset),
  decode(cursor) {
    try {
      const offset = cursorToOffset(cursor);
      return Number.isSafeInteger(offset) && offset >= 0 ? offset : null;
    } catch {
      return null;
    }
  },
};

/** A composite sort key as base64url JSON; `parse` checks the decoded value and returns the key, or null. */
export function jsonCursor<K>(
  toJson: (key: K) => unknown,
  parse: (value: unknown) => K | null,
): CursorCodec<K> {
  return {
    encode: (key) => Buffer.from(JSON.stringify(toJson(key))).toString("base64url"),
    decode(cursor) {
      try {
        return parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
      } catch {
        return null;
      }
    },
  };
}
