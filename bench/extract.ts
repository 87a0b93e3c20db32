// Extraction throughput: ~10 MB of synthetic report-like text (deterministic), iocgraph against the npm
// package ioc-extractor in the same run, then adversarial inputs that must stay linear; last, the cost of
// checking extracted IoCs against warninglists.
//
//   npm run bench:extract
import { extractIOC } from "ioc-extractor";
import { defaultLimits } from "../src/config.js";
import { extractIocs } from "../src/extraction/extract.js";
import type { CanonicalIoc } from "../src/extraction/types.js";
import { addBuiltinLists } from "../src/warnings/builtin.js";
import { WarninglistsBuilder } from "../src/warnings/warninglists.js";

const TARGET_BYTES = 10_000_000;
const COMPARISON_BYTES = 2_000_000;
// As large as a text may be (MAX_RAW_TEXT_BYTES, 10 MiB).
const ADVERSARIAL_BYTES = defaultLimits.maxRawTextBytes;

// mulberry32: small, fast and good enough to make the same text on every run.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function reportText(bytes: number, seed: number): string {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const int = (max: number): number => Math.floor(random() * max);
  const hex = (length: number): string => {
    let s = "";
    for (let i = 0; i < length; i++) s += "0123456789abcdef"[int(16)];
    return s;
  };
  const words = [
    "the",
    "malware",
    "loader",
    "connects",
    "to",
    "its",
    "command",
    "and",
    "control",
    "server",
    "over",
    "HTTPS",
    "campaign",
    "actor",
    "payload",
    "dropped",
    "persistence",
    "registry",
    "key",
    "victims",
    "in",
    "observed",
    "between",
    "March",
    "and",
    "April",
    "we",
    "assess",
    "with",
    "moderate",
    "confidence",
    "that",
    "sample",
    "uses",
    "RC4",
    "encrypted",
    "configuration",
    "scheduled",
    "task",
    "PowerShell",
    "script",
  ];
  const tlds = ["com", "net", "org", "info", "ru", "top", "xyz", "co.uk", "online", "store", "io"];
  const domain = (): string =>
    `${pick(["api", "cdn", "update", "mail", ""])}${hex(4 + int(6))}-${pick(words)}.${pick(tlds)}`;
  const ip = (): string => `${1 + int(222)}.${int(256)}.${int(256)}.${int(256)}`;
  const defangDots = (s: string): string => s.replace(/\.(?=[^.]*$)/, pick(["[.]", "(.)", "[dot]", "."]));
  const sentence = (): string => {
    const n = 8 + int(16);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(pick(words));
    return `${parts.join(" ")}.`;
  };
  const blocks: Array<() => string> = [
    () => `## ${pick(words)} ${pick(words)}\n\n${sentence()} ${sentence()} ${sentence()}\n`,
    () => `${sentence()} The C2 was ${defangDots(domain())} (${defangDots(ip())}) on port ${int(65536)}.\n`,
    () =>
      `- ${pick(["hxxp", "hxxps", "http", "https"])}[:]//${defangDots(domain())}/${pick(words)}/${hex(6)}.php\n`,
    () =>
      `| \`${hex(pick([32, 40, 64]))}\` | ${pick(words)}.exe | Win32/${pick(words)}.${pick(["A", "TC", "ET"])} |\n`,
    () => `${hex(64)},file,${pick(words)} sample\n${ip()}:${int(65536)},url,C2\n`,
    () =>
      `    var ${pick(words)} = document.location.host + "${pick(words)}.js"; // v${int(9)}.${int(9)}.${int(9)}\n`,
    () =>
      `Not Before: Mar ${int(28)} 12:00:00 2024 GMT, serial ${hex(2)}:${hex(2)}:${hex(2)}:${hex(2)}:${hex(2)}\n`,
    () => `${pick(words)}_setup.zip, invoice.pdf and https://${domain()}/${pick(words)}?id=${int(1e6)}\n`,
  ];
  const chunks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const block = pick(blocks)();
    chunks.push(block);
    size += block.length;
  }
  return chunks.join("\n");
}

function seconds(run: () => unknown, repeats = 1): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

const text = reportText(TARGET_BYTES, 20240624);
const megabytes = Buffer.byteLength(text) / 1e6;
// ioc-extractor is several times slower; timing it on a uniform slice of the same text keeps the whole
// bench within a few seconds on a small machine.
const slice = text.slice(0, COMPARISON_BYTES);
const sliceMegabytes = Buffer.byteLength(slice) / 1e6;
extractIocs(text.slice(0, 100_000)); // warm up the regular expression compiler and tldts
extractIOC(text.slice(0, 100_000));
const oursMBps = megabytes / seconds(() => extractIocs(text), 2);
const theirsMBps = sliceMegabytes / seconds(() => extractIOC(slice));
console.log(`synthetic reports: ${megabytes.toFixed(1)} MB, ${extractIocs(text).length} distinct IoCs`);
console.log(`  iocgraph       ${oursMBps.toFixed(1).padStart(7)} MB/s`);
console.log(
  `  ioc-extractor  ${theirsMBps.toFixed(1).padStart(7)} MB/s  (first ${sliceMegabytes.toFixed(1)} MB)`,
);
console.log(`  ratio          ${(oursMBps / theirsMBps).toFixed(1).padStart(7)}x`);

// The runs of repeated groups overflowed the regular expression's backtracking stack from 6 MB on
// (issue 9): each input fills the whole cap.
const repeat = (unit: string, bytes = ADVERSARIAL_BYTES): string =>
  unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
