// A request body over MAX_REQUEST_BYTES is refused with 413 before anything runs, whether it declares its length
// or arrives chunked; bodies within the cap, chunked ones included, are read whole.
import { request as httpRequest } from "node:http";
import { print } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { CreateCollection } from "./helpers/documents.js";

const MAX_REQUEST_BYTES = 20_000;

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp({ limits: { maxRequestBytes: MAX_REQUEST_BYTES } });
  port = await t.app.start(0);
});
afterAll(() => t?.stop());

const OwnCollections = graphql(`
  query RequestBodyOwnCollections { viewer { user { collections(first: 1) { totalCount } } } }
`);

/** A createCollection request of about `bytes` bytes (its description pads it). */
function creation(bytes: number): string {
  const body = (description: string) =>
    JSON.stringify({ query: print(CreateCollection), variables: { input: { name: "sized", description } } });
  return body("d".repeat(Math.max(0, bytes - body("").length)));
}

/** Posts `body` over HTTP as `owner`: with a Content-Length, or chunked in `chunks` pieces. */
function post(owner: TestUser, body: string, chunks?: number): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      authorization: `Bearer ${owner.apiKey}`,
    };
    if (!chunks) headers["content-length"] = String(Buffer.byteLength(body));
    const req = httpRequest({ host: "127.0.0.1", port, path: "/graphql", method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (part: string) => {
        text += part;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on("error", reject);
    const size = Math.ceil(body.length / (chunks ?? 1));
    for (let at = 0; at < body.length; at += size) req.write(body.slice(at, at + size));
    req.end();
  });
}

async function ownCollections(owner: TestUser): Promise<number | undefined> {
  const data = await t.run(OwnCollections, {}, { apiKey: owner.apiKey });
  return data.viewer?.user.collections.totalCount;
}

const tooLarge = {
  errors: [
    {
      message: `The request body is larger than the ${MAX_REQUEST_BYTES} bytes this server accepts.`,
      extensions: { code: "REQUEST_ENTITY_TOO_LARGE" },
    },
  ],
};

it.each([
  ["with a Content-Length", undefined],
  ["chunked", 8],
])("a body over the cap %s is a 413 and writes nothing", async (_how, chunks) => {
  const owner = await t.createUser();
  const body = creation(MAX_REQUEST_BYTES + 1);
  expect(Buffer.byteLength(body)).toBe(MAX_REQUEST_BYTES + 1);
  const response = await post(owner, body, chunks);
  expect(response).toEqual({ status: 413, json: tooLarge });
  expect(await ownCollections(owner)).toBe(0);
});

it.each([
  ["with a Content-Length", undefined],
  ["chunked", 8],
])("a body of exactly the cap %s is read whole and runs", async (_how, chunks) => {
  const owner = await t.createUser();
  const body = creation(MAX_REQUEST_BYTES);
  expect(Buffer.byteLength(body)).toBe(MAX_REQUEST_BYTES);
  const response = await post(owner, body, chunks);
  expect(response.status).toBe(200);
  const description = (JSON.parse(body) as { variables: { input: { description: string } } }).variables.input
    .description;
  expect(response.json).toMatchObject({
    data: {
      createCollection: { __typename: "CreateCollectionPayload", collection: { name: "sized", description } },
    },
  });
  expect(await ownCollections(owner)).toBe(1);
});
