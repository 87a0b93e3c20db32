// The small rules of API keys, each through GraphQL over HTTP or a WebSocket: how a key may be sent (header
// names, case, surrounding space; on a WebSocket, GraphiQL's headers in an operation's extensions), what a
// new key is (its prefix, its default scope, a name's length), when its last use is recorded (at most once a
// minute), and that a key is revoked once.
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { connectWs } from "./helpers/ws.js";

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp();
  port = await t.app.start(0);
});
afterAll(() => t?.stop());

const Me = graphql(`query KeyRulesMe { viewer { user { name } } }`);
const MyKeys = graphql(
  `query KeyRulesKeys { viewer { apiKeys { id name prefix scope lastUsedAt revokedAt } } }`,
);
const MakeKey = graphql(`
  mutation KeyRulesMake($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload { secret apiKey { id name prefix scope } }
      ... on ValidationError { field message }
    }
  }
`);
const Revoke = graphql(`
  mutation KeyRulesRevoke($id: ID!) {
    revokeApiKey(input: { id: $id }) { __typename ... on Error { message } }
  }
`);

async function viewerName(headers: Record<string, string>) {
  const result = await t.execute(Me, {}, { headers });
  return { name: result.data?.viewer?.user.name ?? null, code: result.errors?.[0]?.extensions?.code };
}

describe("sending a key", () => {
  it("takes x-apikey or an Authorization Bearer of any case, with surrounding space, and nothing else", async () => {
    const user = await t.createUser("send");
    const me = { name: user.name, code: undefined };
    expect(await viewerName({ "x-apikey": `  ${user.apiKey}  ` })).toEqual(me);
    expect(await viewerName({ authorization: `Bearer ${user.apiKey}` })).toEqual(me);
    expect(await viewerName({ authorization: `bearer   ${user.apiKey} ` })).toEqual(me);
    // Another scheme is no key at all (anonymous), not a wrong key.
    expect(await viewerName({ authorization: `Basic ${user.apiKey}` })).toEqual({
      name: null,
      code: undefined,
    });
    expect(await viewerName({ authorization: `Bearer${user.apiKey}` })).toEqual({
      name: null,
      code: undefined,
    });
    expect(await viewerName({ authorization: `NotBearer ${user.apiKey}` })).toEqual({
      name: null,
      code: undefined,
    });
    // A key that is not quite the key is refused.
    expect(await viewerName({ "x-apikey": `${user.apiKey}x` })).toEqual({
      name: null,
      code: "UNAUTHENTICATED",
    });
  });
});

describe("sending a key over a WebSocket", () => {
  /** Who the viewer of one query is, sent on a socket opened without a key, with `extensions`. */
  async function viewerOver(extensions: unknown) {
    const ws = connectWs(port);
    try {
      return await new Promise<{ name: string | null; code: unknown }>((resolve, reject) => {
        ws.client.subscribe<{ viewer: { user: { name: string } } | null }>(
          { query: print(Me), extensions: extensions as Record<string, unknown> },
          {
            next: (result) =>
              resolve({
                name: result.data?.viewer?.user.name ?? null,
                code: result.errors?.[0]?.extensions?.code,
              }),
            // A refused key: the operation's error message carries the GraphQL errors.
            error: (errors) =>
              Array.isArray(errors)
                ? resolve({ name: null, code: errors[0]?.extensions?.code })
                : reject(errors),
            complete: () => {},
          },
        );
      });
    } finally {
      await ws.dispose();
    }
  }

  it("takes GraphiQL's headers from an operation's extensions, and nothing that is not a header", async () => {
    const user = await t.createUser("ws");
    const me = { name: user.name, code: undefined };
    const anonymous = { name: null, code: undefined };
    expect(await viewerOver({ headers: { "x-apikey": user.apiKey } })).toEqual(me);
    expect(await viewerOver({ headers: { Authorization: `Bearer ${user.apiKey}`, other: 1 } })).toEqual(me);
    expect(await viewerOver({ headers: { "x-apikey": `${user.apiKey}x` } })).toEqual({
      name: null,
      code: "UNAUTHENTICATED",
    });
    // A value that is not a string, headers that are not an object, a name no header may have: no key.
    expect(await viewerOver({ headers: { "x-apikey": 42 } })).toEqual(anonymous);
    expect(await viewerOver({ headers: `x-apikey: ${user.apiKey}` })).toEqual(anonymous);
    expect(await viewerOver({ headers: null })).toEqual(anonymous);
    expect(await viewerOver({ headers: { "x-apikey": user.apiKey, "not a name": "x" } })).toEqual(anonymous);
    expect(await viewerOver(undefined)).toEqual(anonymous);
  });
});

