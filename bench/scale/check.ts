// The bulk loader's promise, checked: the same small dataset written through iocgraph's own write path (users
// from the CLI, createCollection over HTTP per collection in order, the offline enrichment import) and by
// bench/scale/load.ts must leave the same rows — every table dumped by natural keys (values, names, ranks of
// times and sequence numbers instead of generated ids and clock readings) — and answer the same GraphQL.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { openDatabase } from "../../src/db.js";
import { storeImported } from "../../src/enrichment/import.js";
import {
  collectionFields,
  hubIndex,
  iocType,
  iocValue,
  isEnriched,
  members,
  ownerOf,
  type Sizes,
  userName,
  vtObject,
} from "./dataset.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

async function graphql<T>(port: number, query: string, variables: unknown, apiKey?: string): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (apiKey) headers["x-apikey"] = apiKey;
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const CREATE = `mutation ($input: CreateCollectionInput!) { createCollection(input: $input) {
  __typename ... on CreateCollectionPayload { report { added invalid { input reason } } } ... on Error { message } } }`;

/** Writes the dataset of `s` through the API of the server on `port` (its database migrated and empty). */
export async function writeThroughApi(databaseUrl: string, port: number, s: Sizes): Promise<void> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" };
  const keys: string[] = [];
  for (let u = 0; u < s.users; u++) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["bin/iocgraph.js", "user", "create", "--name", userName(u)],
      { cwd: root, env },
    );
    keys.push((JSON.parse(stdout) as { apiKey: string }).apiKey);
  }
  for (let k = 0; k < s.collections; k++) {
    const list = members(k, s);
    const input = {
      ...collectionFields(k),
      iocs: list.map((i) => ({ type: iocType(i), value: iocValue(i) })),
    };
    const { createCollection: result } = await graphql<{
      createCollection: { report?: { added: number; invalid: unknown[] } };
    }>(port, CREATE, { input }, keys[ownerOf(k, s)]);
    if (result.report?.added !== list.length || result.report.invalid.length > 0)
      throw new Error(`createCollection ${k}: ${JSON.stringify(result)}`);
  }
  const database = openDatabase({ databaseUrl, dataDir: "" });
  try {
    const objects = [];
    for (let i = 0; i < s.iocs; i++) if (isEnriched(i)) objects.push(vtObject(i));
    for (let at = 0; at < objects.length; at += 500)
      await storeImported(database.prisma, objects.slice(at, at + 500));
  } finally {
    await database.close();
  }
}

// Natural keys: an IoC by type:value, a user by name, a scope by its user's name, a time by the collection
// whose memberships were added then, a sequence number by its rank.
const IOC = `(SELECT i.type || ':' || i.value FROM "Ioc" i WHERE i.id = %)`;
const USER = `(SELECT u.name FROM "User" u WHERE u.id = %)`;
const SCOPE = `(CASE WHEN % = '*' THEN '*' ELSE ${USER} END)`;
const AT = `(SELECT min(c.name) FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId" WHERE m."addedAt" = %)`;
const at = (template: string, expr: string) => template.replaceAll("%", expr);

const DUMPS: Record<string, string> = {
  User: `SELECT name FROM "User"`,
  Collection: `SELECT name, description, tags, "references", "altNames", "collectionType", "targetedIndustries",
    "targetedRegions", "sourceRegion", tlp, visibility, ${at(USER, `o."ownerId"`)} AS owner, "typeCounts", "iocCount",
    "updatedAt" >= "createdAt" AS ordered FROM "Collection" o`,
  Ioc: `SELECT type, value, md5, sha1, sha256, ${at(AT, `o."createdAt"`)} AS "createdWith" FROM "Ioc" o`,
  CollectionIoc: `SELECT (SELECT name FROM "Collection" c WHERE c.id = o."collectionId") AS collection,
    ${at(IOC, `o."iocId"`)} AS ioc, ${at(USER, `o."addedById"`)} AS "addedBy", ${at(AT, `o."addedAt"`)} AS "addedWith",
    rank() OVER (ORDER BY seq) AS seq FROM "CollectionIoc" o`,
  IocRelation: `SELECT ${at(IOC, `o."sourceId"`)} AS source, relation, ${at(IOC, `o."targetId"`)} AS target,
    "firstSeen", "lastSeen", origin FROM "IocRelation" o`,
  IocReach: `SELECT ${at(SCOPE, "o.scope")} AS scope, ${at(IOC, `o."iocId"`)} AS ioc FROM "IocReach" o`,
  Sighting: `SELECT ${at(SCOPE, "o.scope")} AS scope, ${at(IOC, `o."iocId"`)} AS ioc, collections,
    ${at(AT, `o."firstSighted"`)} AS first, ${at(AT, `o."lastSighted"`)} AS last FROM "Sighting" o`,
  // The entry's time is the writer's clock (after its memberships' transaction time): compared by rank.
  CollectionChange: `SELECT rank() OVER (ORDER BY id) AS id, rank() OVER (ORDER BY at) AS "atRank",
    (SELECT name FROM "Collection" c WHERE c.id = o."collectionId") AS collection, kind,
    ${at(USER, `o."actorId"`)} AS actor,
    ARRAY(SELECT ${at(IOC, "u.x")} FROM unnest(o."iocIds") WITH ORDINALITY AS u(x, n) ORDER BY n) AS iocs, details
    FROM "CollectionChange" o`,
  Enrichment: `SELECT ${at(IOC, `o."iocId"`)} AS ioc, provider, status, "fetchedAt" IS NOT NULL AS fetched, error,
    malicious, suspicious, harmless, undetected, timeout, total, "firstSeen", "lastSeen", size, "typeDescription",
    "meaningfulName", names, tags, reputation, registrar, "creationDate", categories, country, asn, "asOwner",
    network, "finalUrl", title, "httpResponseCode", raw FROM "Enrichment" o`,
  EnrichmentJob: `SELECT ${at(IOC, `o."iocId"`)} AS ioc, provider FROM "EnrichmentJob" o`,
  WatchedIoc: `SELECT * FROM "WatchedIoc"`,
  // The schema the load set aside and put back: every index, constraint and trigger, as the migrations left them.
  "(indexes)": `SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
  "(constraints)": `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def, convalidated
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
  "(triggers)": `SELECT tgrelid::regclass::text AS "table", tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal`,
};

