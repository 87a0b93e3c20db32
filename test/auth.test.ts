// API keys: both header conventions, refusal of unknown or revoked keys, keys made through GraphQL and the CLI.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { backend, freshPostgresDatabase, startTestApp, type TestApp } from "./helpers/app.js";
import { expectRefusedWhileHeld } from "./helpers/embedded.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const Viewer = graphql(`query Viewer { viewer { user { name } apiKeys { id prefix revokedAt } } }`);

const CreateApiKey = graphql(`
  mutation CreateApiKey($name: String) {
    createApiKey(input: { name: $name }) {
      __typename
      ... on CreateApiKeyPayload { secret apiKey { id name prefix } }
      ... on Error { message }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(input: { id: $id }) {
      __typename
      ... on RevokeApiKeyPayload { apiKey { revokedAt } }
      ... on Error { message }
    }
  }
`);

describe("authentication", () => {
  it("accepts x-apikey and Authorization: Bearer; anonymous has no viewer", async () => {
    const user = await t.createUser("hdr");
    expect((await t.run(Viewer, {}, { apiKey: user.apiKey })).viewer?.user.name).toBe(user.name);
    const bearer = await t.execute(Viewer, {}, { headers: { authorization: `Bearer ${user.apiKey}` } });
    expect(bearer.data?.viewer?.user.name).toBe(user.name);
    expect((await t.run(Viewer, {})).viewer).toBeNull();
  });

  it("refuses an unknown key with 401 instead of treating it as anonymous", async () => {
    const response = await t.app.yoga.fetch("http://iocgraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-apikey": "iocg_not-a-real-key" },
      body: JSON.stringify({ query: "{ viewer { user { name } } }" }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/invalid or revoked api key/i);
  });

  it("creates keys through GraphQL, shows the secret once, and revokes them at once", async () => {
    const user = await t.createUser("keys");
    const created = await t.run(CreateApiKey, { name: "laptop" }, { apiKey: user.apiKey });
    if (created.createApiKey.__typename !== "CreateApiKeyPayload") throw new Error("createApiKey failed");
    const { secret, apiKey } = created.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect((await t.run(Viewer, {}, { apiKey: secret })).viewer?.apiKeys).toHaveLength(2);
    // The secret is stored only hashed.
    const stored = await t.app.database.prisma.apiKey.findMany({ where: { userId: user.id } });
    expect(stored.some((row) => JSON.stringify(row).includes(secret))).toBe(false);

    const revoked = await t.run(RevokeApiKey, { id: apiKey.id }, { apiKey: user.apiKey });
    expect(revoked.revokeApiKey.__typename).toBe("RevokeApiKeyPayload");
    expect((await t.execute(Viewer, {}, { apiKey: secret })).errors?.[0]?.message).toMatch(/revoked/);
    const again = await t.run(RevokeApiKey, { id: apiKey.id }, { apiKey: user.apiKey });
    expect(again.revokeApiKey.__typename).toBe("NotFoundError");
  });

  it("does not let a user see or revoke another user's key", async () => {
    const alice = await t.createUser("alice");
    const mallory = await t.createUser("mallory");
    const keys = await t.run(Viewer, {}, { apiKey: alice.apiKey });
    const aliceKey = keys.viewer?.apiKeys[0]?.id ?? "";
    const node = await t.run(
      graphql(`query KeyNode($id: ID!) { node(id: $id) { id } }`),
      { id: aliceKey },
      { apiKey: mallory.apiKey },
    );
    expect(node.node).toBeNull();
    const revoke = await t.run(RevokeApiKey, { id: aliceKey }, { apiKey: mallory.apiKey });
    expect(revoke.revokeApiKey.__typename).toBe("NotFoundError");
    expect((await t.run(Viewer, {}, { apiKey: alice.apiKey })).viewer?.user.name).toBe(alice.name);
  });
});

describe("the iocgraph CLI", () => {
  it("creates a user and prints one JSON line whose key works; revoke-key revokes it", async () => {
    const run = promisify(execFile);
    const database = backend === "postgres" ? await freshPostgresDatabase() : undefined;
    const env = {
      ...process.env,
      DATABASE_URL: database?.url ?? "",
      DATA_DIR: `${process.env.TMPDIR ?? "/tmp"}/iocgraph-cli-${process.pid}-${Date.now()}`,
    };
    try {
      const { stdout } = await run("node", ["bin/iocgraph.js", "user", "create", "--name", "cli-alice"], {
        env,
      });
      const lines = stdout.trim().split("\n");
      expect(lines).toHaveLength(1);
      const printed = JSON.parse(lines[0] ?? "") as { id: string; name: string; apiKey: string };
      expect(printed).toMatchObject({
        name: "cli-alice",
        id: expect.any(String),
        apiKey: expect.stringMatching(/^iocg_/),
      });

      const duplicate = await run("node", ["bin/iocgraph.js", "user", "create", "--name", "cli-alice"], {
        env,
      }).catch((error: { code: number; stderr: string }) => error);
      expect(duplicate).toMatchObject({ code: 2, stderr: expect.stringContaining("exists already") });

      const revoked = await run("node", ["bin/iocgraph.js", "user", "revoke-key", "--key", printed.apiKey], {
        env,
      });
      expect(JSON.parse(revoked.stdout)).toEqual({ revoked: 1 });

      if (backend === "pglite") {
        // While a server holds the embedded database, the CLI refuses instead of writing unseen.
        await expectRefusedWhileHeld(env.DATA_DIR, () =>
          run("node", ["bin/iocgraph.js", "user", "create", "--name", "cli-bob"], { env }),
        );
      }
    } finally {
      await database?.drop();
    }
    // Four embedded-database starts in new processes: room for a loaded machine.
  }, 180_000);
});
