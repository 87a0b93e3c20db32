// The `iocgraph` command: serve, migrate, and user/key administration.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { createApiKey, revokeApiKeys } from "./auth/api-keys.js";
import { ConfigError, loadConfig } from "./config.js";
import { DatabaseBusyError, openDatabase } from "./db.js";
import { importJsonl } from "./enrichment/import.js";
import { openPubSub } from "./pubsub.js";
import { serve } from "./server.js";

const usage = `Usage:
  iocgraph serve                          apply pending migrations, then serve GraphQL on $PORT
  iocgraph migrate                        apply pending migrations
  iocgraph user create --name NAME        create a user; prints {"id","name","apiKey"} as one JSON line
  iocgraph user create-key --name NAME    another API key for an existing user (same output)
  iocgraph user revoke-key --key KEY      revoke an API key (or --prefix PREFIX, as shown in the API)
  iocgraph enrich import FILE.jsonl       store VirusTotal-shaped objects (one {"data":…} per line) as
                                          enrichment; prints {"lines","stored","skipped","problems"}
Configuration comes from the environment: see README.md.`;

class UsageError extends Error {}

async function withDatabase<T>(fn: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const db = openDatabase(loadConfig());
  try {
    await db.migrate();
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function userCommand(action: string | undefined, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { name: { type: "string" }, key: { type: "string" }, prefix: { type: "string" } },
  });
  if (action === "create" || action === "create-key") {
    const name = values.name?.trim();
    if (!name) throw new UsageError(`iocgraph user ${action} needs --name NAME`);
    await withDatabase(async ({ prisma }) => {
      const existing = await prisma.user.findUnique({ where: { name } });
      if (action === "create" && existing) throw new UsageError(`a user named "${name}" exists already`);
      if (action === "create-key" && !existing) throw new UsageError(`no user named "${name}"`);
      const user = existing ?? (await prisma.user.create({ data: { name } }));
      const { secret } = await createApiKey(prisma, user.id, "cli");
      console.log(JSON.stringify({ id: user.id, name: user.name, apiKey: secret }));
    });
  } else if (action === "revoke-key") {
    if (!values.key && !values.prefix)
      throw new UsageError("iocgraph user revoke-key needs --key KEY or --prefix PREFIX");
    await withDatabase(async ({ prisma }) => {
      const count = await revokeApiKeys(
        prisma,
        values.key ? { key: values.key } : { prefix: values.prefix ?? "" },
      );
      if (count === 0) throw new UsageError("no active key matches");
      console.log(JSON.stringify({ revoked: count }));
    });
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
    await withDatabase(async ({ prisma }) =>
      console.log(JSON.stringify(await importJsonl(prisma, file, { pubsub }))),
    );
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
    else throw new UsageError(usage);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof DatabaseBusyError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
