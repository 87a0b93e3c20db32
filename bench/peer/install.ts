// PostGraphile 5 and the Node 22 it needs, installed once into .bench-cache/peer/ (gitignored) from the npm
// registry — never into the project's own dependencies — and reused by later runs.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const POSTGRAPHILE_VERSION = "5.1.5";
export const NODE_VERSION = "22.23.3";

const root = fileURLToPath(new URL("../../", import.meta.url));
export const cacheDir = join(root, ".bench-cache", "peer");

export interface Peer {
  /** The Node 22 binary. */
  node: string;
  /** The server script, inside the cache so that its imports resolve there. */
  script: string;
  postgraphileVersion: string;
}

const manifest = {
  name: "iocgraph-bench-peer",
  private: true,
  description: "PostGraphile for npm run bench:peer (installed by bench/peer/install.ts)",
  dependencies: { node: NODE_VERSION, postgraphile: POSTGRAPHILE_VERSION },
  // The node package's preinstall fetches its platform's binary package from the registry.
  allowScripts: { node: true },
};

function installedVersion(pkg: string): string | undefined {
  const file = join(cacheDir, "node_modules", pkg, "package.json");
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version
    : undefined;
}

export async function ensurePeer(log: (line: string) => void): Promise<Peer> {
  const node = join(cacheDir, "node_modules", ".bin", "node");
  const current =
    installedVersion("postgraphile") === POSTGRAPHILE_VERSION &&
    installedVersion("node") === NODE_VERSION &&
    existsSync(node);
  if (!current) {
    log(`installing postgraphile@${POSTGRAPHILE_VERSION} and node@${NODE_VERSION} into ${cacheDir} (once)…`);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    await promisify(execFile)(npm, ["install", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: cacheDir,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`installing PostGraphile failed (npm registry reachable?):\n${error.stderr ?? error}`);
    });
  }
  const { stdout } = await promisify(execFile)(node, ["--version"]);
  if (!stdout.startsWith("v22.")) throw new Error(`${node} is ${stdout.trim()}, not Node 22`);
  const script = join(cacheDir, "postgraphile-server.mjs");
  copyFileSync(fileURLToPath(new URL("./postgraphile-server.mjs", import.meta.url)), script);
  return { node, script, postgraphileVersion: POSTGRAPHILE_VERSION };
}
