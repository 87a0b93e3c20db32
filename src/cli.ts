// The `iocgraph` command: serve, migrate, and user/key administration.
import { existsSync, readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { TLP_LEVELS } from "./access/tlp.js";
import { creationHooks, migrateLogged } from "./app.js";
import { createApiKey, revokeApiKeys } from "./auth/api-keys.js";
import { ConfigError, defaultEnrichment, loadConfig } from "./config.js";
import { DatabaseBusyError, openDatabase } from "./db.js";
import { importJsonl } from "./enrichment/import.js";
import { startEnrichment } from "./enrichment/service.js";
import { DomainError } from "./errors.js";
import { type ImportFormat, importCollection, importFormats } from "./exchange/import.js";
import type { Tlp, Visibility } from "./generated/prisma/client.js";
import { createLogger, type Logger } from "./ops/logger.js";
import { Progress } from "./ops/progress.js";
import { announceChange, openPubSub } from "./pubsub.js";
import { serve } from "./server.js";

const usage = `Usage:
  iocgraph serve                          apply pending migrations, then serve GraphQL on $PORT
  iocgraph migrate                        apply pending migrations
  iocgraph user create --name NAME        create a user; prints {"id","name","apiKey"} as one JSON line
  iocgraph user create-key --name NAME [--scope read|write]
                                          another API key for an existing user (same output); a
                                          read key queries and subscribes but never writes
  iocgraph user revoke-key --key KEY      revoke an API key (or --prefix PREFIX, as shown in the API)
  iocgraph enrich import FILE.jsonl       store VirusTotal-shaped objects (one {"data":…} per line) as
                                          enrichment; prints {"lines","stored","skipped","problems"}
  iocgraph import FILE --format stix|misp|csv|text --owner NAME [--name NAME] [--visibility public|unlisted|private]
                                          [--tlp clear|green|amber|amber+strict|red]
                                          a new collection of NAME's from a document; prints
                                          {"collection":{"id","name"},"report":{…}} as one JSON line
Configuration comes from the environment: see README.md.`;

class UsageError extends Error {}

/** The CLI's logger: on stderr, since stdout carries the command's result. */
function cliLogger(): Logger {
  const config = loadConfig();
  return createLogger({ level: config.logLevel, format: config.logFormat, fd: 2 });
}

/** Progress of `task` on stderr (src/ops/progress.ts), quiet with LOG_LEVEL=silent. */
function progressOf(task: string, total?: number, unit?: string): Progress {
  const config = loadConfig();
  return new Progress({
    task,
    total,
    unit,
    intervalMs: config.progressIntervalMs,
    quiet: config.logLevel === "silent",
  });
}

async function withDatabase<T>(fn: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const log = cliLogger();
  const config = loadConfig();
  const db = openDatabase(config, log);
  try {
    await migrateLogged(db, log);
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function userCommand(action: string | undefined, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: "string" },
      key: { type: "string" },
      prefix: { type: "string" },
      scope: { type: "string" },
    },
  });
  const scope = (values.scope ?? "write").toUpperCase();
  if (scope !== "READ" && scope !== "WRITE") throw new UsageError("--scope is read or write");
  if (action === "create" || action === "create-key") {
    const name = values.name?.trim();
    if (!name) throw new UsageError(`iocgraph user ${action} needs --name NAME`);
    await withDatabase(async ({ prisma }) => {
      const existing = await prisma.user.findUnique({ where: { name } });
      if (action === "create" && existing) throw new UsageError(`a user named "${name}" exists already`);
      if (action === "create-key" && !existing) throw new UsageError(`no user named "${name}"`);
      const user = existing ?? (await prisma.user.create({ data: { name } }));
      const { secret } = await createApiKey(prisma, user.id, "cli", scope);
      console.log(JSON.stringify({ id: user.id, name: user.name, apiKey: secret }));
    });
  } else if (action === "revoke-key") {
    if (!values.key && !values.prefix)
      throw new UsageError("iocgraph user revoke-key needs --key KEY or --prefix PREFIX");
    // Announced through Redis when configured: running servers end the key's streams at once (else within
    // their poll interval).
    const { pubsub, close } = openPubSub(loadConfig().redisUrl);
    try {
      await withDatabase(async ({ prisma }) => {
        const count = await revokeApiKeys(
          prisma,
          values.key ? { key: values.key } : { prefix: values.prefix ?? "" },
          () => announceChange(pubsub),
        );
        if (count === 0) throw new UsageError("no active key matches");
        console.log(JSON.stringify({ revoked: count }));
      });
    } finally {
      await close();
    }
  } else {
    throw new UsageError(usage);
  }
}

