// Bad input is a clear error and writes nothing; what goes wrong on the server's side is masked, and a database
// that cannot be reached is a 503 to retry, never a bare 500.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { backend, startTestApp, type TestApp } from "./helpers/app.js";
import { AddIocs, CreateCollection } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const Update = graphql(`
  mutation BadInputUpdate($input: UpdateCollectionInput!) {
    updateCollection(input: $input) { __typename ... on ValidationError { field message } }
  }
`);
const History = graphql(`
  query BadInputHistory($id: ID!) { collectionChanges(id: $id, first: 50) { totalCount edges { node { kind } } } }
`);
const Search = graphql(`
  query BadInputSearch($search: String!) { collections(first: 5, filter: { search: $search }) { totalCount } }
`);
const Watchlist = graphql(`query BadInputWatchlist { watchlist { value } }`);

const unstorable = ["nul\u0000here", "lone \ud800 surrogate", "lone \udfff low"];

describe("text PostgreSQL cannot store", () => {
  it.each(unstorable)(
    "in a name, description or tag is a ValidationError and writes nothing (%j)",
    async (bad) => {
      const owner = await t.createUser();
      for (const input of [
        { name: bad },
        { name: "ok", description: bad },
        { name: "ok", tags: ["fine", bad] },
      ]) {
        const result = await t.run(CreateCollection, { input }, { apiKey: owner.apiKey });
        expect(result.createCollection).toMatchObject({ __typename: "ValidationError" });
      }
      const { collection } = await createCollection(t, owner);
      for (const field of ["name", "description", "tags"] as const) {
        const input = { id: collection.id, [field]: field === "tags" ? [bad] : bad };
        const result = await t.run(Update, { input }, { apiKey: owner.apiKey });
        expect(result.updateCollection).toEqual({
          __typename: "ValidationError",
          field,
          message: expect.any(String),
        });
      }
      const history = await t.run(History, { id: collection.id }, { apiKey: owner.apiKey });
      expect(history.collectionChanges?.edges.map((e) => e.node.kind)).toEqual(["CREATED"]);
      const mine = await t.run(Search, { search: "Test collection" }, { apiKey: owner.apiKey });
      expect(mine.collections.totalCount).toBeGreaterThanOrEqual(1);
    },
  );

  it("in an IoC is reported as invalid, and in a search is a client error, not a 500", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner);
    const added = await t.run(
      AddIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "http://evil.example.com/a\u0000b" }] } },
      { apiKey: owner.apiKey },
    );
    expect(added.addIocs).toMatchObject({
      __typename: "AddIocsPayload",
      report: { added: 0, invalid: [{ reason: expect.stringMatching(/control character/) }] },
    });
    const search = await t.execute(Search, { search: "x\u0000y" });
    expect(search.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("an update that changes nothing", () => {
  it("writes nothing and tells no one", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner, { tags: ["b", "a"] });
    for (const input of [
      { id: collection.id },
      { id: collection.id, name: "Test collection" },
      { id: collection.id, name: "  Test collection ", tags: ["A", "b"], visibility: "PUBLIC" as const },
    ]) {
      const result = await t.run(Update, { input }, { apiKey: owner.apiKey });
      expect(result.updateCollection.__typename).toBe("UpdateCollectionPayload");
    }
    const history = await t.run(History, { id: collection.id }, { apiKey: owner.apiKey });
    expect(history.collectionChanges?.totalCount).toBe(1);
    await t.run(Update, { input: { id: collection.id, name: "Renamed" } }, { apiKey: owner.apiKey });
    const after = await t.run(History, { id: collection.id }, { apiKey: owner.apiKey });
    expect(after.collectionChanges?.edges.map((e) => e.node.kind)).toEqual(["CREATED", "UPDATED"]);
  });
});

describe("a failure on the server's side", () => {
  it("is masked: the client learns nothing of it but that it happened", async () => {
    const broken = await startTestApp();
    try {
      const user = await broken.createUser();
      await broken.app.database.prisma.$executeRawUnsafe(`DROP TABLE "WatchedIoc"`);
      const result = await broken.execute(Watchlist, {}, { apiKey: user.apiKey });
      expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ["Unexpected error.", "INTERNAL_SERVER_ERROR"],
      ]);
      expect(JSON.stringify(result)).not.toMatch(/WatchedIoc|relation|stack/);
    } finally {
      await broken.stop();
    }
  });

  it.skipIf(backend !== "postgres")(
    "is a 503 with SERVICE_UNAVAILABLE while the database is down",
    async () => {
      const outage = await startTestApp();
      const url = new URL(outage.config.databaseUrl ?? "");
      const name = url.pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        const owner = await outage.createUser();
        const { collection } = await createCollection(outage, owner);
        await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [name],
        );
        const response = await outage.app.yoga.fetch("http://iocgraph.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ collection(id: "${collection.id}") { name } }` }),
        });
        expect(response.status).toBe(503);
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
        expect((await outage.app.yoga.fetch("http://iocgraph.test/readyz")).status).toBe(503);
        // Back up: the next request works again.
        await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
        const again = await outage.run(
          graphql(`query BadInputBack($id: ID!) { collection(id: $id) { name } }`),
          { id: collection.id },
        );
        expect(again.collection?.name).toBe("Test collection");
      } finally {
        await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`).catch(() => {});
        await admin.end();
        await outage.stop();
      }
    },
  );
});
