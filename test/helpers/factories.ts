// Test data built through the public API.
import { expect } from "vitest";
import type { IocInput, Visibility } from "../gql/graphql.js";
import type { TestApp, TestUser } from "./app.js";
import { CreateCollection } from "./documents.js";

export async function createCollection(
  t: TestApp,
  owner: TestUser,
  input: {
    name?: string;
    description?: string;
    visibility?: Visibility;
    iocs?: IocInput[];
    rawText?: string;
    tags?: string[];
  } = {},
) {
  const data = await t.run(
    CreateCollection,
    { input: { name: "Test collection", ...input } },
    { apiKey: owner.apiKey },
  );
  const result = data.createCollection;
  if (result.__typename !== "CreateCollectionPayload")
    throw new Error(`createCollection failed: ${JSON.stringify(result)}`);
  expect(result.collection.id).toBeTruthy();
  return result;
}
