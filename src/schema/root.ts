// The root operation types; their fields are added by the domain files.
import { builder } from "../builder.js";

builder.queryType({ description: "Reading collections, IoCs and the graph between them." });
builder.mutationType({ description: "Changing collections (API key required)." });
