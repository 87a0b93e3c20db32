// Relay global ids (base64 of "Type:id"), as clients see them: error messages name the id a client sent.
import { encodeGlobalID } from "@pothos/plugin-relay";

export function globalId(type: string, id: string): string {
  return encodeGlobalID(type, id);
}
