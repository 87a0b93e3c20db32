// Query.rateLimit: the caller's rate-limit budget, as this very request left it (src/plugins/rate-limit.ts).
import { builder } from "../builder.js";
import type { RateBudget } from "../ratelimit/limiter.js";

const RateLimitRef = builder.objectRef<RateBudget>("RateLimit").implement({
  description:
    "Your rate-limit budget. Every request spends points: its query cost (every field counted once per " +
    "item of each page above it, as for the query cost limit) per RATE_LIMIT_COST_PER_POINT (100 by " +
    "default), rounded up, at least 1 — so most small queries spend 1. An API key has its own budget " +
    "(RATE_LIMIT_PER_MINUTE, 600 by default); requests without a key share one per client address " +
    "(RATE_LIMIT_ANONYMOUS_PER_MINUTE, 120). The budget is shared by all server instances and is whole " +
    "again a minute after the first request that spent from it. Over it, a request runs nothing: HTTP 429 " +
    "with Retry-After and an error with `extensions.code` RATE_LIMITED. HTTP responses also carry the " +
    "RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (seconds) headers.",
  fields: (t) => ({
    limit: t.exposeInt("limit", { description: "Points per minute." }),
    remaining: t.exposeInt("remaining", {
      description: "Points left until `resetAt`, after this request's `cost`.",
    }),
    resetAt: t.expose("resetAt", {
      type: "DateTime",
      description: "When the budget is whole again.",
    }),
    cost: t.exposeInt("cost", { description: "Points this request spent." }),
  }),
});

builder.queryField("rateLimit", (t) =>
  t.field({
    type: RateLimitRef,
    nullable: true,
    description:
      "Your rate-limit budget, after this request (which spends only its own cost, like any other). Null when " +
      "no limit applies to you (the server's limit for your kind of client is 0).",
    resolve: (_root, _args, ctx) => ctx.rateLimit ?? null,
  }),
);