async function dump(databaseUrl: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const out: Record<string, string[]> = {};
    for (const [table, sql] of Object.entries(DUMPS)) {
      const { rows } = await client.query(sql);
      out[table] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Every table of the two databases, compared by natural keys; returns the differences found (none: []). */
export async function compareTables(apiUrl: string, bulkUrl: string): Promise<string[]> {
  const [api, bulk] = [await dump(apiUrl), await dump(bulkUrl)];
  const problems: string[] = [];
  for (const table of Object.keys(DUMPS)) {
    const a = new Set(api[table]);
    const b = new Set(bulk[table]);
    const onlyApi = api[table].filter((row) => !b.has(row));
    const onlyBulk = bulk[table].filter((row) => !a.has(row));
    if (onlyApi.length || onlyBulk.length || api[table].length !== bulk[table].length)
      problems.push(
        `${table}: ${api[table].length} rows through the API, ${bulk[table].length} bulk-loaded; ` +
          `${onlyApi.length} only in the API's, e.g. ${onlyApi[0]?.slice(0, 400)}; ` +
          `${onlyBulk.length} only in the bulk's, e.g. ${onlyBulk[0]?.slice(0, 400)}`,
      );
  }
  return problems;
}

// GraphQL answers, with what differs by construction (ids, cursors, clock readings) taken out.
const VOLATILE = new Set([
  ...["id", "cursor", "endCursor", "startCursor"],
  ...["createdAt", "updatedAt", "fetchedAt", "addedAt", "firstSighted", "lastSighted"],
]);
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !VOLATILE.has(key))
        .map(([key, v]) => [key, strip(v)]),
    );
  return value;
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(sorted).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, sorted(v)]));
  return value;
}

export interface Question {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Compared as sets (lists sorted), where the order's last tie-break is a row id. */
  unordered?: boolean;
}

/** The same GraphQL questions to both servers; returns the ones answered differently. */
export async function compareAnswers(
  apiPort: number,
  bulkPort: number,
  questions: Question[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const q of questions) {
    const answer = async (port: number) => {
      const data = strip(await graphql(port, q.query, q.variables));
      return JSON.stringify(q.unordered ? sorted(data) : data);
    };
    const [a, b] = [await answer(apiPort), await answer(bulkPort)];
    if (a !== b) {
      const from = [...a].findIndex((ch, i) => ch !== b[i]);
      problems.push(
        `${q.name}: answers differ at ${from}:\n  API:  ${a.slice(Math.max(0, from - 60), from + 120)}\n  bulk: ${b.slice(Math.max(0, from - 60), from + 120)}`,
      );
    }
  }
  return problems;
}

const enrichment = `enrichment { status firstSeen lastSeen tags reputation
  detections { malicious suspicious harmless undetected timeout total } }`;

/** Questions through the IoCs (values are the same in both databases; ids are not). */
export function checkQuestions(s: Sizes): Question[] {
  const byValue = (name: string, i: number) => ({
    name: `${name} (IoC ${i})`,
    query: `query Check($value: String!) { ioc(value: $value) { __typename value firstSighted lastSighted sightings
      ${enrichment}
      collections(first: 50) { edges { addedAt node { name visibility tlp tags counts { files urls domains ipAddresses total }
        iocs(first: 30) { edges { node { value ${enrichment} } } }
        relatedCollections(first: 5) { edges { sharedIocs node { name } } } } } } } }`,
    variables: { value: iocValue(i) },
  });
  return [
    byValue("a hub", hubIndex(0)),
    byValue("a file", 0),
    byValue("a URL", 17),
    byValue("a URL's domain", 8),
    byValue("an IP", s.iocs - 5),
    {
      name: "search, all domains with p:5+ (as a set: ties in lastSighted are broken by row id)",
      query: `{ iocs(query: "type:domain p:5+", first: 1000) { edges { node { value sightings } } } }`,
      variables: {},
      unordered: true,
    },
    {
      name: "relationships of a domain and a URL (as a set: ties are broken by row id)",
      query: `query R($a: String!, $b: String!) {
        a: ioc(value: $a) { relationships(first: 10) { edges { relation node { value } } } }
        b: ioc(value: $b) { relationships(first: 10) { edges { relation node { value } } } } }`,
      variables: { a: iocValue(8), b: iocValue(17) },
      unordered: true,
    },
    {
      name: "collections, newest first",
      query: `{ collections(first: 100) { edges { node { name iocCount: counts { total } } } } }`,
      variables: {},
    },
  ];
}
