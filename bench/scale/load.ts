// Bulk load of the bench:scale dataset (bench/scale/dataset.ts) into a migrated, empty PostgreSQL database,
// producing the rows iocgraph's write path would have: createCollection per collection in order k (its IoCs,
// their derived network_location edges, memberships in input order with a global seq, exact typeCounts and
// iocCount, a CREATED change-log entry with the added ids, IocReach for the owner and — public — "*", closed
// along the edges), the Sighting rows its triggers keep, then the offline enrichment import.
//
// How: the tables' indexes, constraints and triggers are set aside; users, collections, IoCs, edges, memberships
// and the change log go in with COPY, streamed from the dataset functions; enrichment rows through the import's
// own statement (json_populate_recordset of the mapped objects), in batches; IocReach and Sighting each in one
// set-wise statement (the reach closure one pass per edge step); then the indexes and constraints come back
// (two builds at a time), the triggers are re-enabled, and VACUUM ANALYZE.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { mapAttributes } from "../../src/enrichment/mapping.js";
import { OFFLINE } from "../../src/enrichment/service.js";
import { DERIVED } from "../../src/graph/relations.js";
import {
  collectionFields,
  collectionTime,
  iocType,
  iocValue,
  isEnriched,
  members,
  ownerOf,
  type Sizes,
  urlDomainIndex,
  userName,
  vtObject,
} from "./dataset.js";

const TABLES = [
  "User",
  "Collection",
  "Ioc",
  "CollectionIoc",
  "IocRelation",
  "IocReach",
  "Sighting",
  "CollectionChange",
  "Enrichment",
];

