export { canonicalize, defang } from "./canonical.js";
export { extractIocs } from "./extract.js";
export type { CanonicalIoc, CanonicalResult, ExtractedIoc, HashKind, IocType } from "./types.js";
