// The visibility rules of src/collections/visibility.ts, applied in memory to a collection's state, so a
// live event is checked against one shared read instead of one query per subscriber.
import type { Viewer } from "../auth/api-keys.js";
import type { Visibility } from "../generated/prisma/client.js";

export interface CollectionState {
  visibility: Visibility;
  ownerId: string;
}

/** May open it by id (UNLISTED too): `readableBy`. */
export function canRead(viewer: Viewer | null, state: CollectionState): boolean {
  return state.visibility !== "PRIVATE" || state.ownerId === viewer?.id;
}

/** May see it listed (feeds, an IoC's sightings): `listedTo`. */
export function canList(viewer: Viewer | null, state: CollectionState): boolean {
  return state.visibility === "PUBLIC" || state.ownerId === viewer?.id;
}
