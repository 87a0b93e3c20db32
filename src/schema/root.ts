// The root operation types; their fields are added by the domain files.
import { builder } from "../builder.js";

export const QueryRef = builder.queryType({
  description: "Reading collections, IoCs and the graph between them.",
});
builder.mutationType({ description: "Changing collections (API key required)." });
builder.subscriptionType({
  description:
    "Live updates over WebSocket (graphql-ws on /graphql) or server-sent events (Accept: text/event-stream). " +
    "Change events carry a `cursor`: resubscribe with `since` to replay exactly what you missed.",
});
