import { readFileSync } from "node:fs";
import { readMisp } from "./src/exchange/misp-import.ts";

for (const f of ["eset-misp-kryptocibule.json", "eset-mozi.misp-event.json"]) {
  const doc = readMisp(readFileSync(`../shared/data/misp/${f}`, "utf8"));
  const byKind: Record<string, number> = {};
  for (const i of doc.iocs) byKind[i.hashKind ?? i.type] = (byKind[i.hashKind ?? i.type] ?? 0) + 1;
  const reasons: Record<string, number> = {};
  for (const s of doc.skipped) reasons[s.reason] = (reasons[s.reason] ?? 0) + 1;
  const inv: Record<string, number> = {};
  for (const s of doc.invalid) inv[s.reason] = (inv[s.reason] ?? 0) + 1;
  console.log(f, {
    name: doc.name,
    tags: doc.tags.length,
    iocs: doc.iocs.length,
    byKind,
    skipped: doc.skipped.length,
    reasons,
    invalid: doc.invalid.length,
    inv,
  });
  if (doc.invalid.length) console.log(doc.invalid.slice(0, 10));
}