const adversarial: Record<string, string> = {
  "one 10 MiB line of report text": reportText(ADVERSARIAL_BYTES, 7).replace(/\n/g, " "),
  "many short lines a.b": repeat("a.b\n"),
  "one IoC per line": repeat("evil.com\n"),
  dots: repeat("."),
  hex: repeat("a"),
  "hex digits": repeat("0123456789abcdef"),
  "dotted labels a.a.a": repeat("a."),
  "hyphen labels a-.a-.": repeat("a-."),
  "underscore labels _._.": repeat("_."),
  "defanged dots a[.]": repeat("a[.]"),
  "bracketed dots [.]": repeat("[.]"),
  "escaped dots \\.": repeat("\\."),
  "escaped labels a\\.": repeat("a\\."),
  "digits and dots 1.1": repeat("1."),
  "colons and hex a:": repeat("a:"),
  "colons :::": repeat(":"),
  "bracketed colons a[:]": repeat("a[:]"),
  "colon runs a:a]": repeat("a:a]"),
  "IPv6 addresses 2::11": repeat("]2::11 "),
  "nested brackets [[[ ]]]": `${"[".repeat(ADVERSARIAL_BYTES / 2)}${"]".repeat(ADVERSARIAL_BYTES / 2)}`,
  "nested parentheses ((( )))": `${"(".repeat(ADVERSARIAL_BYTES / 2)}${")".repeat(ADVERSARIAL_BYTES / 2)}`,
  "bracket groups [x][x]": repeat("[xx]"),
  "URL with a 10 MiB path": `hxxp://evil[.]com/${repeat("a(")}`,
  "repeated schemes hxxp://": repeat("hxxp://"),
  "defanged URLs hxxp://a[.]": repeat("hxxp://a[.]"),
  "mixed scripts é.ж.域.": repeat("é.ж.域."),
  "glued CJK a域a域.": repeat(`${"a域".repeat(250)}.`),
  "binary junk": Buffer.from(Array.from({ length: ADVERSARIAL_BYTES }, prng(1)).map((x) => x * 256)).toString(
    "latin1",
  ),
};
console.log("adversarial inputs of 10 MiB (time per MB, must stay under 1 s):");
for (const [name, input] of Object.entries(adversarial)) {
  const megabytes = Buffer.byteLength(input) / 1e6;
  let figure: string;
  try {
    figure = `${(seconds(() => extractIocs(input)) / megabytes).toFixed(3)} s/MB`;
  } catch (error) {
    figure = `throws ${error instanceof Error ? error.message : String(error)}`;
  }
  console.log(`  ${name.padEnd(30)} ${figure}`);
}

// Warninglists: 100,000 IoCs checked against the built-in lists plus one 50,000-entry list of each
// MISP type (regex lists are a scan, so 500 entries), one type at a time.
{
  const random = prng(99);
  const int = (max: number): number => Math.floor(random() * max);
  const name = (): string =>
    `${int(1e9).toString(36)}-${int(1e6).toString(36)}.${["com", "net", "org", "io"][int(4)]}`;
  const ip = (): string => `${1 + int(222)}.${int(256)}.${int(256)}.${int(256)}`;
  const hex = (length: number): string => Array.from({ length }, () => "0123456789abcdef"[int(16)]).join("");
  const iocs: CanonicalIoc[] = Array.from({ length: 100_000 }, (_, i) => {
    switch (i % 4) {
      case 0:
        return { type: "DOMAIN", value: `www.${name()}` };
      case 1:
        return { type: "IP_ADDRESS", value: ip() };
      case 2:
        return { type: "URL", value: `https://${name()}/path/${int(1e6)}?q=${hex(8)}` };
      default:
        return { type: "FILE", value: hex(64), hashKind: "sha256" };
    }
  });
  const lists: Record<string, (builder: WarninglistsBuilder, list: number) => void> = {
    "built-in lists only": () => {},
    "hostname, 50,000 names": (builder, list) => {
      for (let i = 0; i < 50_000; i++) builder.addHostname(list, name(), "x");
    },
    "cidr, 50,000 ranges": (builder, list) => {
      for (let i = 0; i < 50_000; i++) builder.addCidr(list, `${ip()}/${16 + int(17)}`, "x");
    },
    "string, 50,000 values": (builder, list) => {
      for (let i = 0; i < 50_000; i++) builder.addString(list, hex(64), "x");
    },
    "substring, 50,000 substrings": (builder, list) => {
      for (let i = 0; i < 50_000; i++) builder.addSubstring(list, `/${hex(10)}`, "x");
    },
    "regex, 500 expressions": (builder, list) => {
      for (let i = 0; i < 500; i++)
        builder.addRegex(list, new RegExp(`^https://${hex(4)}[a-z]*\\.com/`), "x");
    },
  };
  console.log("warninglists (100,000 IoCs: domains, IPs, URLs, hashes):");
  for (const [label, fill] of Object.entries(lists)) {
    const builder = new WarninglistsBuilder();
    addBuiltinLists(builder);
    fill(builder, builder.addList("bench"));
    const buildSeconds = seconds(() => builder.build());
    const warninglists = builder.build();
    let warned = 0;
    const checkSeconds = seconds(() => {
      warned = 0;
      for (const ioc of iocs) if (warninglists.check(ioc).length > 0) warned++;
    }, 2);
    console.log(
      `  ${label.padEnd(30)} ${((checkSeconds * 1e6) / iocs.length).toFixed(2).padStart(6)} µs/IoC` +
        `  ${(checkSeconds * 1000).toFixed(0).padStart(5)} ms in all  (index built in ${(buildSeconds * 1000).toFixed(0)} ms; ${warned} warned)`,
    );
  }
}
