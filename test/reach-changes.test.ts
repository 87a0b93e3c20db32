// The reach of IoCs follows every write that can take it away: removing an IoC, deleting its collection,
// making the collection PRIVATE or UNLISTED. The held IoC and what was derived from it (a URL's host and its
// parent domain) go for those who saw them only through that collection, stay for the owner of a private
// one, and stay for everyone while another public collection still holds them.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importJsonl } from "../src/enrichment/import.js";
import type { Visibility } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { IocLookup } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { sha256 } from "./helpers/graph.js";
import { vtFile } from "./helpers/vt-standin.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const Update = graphql(`
  mutation ReachUpdate($id: ID!, $visibility: Visibility!) {
    updateCollection(input: { id: $id, visibility: $visibility }) { __typename }
  }
`);
const Delete = graphql(`
  mutation ReachDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }
`);
const Remove = graphql(`
  mutation ReachRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }
`);

/** A public collection holding one URL: the URL, its host and the host's registrable domain are reached. */
async function publicUrl(owner: TestUser) {
  const domain = `reach-${randomBytes(4).toString("hex")}.com`;
  const url = `https://c2.${domain}/beacon`;
  const { collection } = await createCollection(t, owner, { visibility: "PUBLIC", iocs: [{ value: url }] });
  return { id: collection.id, values: [url, `c2.${domain}`, domain] };
}

async function seen(values: string[], viewer?: TestUser): Promise<boolean[]> {
  return Promise.all(
    values.map(async (value) => (await t.run(IocLookup, { value }, { apiKey: viewer?.apiKey })).ioc !== null),
  );
}

const writes: Record<string, (owner: TestUser, id: string, url: string) => Promise<unknown>> = {
  "removing the IoC": (owner, id, url) =>
    t.run(Remove, { input: { collectionId: id, iocs: [{ value: url }] } }, { apiKey: owner.apiKey }),
  "deleting the collection": (owner, id) => t.run(Delete, { id }, { apiKey: owner.apiKey }),
  "making it PRIVATE": (owner, id) =>
    t.run(Update, { id, visibility: "PRIVATE" as Visibility }, { apiKey: owner.apiKey }),
  "making it UNLISTED": (owner, id) =>
    t.run(Update, { id, visibility: "UNLISTED" as Visibility }, { apiKey: owner.apiKey }),
};

// What the owner still sees afterwards: their own collection's IoCs while they still hold them.
const ownerKeeps: Record<string, boolean> = {
  "removing the IoC": false,
  "deleting the collection": false,
  "making it PRIVATE": true,
  "making it UNLISTED": true,
};

describe("reach after a write that takes it away", () => {
  for (const [write, apply] of Object.entries(writes)) {
    it(`${write}: the IoC and what derives from it leave the reach, unless still held`, async () => {
      const owner = await t.createUser("owner");
      const other = await t.createUser("other");
      const only = await publicUrl(owner);
      const shared = await publicUrl(owner);
      // The same URL in a second public collection, of another user.
      await createCollection(t, other, { visibility: "PUBLIC", iocs: [{ value: shared.values[0] }] });
      expect(await seen(only.values)).toEqual([true, true, true]);

      await apply(owner, only.id, only.values[0]);
      await apply(owner, shared.id, shared.values[0]);

      expect(await seen(only.values)).toEqual([false, false, false]);
      expect(await seen(only.values, other)).toEqual([false, false, false]);
      expect(await seen(only.values, owner)).toEqual(Array(3).fill(ownerKeeps[write]));
      // Still held by the other user's public collection: visible to all.
      expect(await seen(shared.values)).toEqual([true, true, true]);
    });
  }

  it("removing an IoC from a PRIVATE collection takes it out of its owner's reach too", async () => {
    const owner = await t.createUser("owner");
    const domain = `private-${randomBytes(4).toString("hex")}.com`;
    const { collection } = await createCollection(t, owner, {
      visibility: "PRIVATE",
      iocs: [{ value: domain }],
    });
    expect(await seen([domain], owner)).toEqual([true]);
    expect(await seen([domain])).toEqual([false]);
    await t.run(
      Remove,
      { input: { collectionId: collection.id, iocs: [{ value: domain }] } },
      { apiKey: owner.apiKey },
    );
    expect(await seen([domain], owner)).toEqual([false]);
  });

  it("making a PRIVATE collection PUBLIC again brings its IoCs back to everyone", async () => {
    const owner = await t.createUser("owner");
    const { id, values } = await publicUrl(owner);
    await t.run(Update, { id, visibility: "PRIVATE" as Visibility }, { apiKey: owner.apiKey });
    expect(await seen(values)).toEqual([false, false, false]);
    await t.run(Update, { id, visibility: "PUBLIC" as Visibility }, { apiKey: owner.apiKey });
    expect(await seen(values)).toEqual([true, true, true]);
  });
});

const History = graphql(`
  query ReachHistory($id: ID!) { collectionChanges(id: $id, first: 10) { edges { node { kind iocs { value } } } } }
`);

