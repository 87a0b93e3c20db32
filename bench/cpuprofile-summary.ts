// Summarises a V8 .cpuprofile (as `node --cpu-prof` writes, e.g. bench:fanout with BENCH_PROFILE=1): self time
// by function and by package or source file, over the last `--last` seconds before the profile's end minus
// `--skip-end` seconds (the measured window, leaving out start-up and shutdown).
//
//   npx tsx bench/cpuprofile-summary.ts FILE [--last 20] [--skip-end 1] [--top 30]
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error("usage: cpuprofile-summary FILE [--last S] [--skip-end S] [--top N]");
const option = (name: string, fallback: number) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const end = profile.endTime - option("skip-end", 1) * 1e6;
const start = end - option("last", 20) * 1e6;
const top = option("top", 30);

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

function place(url: string): string {
  if (url === "") return "(native/vm)";
  const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules) return modules[1] as string;
  const src = url.match(/h-[^/]+\/(.*)$/) ?? url.match(/\/work\/[^/]+\/(.*)$/);
  if (src) return src[1] as string;
  return url.startsWith("node:") ? url : url.split("/").slice(-2).join("/");
}

const self = new Map<string, number>();
const byPlace = new Map<string, number>();
const inclusive = new Map<string, number>();
let time = profile.startTime;
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0;
  time += delta;
  if (time < start || time > end) continue;
  const node = byId.get(profile.samples[i] as number) as Node;
  const frame = node.callFrame;
  const key = `${frame.functionName || "(anonymous)"} ${place(frame.url)}:${frame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + delta);
  const where = frame.url === "" ? frame.functionName || "(native/vm)" : place(frame.url);
  byPlace.set(where, (byPlace.get(where) ?? 0) + delta);
  total += delta;
  // Inclusive time per place: each place counted once per sample however deep it recurs.
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const url = (byId.get(id) as Node).callFrame.url;
    if (url) seen.add(place(url));
  }
  for (const where of seen) inclusive.set(where, (inclusive.get(where) ?? 0) + delta);
}

const ms = (us: number) =>
  `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms(us)}  ${key}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled in the window`);
print("self time by package / file", byPlace);
print("inclusive time by package / file (on the stack)", inclusive);
print("self time by function", self);
