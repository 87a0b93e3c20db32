import { extractIocs } from "../../src/extraction/extract.js";
import type { IocType } from "../../src/extraction/types.js";

/** Values of one type extracted from `text`, in order of first appearance. */
export function found(text: string, type?: IocType): string[] {
  return extractIocs(text)
    .filter((ioc) => type === undefined || ioc.type === type)
    .map((ioc) => ioc.value);
}