async function enrichCommand([action, file, ...extra]: string[]): Promise<void> {
  if (action !== "import" || !file || extra.length > 0)
    throw new UsageError("Usage: iocgraph enrich import FILE.jsonl");
  if (!existsSync(file)) throw new UsageError(`no file "${file}"`);
  // Published through Redis when configured, so running servers' subscribers hear about the new data.
  const { pubsub, close } = openPubSub(loadConfig().redisUrl);
  try {
    await withDatabase(async ({ prisma }) => {
      const progress = progressOf("enrich import", statSync(file).size, "bytes");
      progress.phase("storing");
      const report = await importJsonl(prisma, file, {
        pubsub,
        onProgress: ({ bytes, ...counts }) => progress.update(bytes, counts),
      });
      progress.finish({ lines: report.lines, stored: report.stored, skipped: report.skipped });
      console.log(JSON.stringify(report));
    });
  } finally {
    await close();
  }
}

const VISIBILITIES: readonly Visibility[] = ["PUBLIC", "UNLISTED", "PRIVATE"];

async function importCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      owner: { type: "string" },
      name: { type: "string" },
      visibility: { type: "string" },
      tlp: { type: "string" },
    },
  });
  const formats = Object.keys(importFormats).map((name) => name.toLowerCase());
  const format = values.format?.toUpperCase();
  const visibility = values.visibility?.toUpperCase();
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || !format || !values.owner) {
    throw new UsageError(
      `Usage: iocgraph import FILE --format ${formats.join("|")} --owner NAME [--name NAME]`,
    );
  }
  if (!Object.hasOwn(importFormats, format)) throw new UsageError(`--format is one of ${formats.join(", ")}`);
  if (visibility && !VISIBILITIES.includes(visibility as Visibility)) {
    throw new UsageError("--visibility is public, unlisted or private");
  }
  // amber+strict as TLP 2.0 writes it, or amber_strict as the API does.
  const tlp = values.tlp?.toUpperCase().replace("+", "_");
  if (tlp && !TLP_LEVELS.includes(tlp as Tlp)) {
    throw new UsageError("--tlp is clear, green, amber, amber+strict or red");
  }
  if (!existsSync(file)) throw new UsageError(`no file "${file}"`);
  const progress = progressOf("import", statSync(file).size, "bytes");
  progress.phase("reading");
  const content = readFileSync(file, "utf8");
  progress.update(Buffer.byteLength(content));
  const config = loadConfig();
  // Published through Redis when configured, so running servers' subscribers hear of the new collection.
  const { pubsub, close } = openPubSub(config.redisUrl);
  try {
    await withDatabase(async ({ prisma }) => {
      const owner = await prisma.user.findUnique({ where: { name: values.owner } });
      if (!owner) throw new UsageError(`no user named "${values.owner}"`);
      // No worker here: new IoCs are queued for the servers' workers.
      const enrichment = startEnrichment(
        { ...(config.enrichment ?? defaultEnrichment), worker: false },
        { db: prisma, pubsub, log: cliLogger() },
      );
      const ctx = {
        db: prisma,
        pubsub,
        limits: config.limits,
        iocHooks: creationHooks(enrichment),
        viewer: {
          id: owner.id,
          name: owner.name,
          apiKeyId: "cli",
          keyPrefix: "cli",
          scope: "WRITE" as const,
        },
      };
      const { collectionId, report } = await importCollection(
        ctx,
        {
          format: format as ImportFormat,
          content,
          name: values.name,
          visibility: visibility as Visibility | undefined,
          tlp: tlp as Tlp | undefined,
        },
        (found) => progress.phase("storing", found),
      );
      progress.finish({
        added: report.added,
        duplicates: report.duplicates,
        skipped: report.skipped.length,
        invalid: report.invalid.length,
      });
      const collection = await prisma.collection.findUniqueOrThrow({
        where: { id: collectionId },
        select: { name: true },
      });
      const id = encodeGlobalID("Collection", collectionId);
      console.log(JSON.stringify({ collection: { id, name: collection.name }, report }));
    });
  } finally {
    await close();
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  try {
    if (command === "serve") await serve();
    else if (command === "migrate") {
      const applied = await withDatabase((db) => db.migrate());
      console.log(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
    } else if (command === "user") await userCommand(rest[0], rest.slice(1));
    else if (command === "enrich") await enrichCommand(rest);
    else if (command === "import") await importCommand(rest);
    else throw new UsageError(usage);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof DatabaseBusyError ||
      error instanceof DomainError
    ) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
