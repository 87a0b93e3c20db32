// Deterministic ids for what an export writes: UUIDv5 in iocgraph's own namespace of the parts that identify an
// object, so exporting the same collection again names the same objects (and a consumer updates, not copies).
import { v5 as uuidv5 } from "uuid";

const IOCGRAPH_NAMESPACE = "c7abe66b-e753-47ad-9f12-5588af1a6776";

export function namedUuid(...parts: string[]): string {
  return uuidv5(parts.join("\u0000"), IOCGRAPH_NAMESPACE);
}