describe("a new key", () => {
  it("is WRITE unless asked, shows the first 11 characters of its secret, and takes a name of up to 100", async () => {
    const user = await t.createUser("new");
    const made = (await t.run(MakeKey, { input: { name: "n".repeat(100) } }, { apiKey: user.apiKey }))
      .createApiKey;
    if (made.__typename !== "CreateApiKeyPayload") throw new Error(made.__typename);
    expect(made.secret).toMatch(/^iocg_[A-Za-z0-9_-]{43}$/);
    expect(made.apiKey).toMatchObject({
      name: "n".repeat(100),
      scope: "WRITE",
      prefix: made.secret.slice(0, 11),
    });
    const tooLong = (await t.run(MakeKey, { input: { name: "n".repeat(101) } }, { apiKey: user.apiKey }))
      .createApiKey;
    expect(tooLong).toEqual({
      __typename: "ValidationError",
      field: "name",
      message: "A key name has at most 100 characters.",
    });
    // Nothing was made for the refused name: the user's own key and the one above.
    expect((await t.run(MyKeys, {}, { apiKey: user.apiKey })).viewer?.apiKeys).toHaveLength(2);
  });
});

describe("last use", () => {
  it("is recorded on first use and then at most once a minute", async () => {
    const user = await t.createUser("used");
    const made = (await t.run(MakeKey, { input: { name: "probe" } }, { apiKey: user.apiKey })).createApiKey;
    if (made.__typename !== "CreateApiKeyPayload") throw new Error(made.__typename);
    const probe = async () =>
      (await t.run(MyKeys, {}, { apiKey: user.apiKey })).viewer?.apiKeys.find((k) => k.id === made.apiKey.id);
    expect((await probe())?.lastUsedAt).toBeNull();
    await t.run(Me, {}, { apiKey: made.secret });
    const first = (await probe())?.lastUsedAt;
    expect(first).toEqual(expect.any(String));
    await t.run(Me, {}, { apiKey: made.secret });
    expect((await probe())?.lastUsedAt).toBe(first);
    // A use more than a minute after the recorded one is recorded again.
    const earlier = new Date(Date.parse(first as string) - 61_000);
    const keyId = await t.app.database.prisma.apiKey.findFirstOrThrow({
      where: { prefix: made.apiKey.prefix, name: "probe" },
    });
    await t.app.database.prisma.apiKey.update({ where: { id: keyId.id }, data: { lastUsedAt: earlier } });
    await t.run(Me, {}, { apiKey: made.secret });
    const again = Date.parse((await probe())?.lastUsedAt as string);
    expect(again).toBeGreaterThan(earlier.getTime() + 60_000);
  });
});

describe("revoking", () => {
  it("revokes an active key once: the second time there is no active key of that id", async () => {
    const user = await t.createUser("revoke");
    const made = (await t.run(MakeKey, { input: { name: "once" } }, { apiKey: user.apiKey })).createApiKey;
    if (made.__typename !== "CreateApiKeyPayload") throw new Error(made.__typename);
    const revoke = async () =>
      (await t.run(Revoke, { id: made.apiKey.id }, { apiKey: user.apiKey })).revokeApiKey;
    expect(await revoke()).toEqual({ __typename: "RevokeApiKeyPayload" });
    expect(await revoke()).toEqual({
      __typename: "NotFoundError",
      message: "No active API key of yours has that id.",
    });
    expect(await viewerName({ "x-apikey": made.secret })).toEqual({ name: null, code: "UNAUTHENTICATED" });
  });
});