// lowbias32: a bijection on 32-bit integers, so distinct i give distinct ids.
function mix32(input: number): number {
  let x = input >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
const hex = (n: number, digits: number) =>
  n
    .toString(16)
    .padStart(8, "0")
    .slice(8 - digits);

/** IoC i's row id: a random-looking UUID (v4 layout), like gen_random_uuid() gives, but reproducible. */
export function iocId(i: number): string {
  const a = mix32(i);
  const b = mix32(a + 1);
  const c = mix32(a + 2);
  const d = mix32(a + 3);
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b & 0xfff, 3)}-${hex(0x8000 | (c >>> 18), 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
}
export const collectionId = (k: number) => `cscale${String(k).padStart(19, "0")}`;
export const userId = (u: number) => `cuser${String(u).padStart(20, "0")}`;

/** A value in COPY's text format. */
function field(value: string | number | null): string {
  if (value === null) return "\\N";
  return String(value).replace(
    /[\\\t\n\r]/g,
    (ch) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[ch] as string,
  );
}
const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((item) => `"${item.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(",")}}`;
const line = (values: (string | number | null)[]) => `${values.map(field).join("\t")}\n`;
const stamp = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

/** Streams the lines of `rows` into `table` with COPY, ~256 KB per write. */
async function copy(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: string[],
  rows: Iterable<string>,
) {
  const target = client.query(
    copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`),
  );
  function* chunks() {
    let chunk: string[] = [];
    let size = 0;
    for (const row of rows) {
      chunk.push(row);
      size += row.length;
      if (size > 256_000) {
        yield chunk.join("");
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length) yield chunk.join("");
  }
  await pipeline(Readable.from(chunks()), target);
}

interface Saved {
  constraints: { table: string; name: string; def: string; kind: string }[];
  indexes: string[];
}

/** Sets aside the loaded tables' indexes, constraints (and the foreign keys into them) and user triggers. */
async function setAside(client: pg.Client): Promise<Saved> {
  const { rows: constraints } = await client.query<{
    table: string;
    name: string;
    def: string;
    kind: string;
  }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def,
            contype::text AS kind
     FROM pg_constraint
     WHERE contype IN ('p', 'u', 'f') AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1))`,
    [TABLES.map((t) => `"${t}"`)],
  );
  const { rows: indexes } = await client.query<{ def: string; name: string }>(
    `SELECT indexdef AS def, indexname AS name FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = ANY($1)
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    [TABLES],
  );
  for (const c of [...constraints].sort((a, b) => (a.kind === "f" ? -1 : 0) - (b.kind === "f" ? -1 : 0)))
    await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  for (const table of TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  return { constraints, indexes: indexes.map((i) => i.def) };
}

/** Runs `statements` on `width` connections at once. */
async function parallel(databaseUrl: string, statements: string[], width: number) {
  const queue = [...statements];
  await Promise.all(
    Array.from({ length: width }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query("SET maintenance_work_mem = '512MB'");
        for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
      } finally {
        await client.end();
      }
    }),
  );
}

async function restore(databaseUrl: string, client: pg.Client, saved: Saved) {
  // IocReach's key was built for the reach closure already.
  const keys = saved.constraints.filter((c) => c.kind !== "f" && c.name !== "IocReach_pkey");
  await parallel(
    databaseUrl,
    [...keys.map((c) => `ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`), ...saved.indexes],
    2,
  );
  const foreign = saved.constraints.filter((c) => c.kind === "f");
  await parallel(
    databaseUrl,
    foreign.map((c) => `ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`),
    2,
  );
  for (const table of TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
}

export interface LoadReport {
  memberships: number;
  enriched: number;
  edges: number;
  reach: number;
  sightings: number;
  steps: { step: string; seconds: number }[];
}

export async function load(databaseUrl: string, s: Sizes, log: (line: string) => void): Promise<LoadReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const steps: LoadReport["steps"] = [];
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps.push({ step: name, seconds: (now - last) / 1000 });
    log(`  ${name}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
  try {
    await client.query("SET synchronous_commit = off; SET work_mem = '256MB'");
    const saved = await setAside(client);
    step("indexes, constraints and triggers set aside");

    await copy(
      client,
      "User",
      ["id", "name", "createdAt"],
      (function* () {
        for (let u = 0; u < s.users; u++) yield line([userId(u), userName(u), stamp(collectionTime(0))]);
      })(),
    );

    // Collections, memberships and the change log in one pass over the collections; the first collection of
    // each IoC (or of the URL that led to it) is its creation time.
    const firstSeen = new Int32Array(s.iocs).fill(-1);
    let memberships = 0;
    const membershipRows = function* () {
      let seq = 0;
      for (let k = 0; k < s.collections; k++) {
        const id = collectionId(k);
        const owner = userId(ownerOf(k, s));
        const at = stamp(collectionTime(k));
        for (const i of members(k, s)) {
          if (firstSeen[i] < 0) firstSeen[i] = k;
          if (iocType(i) === "URL" && firstSeen[urlDomainIndex(i)] < 0) firstSeen[urlDomainIndex(i)] = k;
          memberships++;
          yield line([id, iocId(i), at, owner, ++seq]);
        }
      }
    };
    await copy(
      client,
      "CollectionIoc",
      ["collectionId", "iocId", "addedAt", "addedById", "seq"],
      membershipRows(),
    );
    step(`${memberships.toLocaleString("en-US")} memberships (COPY)`);

    await copy(
      client,
      "Collection",
      [
        "id",
        "name",
        "description",
        "tags",
        "references",
        "altNames",
        "collectionType",
        "targetedIndustries",
        "targetedRegions",
        "sourceRegion",
        "tlp",
        "visibility",
        "ownerId",
        "createdAt",
        "updatedAt",
        "typeCounts",
        "iocCount",
      ],
      (function* () {
        for (let k = 0; k < s.collections; k++) {
          const f = collectionFields(k);
          const list = members(k, s);
          const counts: Record<string, number> = {};
          for (const i of list) counts[iocType(i)] = (counts[iocType(i)] ?? 0) + 1;
          const at = stamp(collectionTime(k));
          yield line([
            collectionId(k),
            f.name,
            "",
            arrayLiteral(f.tags),
            "[]",
            null,
            f.collectionType,
            null,
            null,
            null,
            f.tlp,
            f.visibility,
            userId(ownerOf(k, s)),
            at,
            at,
            JSON.stringify(counts),
            list.length,
          ]);
        }
      })(),
    );
    await copy(
      client,
      "CollectionChange",
      ["id", "collectionId", "kind", "actorId", "at", "iocIds"],
      (function* () {
        for (let k = 0; k < s.collections; k++) {
          const ids = members(k, s).map(iocId);
          yield line([
            k + 1,
            collectionId(k),
            "CREATED",
            userId(ownerOf(k, s)),
            stamp(collectionTime(k)),
            arrayLiteral(ids),
          ]);
        }
      })(),
    );
    step(`${s.collections.toLocaleString("en-US")} collections and their change-log entries (COPY)`);

    let edges = 0;
    await copy(
      client,
      "Ioc",
      ["id", "type", "value", "sha256", "createdAt"],
      (function* () {
        for (let i = 0; i < s.iocs; i++) {
          const type = iocType(i);
          const value = iocValue(i);
          yield line([
            iocId(i),
            type,
            value,
            type === "FILE" ? value : null,
            stamp(collectionTime(firstSeen[i])),
          ]);
        }
      })(),
    );
    await copy(
      client,
      "IocRelation",
      ["sourceId", "relation", "targetId", "origin"],
      (function* () {
        for (let i = 0; i < s.iocs; i++) {
          if (iocType(i) !== "URL") continue;
          edges++;
          yield line([iocId(i), "network_location", iocId(urlDomainIndex(i)), DERIVED]);
        }
      })(),
    );
    step(`${s.iocs.toLocaleString("en-US")} IoCs and ${edges.toLocaleString("en-US")} derived edges (COPY)`);

    // The enrichment import on a second connection meanwhile: it reads nothing the reach and sightings write.
    const enrichment = (async () => {
      const other = new pg.Client({ connectionString: databaseUrl });
      await other.connect();
      try {
        await other.query("SET synchronous_commit = off");
        const stored = await loadEnrichment(other, s);
        log(
          `  ${stored.toLocaleString("en-US")} enrichment rows (the offline import's statement, batched), alongside`,
        );
        return stored;
      } finally {
        await other.end();
      }
    })();
    const reach = await loadReach(client);
    step(`${reach.toLocaleString("en-US")} IocReach rows (set-wise, closed along the edges)`);
    const sightings = (
      await client.query(`
        INSERT INTO "Sighting" (scope, "iocId", collections, "firstSighted", "lastSighted")
        SELECT CASE WHEN c.visibility = 'PUBLIC' THEN '*' ELSE c."ownerId" END, m."iocId", count(*)::int,
               min(m."addedAt"), max(m."addedAt")
        FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
        GROUP BY 1, 2`)
    ).rowCount as number;
    step(`${sightings.toLocaleString("en-US")} Sighting rows (set-wise, the triggers' statement)`);
    const enriched = await enrichment;
    step("enrichment done");

    await client.query(`SELECT setval(pg_get_serial_sequence('"CollectionIoc"', 'seq'), $1)`, [memberships]);
    await client.query(`SELECT setval(pg_get_serial_sequence('"CollectionChange"', 'id'), $1)`, [
      s.collections,
    ]);
    await restore(databaseUrl, client, saved);
    step("indexes and constraints rebuilt, triggers on");
    await client.query("VACUUM ANALYZE");
    step("VACUUM ANALYZE");
    return { memberships, enriched, edges, reach, sightings, steps };
  } finally {
    await client.end();
  }
}

/** The held (scope, IoC) pairs, then one pass per edge step from the rows the last pass added. */
async function loadReach(client: pg.Client): Promise<number> {
  let total = (
    await client.query(`
      INSERT INTO "IocReach" (scope, "iocId")
      SELECT c."ownerId", m."iocId" FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
      UNION
      SELECT '*', m."iocId" FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
      WHERE c.visibility = 'PUBLIC'`)
  ).rowCount as number;
  await client.query(`ALTER TABLE "IocReach" ADD CONSTRAINT "IocReach_pkey" PRIMARY KEY (scope, "iocId")`);
  // The first step starts from every row; each next one from the rows the step before added. The key stays
  // (restore() leaves it be).
  let frontier = `"IocReach"`;
  for (;;) {
    await client.query(`
      CREATE TEMP TABLE step AS
      SELECT DISTINCT f.scope, e."targetId" AS "iocId" FROM ${frontier} f JOIN "IocRelation" e ON e."sourceId" = f."iocId"
      WHERE NOT EXISTS (SELECT 1 FROM "IocReach" x WHERE x.scope = f.scope AND x."iocId" = e."targetId")`);
    const added = (await client.query(`INSERT INTO "IocReach" SELECT scope, "iocId" FROM step`))
      .rowCount as number;
    if (frontier !== `"IocReach"`) await client.query("DROP TABLE frontier");
    await client.query("ALTER TABLE step RENAME TO frontier");
    frontier = "frontier";
    total += added;
    if (added === 0) break;
  }
  await client.query("DROP TABLE frontier");
  return total;
}

const ENRICHMENT_BATCH = 5000;

/** The offline import's Enrichment statement (src/enrichment/store.ts storeObjects), batch by batch. */
async function loadEnrichment(client: pg.Client, s: Sizes): Promise<number> {
  const { upsertSql } = await import("../../src/enrichment/fields.js");
  const sql = `
    INSERT INTO "Enrichment" ("iocId", provider, status, "fetchedAt", error, ${upsertSql.columns.text}, raw)
    SELECT r."iocId", r.provider, r.status, (now() AT TIME ZONE 'UTC'), NULL, ${upsertSql.values.text}, r.raw
    FROM json_populate_recordset(NULL::"Enrichment", $1::json) AS r`;
  let stored = 0;
  let batch: unknown[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(sql, [JSON.stringify(batch)]);
    stored += batch.length;
    batch = [];
  };
  for (let i = 0; i < s.iocs; i++) {
    if (!isEnriched(i)) continue;
    const object = vtObject(i);
    batch.push({
      iocId: iocId(i),
      provider: OFFLINE,
      status: "FRESH",
      ...mapAttributes(object),
      raw: object,
    });
    if (batch.length >= ENRICHMENT_BATCH) await flush();
  }
  await flush();
  return stored;
}
