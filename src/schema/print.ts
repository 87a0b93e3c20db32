// The contract as SDL: what schema.graphql must hold (a test compares them).
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./index.js";

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
