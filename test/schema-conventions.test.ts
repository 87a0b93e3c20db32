// Conventions the schema keeps for the people and clients reading it: documentation on every public type,
// enum and root field; one connection type per node type for plain edges; the client settings README gives.
import { readFileSync } from "node:fs";
import { isEnumType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.js";
import { valueTypes } from "./clients/harness.js";

const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__"));
// Their names say what they are: the input of a mutation, its result, a page of a list.
const selfDescribing = /(Input|Payload|Result|Connection|Edge)$/;

describe("documentation", () => {
  it("describes every type, enum value and root field", () => {
    const missing = [
      ...types
        .filter((type) => !selfDescribing.test(type.name) && !type.description)
        .map((type) => type.name),
      ...types.flatMap((type) =>
        isEnumType(type)
          ? type
              .getValues()
              .filter((value) => !value.description)
              .map((value) => `${type.name}.${value.name}`)
          : [],
      ),
      ...[schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
        Object.values(root?.getFields() ?? {})
          .filter((field) => !field.description)
          .map((field) => `${root?.name}.${field.name}`),
      ),
    ];
    expect(missing).toEqual([]);
  });
});

describe("client conventions", () => {
  it("gives every list of plain edges of one node type the same connection type", () => {
    const connectionsByNode = new Map<string, Set<string>>();
    for (const type of types) {
      if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
      const edge = type
        .getFields()
        .edges?.type.toString()
        .replace(/[[\]!]/g, "");
      const edgeType = edge ? schema.getType(edge) : undefined;
      if (!isObjectType(edgeType)) continue;
      const fields = Object.keys(edgeType.getFields()).sort();
      if (fields.join() !== "cursor,node") continue;
      const node = edgeType.getFields().node.type.toString().replace(/!/g, "");
      connectionsByNode.set(node, new Set([...(connectionsByNode.get(node) ?? []), type.name]));
    }
    expect(connectionsByNode.get("Collection")).toEqual(new Set(["CollectionConnection"]));
    for (const [node, names] of connectionsByNode)
      expect({ node, names: [...names] }).toEqual({ node, names: [...names].slice(0, 1) });
  });

  it("README's cache settings name every value object (types with no id)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Using iocgraph from Relay, Apollo or urql"));
    expect(valueTypes().filter((name) => !section.includes(`${name}: { merge: true }`))).toEqual([]);
    expect(valueTypes().filter((name) => !section.includes(`${name}: () => null`))).toEqual([]);
  });
});
