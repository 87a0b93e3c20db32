// Writes schema.graphql, the reviewed API contract, from the Pothos schema. `npm run codegen` runs it.
import { writeFileSync } from "node:fs";
import { printedSchema } from "../src/schema/print.js";

writeFileSync(new URL("../schema.graphql", import.meta.url), printedSchema());
