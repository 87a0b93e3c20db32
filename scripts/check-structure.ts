// Structure rules CI enforces (npm run lint): no import cycle between the folders of src/, no source file over
// 450 lines, at most 4 unsafe casts (`as unknown as`, `any`) in src/, no `console.*` outside the CLI's output
// (everything else logs through the one logger, src/ops/logger.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../src");
const MAX_LINES = 450;
const MAX_CASTS = 4;

// Generated code (Prisma's client and types, codegen's typed documents of the pages) is not held to the rules.
const generated = [join(root, "generated"), join(root, "pages/gql")];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (generated.includes(path)) return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder of a source file under src/ ("." for src itself). */
const folderOf = (path: string) => relative(root, dirname(path)).split("/")[0] || ".";

const problems: string[] = [];
const edges = new Map<string, Set<string>>();
let casts = 0;
for (const file of files(root)) {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  if (lines > MAX_LINES) problems.push(`${relative(root, file)} has ${lines} lines (at most ${MAX_LINES})`);
  casts += (text.match(/as unknown as|:\s*any\b|\bas any\b|<any>/g) ?? []).length;
  if (relative(root, file) !== "cli.ts" && /\bconsole\.\w+\(/.test(text))
    problems.push(`${relative(root, file)} calls console.*: log through Services.log (src/ops/logger.ts)`);
  for (const [, spec] of text.matchAll(/from\s+"(\.[^"]+)"/g)) {
    const target = folderOf(resolve(dirname(file), spec));
    const from = folderOf(file);
    if (target !== from && target !== "generated" && from !== ".") {
      const set = edges.get(from) ?? new Set();
      set.add(target);
      edges.set(from, set);
    }
  }
}
if (casts > MAX_CASTS) problems.push(`${casts} unsafe casts in src/ (at most ${MAX_CASTS})`);

// A cycle between folders: depth-first search over the folder graph.
const state = new Map<string, "open" | "done">();
function visit(folder: string, path: string[]): void {
  if (state.get(folder) === "done") return;
  if (state.get(folder) === "open") {
    problems.push(
      `import cycle between folders: ${[...path.slice(path.indexOf(folder)), folder].join(" → ")}`,
    );
    return;
  }
  state.set(folder, "open");
  for (const next of edges.get(folder) ?? []) visit(next, [...path, folder]);
  state.set(folder, "done");
}
for (const folder of edges.keys()) visit(folder, []);

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
if (process.argv.includes("--graph"))
  for (const [from, to] of edges) console.log(`${from} → ${[...to].sort().join(", ")}`);
console.log(`structure ok: ${edges.size} folders without cycles, ${casts} unsafe casts`);
