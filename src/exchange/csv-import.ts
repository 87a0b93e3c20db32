// Reading CSV: a header row with a `value` column and, optionally, a `type` column (an IocType name such as
// DOMAIN, or a MISP or STIX name for it: md5, ip-dst, domain-name…; empty: inferred from the value). Other
// columns are ignored, so an iocgraph CSV export reads back as it was.
import { parse } from "csv-parse/sync";
import { ValidationError } from "../errors.js";
import type { HashKind, IocType } from "../extraction/types.js";
import { kindList, stixHashNames } from "../iocs/kinds.js";
import { DocumentBuilder, type ImportedDocument } from "./document.js";

/** Every name a `type` cell may give a kind by, lower-case. */
const TYPE_NAMES = new Map<string, { type: IocType; hashKind: HashKind | null }>();
for (const kind of kindList) {
  const any = { type: kind.type, hashKind: null };
  for (const name of [
    kind.type,
    kind.typeName,
    ...Object.keys(kind.stix.paths).map((path) => path.split(":")[0]),
  ])
    TYPE_NAMES.set(name.toLowerCase(), any);
  for (const name of kind.misp.importTypes) {
    const hashKind = Object.hasOwn(stixHashNames, name) ? (name as HashKind) : null;
    TYPE_NAMES.set(name, { type: kind.type, hashKind });
  }
}

export function readCsv(content: string): ImportedDocument {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(content, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw new ValidationError(`The content is not CSV: ${(error as Error).message}`, "content");
  }
  const doc = new DocumentBuilder();
  if (rows.length > 0 && !("value" in rows[0].record)) {
    throw new ValidationError(
      'A CSV import needs a header row with a "value" column (and optionally "type").',
      "content",
    );
  }
  for (const { record, info } of rows) {
    const value = record.value ?? "";
    const typeName = record.type ?? "";
    const where = `line ${info.lines}`;
    if (value === "") {
      doc.reject(`${where}: ${Object.values(record).join(",")}`, `${where}: no value`);
    } else if (typeName === "") {
      doc.value(value, undefined, where);
    } else {
      const target = TYPE_NAMES.get(typeName.toLowerCase());
      if (target) doc.value(value, target.type, `${where} (${typeName})`, target.hashKind);
      else doc.skip(value, `${where}: type "${typeName}" is not an IoC kind of iocgraph`);
    }
  }
  return doc.build();
}