describe("a collection's history", () => {
  it("names the IoCs it holds, and hides one it no longer holds that only a private collection does", async () => {
    const owner = await t.createUser("owner");
    const { id, values } = await publicUrl(owner);
    const [url] = values;
    const kept = `kept-${randomBytes(4).toString("hex")}.com`;
    await t.run(
      graphql(`mutation ReachAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename } }`),
      { input: { collectionId: id, iocs: [{ value: kept }] } },
      { apiKey: owner.apiKey },
    );
    await createCollection(t, owner, { visibility: "PRIVATE", iocs: [{ value: url }] });
    await t.run(Remove, { input: { collectionId: id, iocs: [{ value: url }] } }, { apiKey: owner.apiKey });
    const history = async (viewer?: TestUser) =>
      (await t.run(History, { id }, { apiKey: viewer?.apiKey })).collectionChanges?.edges.map((e) => [
        e.node.kind,
        e.node.iocs.map((i) => i.value),
      ]);
    // Anonymous readers: the URL is gone from every public place, so its entries name nothing.
    expect(await history()).toEqual([
      ["CREATED", []],
      ["IOCS_ADDED", [kept]],
      ["IOCS_REMOVED", []],
    ]);
    // Its owner still holds it in the private collection.
    expect(await history(owner)).toEqual([
      ["CREATED", [url]],
      ["IOCS_ADDED", [kept]],
      ["IOCS_REMOVED", [url]],
    ]);
  });
});

const FileHashes = graphql(`
  query ReachFile($value: String!) { ioc(value: $value) { id ... on File { md5 sha1 sha256 } } }
`);

describe("a hash merge", () => {
  it("lets whoever reached one of the merged rows reach the file they became", async () => {
    const owner = await t.createUser("owner");
    const publisher = await t.createUser("publisher");
    const seed = randomBytes(4).toString("hex");
    const file = {
      md5: sha256(`md5-${seed}`).slice(0, 32),
      sha1: sha256(`sha1-${seed}`).slice(0, 40),
      sha256: sha256(seed),
    };
    // The md5 row is the older one: it survives the merge, reached only by its private owner until then.
    await createCollection(t, owner, { visibility: "PRIVATE", iocs: [{ value: file.md5 }] });
    await createCollection(t, publisher, { visibility: "PUBLIC", iocs: [{ value: file.sha256 }] });
    const before = await t.run(FileHashes, { value: file.md5 });
    expect(before.ioc).toBeNull();

    // The provider's report names both hashes: the two rows become one.
    const dir = await mkdtemp(join(tmpdir(), "iocgraph-reach-"));
    try {
      const path = join(dir, "file.jsonl");
      await writeFile(path, JSON.stringify({ data: vtFile(file) }));
      await importJsonl(t.app.database.prisma, path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const survivor = (await t.run(FileHashes, { value: file.md5 }, { apiKey: owner.apiKey })).ioc;
    expect(survivor).toEqual({ id: expect.any(String), ...file });
    // The public collection now holds the surviving row: everyone reaches it, by every hash.
    for (const viewer of [undefined, publisher, owner]) {
      for (const value of Object.values(file)) {
        expect((await t.run(FileHashes, { value }, { apiKey: viewer?.apiKey })).ioc).toEqual(survivor);
      }
    }
  });
});

const Create = graphql(`
  mutation ReachCreate($input: CreateCollectionInput!) {
    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }
  }
`);

describe("the statements a write spends on reach", () => {
  /** The reach statements `write` sent, in order: the commit-order lock, and what it added or took away. */
  async function reachSteps(write: () => Promise<unknown>): Promise<string[]> {
    const { statements } = await t.countStatements(write);
    return statements.flatMap((sql) => {
      if (sql.includes("pg_advisory_xact_lock")) return ["lock"];
      if (sql.includes('INSERT INTO "IocReach"')) return ["extend"];
      if (sql.includes('DELETE FROM "IocReach"')) return ["retract"];
      return [];
    });
  }

  it("are one step under the commit-order lock when IoCs move, and none when no IoC does", async () => {
    const owner = await t.createUser("owner");
    const as = { apiKey: owner.apiKey };
    let id = "";
    const create = async (iocs: { value: string }[]) => {
      const data = await t.run(Create, { input: { name: "reach", iocs } }, as);
      if (data.createCollection.__typename !== "CreateCollectionPayload") throw new Error("not created");
      id = data.createCollection.collection.id;
    };
    const visibility = (to: Visibility) => () => t.run(Update, { id, visibility: to }, as);
    const remove = () => t.run(Delete, { id }, as);

    expect(await reachSteps(() => create([]))).toEqual([]);
    expect(await reachSteps(visibility("PRIVATE"))).toEqual([]);
    expect(await reachSteps(visibility("PUBLIC"))).toEqual([]);
    expect(await reachSteps(remove)).toEqual([]);

    const value = `moved-${randomBytes(4).toString("hex")}.com`;
    expect(await reachSteps(() => create([{ value }]))).toEqual(["lock", "extend"]);
    expect(await reachSteps(visibility("PRIVATE"))).toEqual(["lock", "retract"]);
    expect(await reachSteps(visibility("PUBLIC"))).toEqual(["lock", "extend"]);
    expect(await reachSteps(remove)).toEqual(["lock", "retract"]);
  });
});
