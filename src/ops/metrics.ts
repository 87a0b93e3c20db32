// Prometheus metrics of one app (prom-client, a registry per app: no global state). Counters and histograms
// are updated where things happen; gauges of state (queue depth, quota, hub lag, pool) are read at scrape.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { ConnectionStats } from "../db.js";

/** What the state gauges read when scraped; set once the app's parts exist. */
export interface MetricSources {
  /** Change-log entries committed but not yet handed out by the live hub (0 while it tails nothing). */
  hubLag(): Promise<number>;
  enrichment(): Promise<{
    provider: string;
    queue: { queued: number; due: number; running: number };
    remaining: { window: number; day: number };
  } | null>;
  connections(): ConnectionStats;
}

export class Metrics {
  readonly registry = new Registry();
  /** Seconds per GraphQL operation (a subscription: until its stream is set up), by name and type. */
  readonly operationDuration = new Histogram({
    name: "iocgraph_graphql_operation_duration_seconds",
    help: "Time to execute a GraphQL query or mutation, or to set up a subscription, by operation and type.",
    labelNames: ["operation_name", "operation_type", "transport"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: "iocgraph_http_request_duration_seconds",
    help: "Time to answer an HTTP request (until the response starts), by route, method and status.",
    labelNames: ["route", "method", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "iocgraph_graphql_errors_total",
    help: "GraphQL errors sent to clients, by extensions.code and operation type.",
    labelNames: ["code", "operation_type"] as const,
    registers: [this.registry],
  });
  readonly subscriptionsOpen = new Gauge({
    name: "iocgraph_subscriptions_open",
    help: "Open subscriptions, by field and transport (ws or sse).",
    labelNames: ["field", "transport"] as const,
    registers: [this.registry],
  });
  readonly eventsDelivered = new Counter({
    name: "iocgraph_subscription_events_total",
    help: "Subscription events delivered to clients, by field.",
    labelNames: ["field"] as const,
    registers: [this.registry],
  });
  readonly providerErrors = new Counter({
    name: "iocgraph_enrichment_provider_errors_total",
    help: "Failed enrichment lookups, by provider, kind (auth, throttled, transient, rejected, unexpected) and HTTP status.",
    labelNames: ["provider", "kind", "status"] as const,
    registers: [this.registry],
  });
  /** Requests refused by the rate limiter; the limiter increments it (scope: key or anonymous). */
  readonly rateLimitRejections = new Counter({
    name: "iocgraph_rate_limit_rejections_total",
    help: "Requests refused for exceeding a rate limit, by scope (key or anonymous).",
    labelNames: ["scope"] as const,
    registers: [this.registry],
  });
  private sources: MetricSources | undefined;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const sources = () => this.sources;
    new Gauge({
      name: "iocgraph_live_hub_lag_entries",
      help: "Change-log entries committed but not yet dispatched by this instance's live hub.",
      registers: [this.registry],
      async collect() {
        const from = sources();
        if (from) this.set(await from.hubLag());
      },
    });
    const enrichment = async () => (await sources()?.enrichment()) ?? null;
    new Gauge({
      name: "iocgraph_enrichment_queue_jobs",
      help: "Enrichment jobs in the durable queue, by provider and state (queued: all; due: runnable now; running).",
      labelNames: ["provider", "state"] as const,
      registers: [this.registry],
      async collect() {
        const status = await enrichment();
        if (!status) return;
        for (const [state, count] of Object.entries(status.queue))
          this.set({ provider: status.provider, state }, count);
      },
    });
    new Gauge({
      name: "iocgraph_enrichment_quota_remaining",
      help: "Provider requests left, by provider and period (window: the rate window; day: the daily quota).",
      labelNames: ["provider", "period"] as const,
      registers: [this.registry],
      async collect() {
        const status = await enrichment();
        if (!status) return;
        this.set({ provider: status.provider, period: "window" }, status.remaining.window);
        this.set({ provider: status.provider, period: "day" }, status.remaining.day);
      },
    });
    new Gauge({
      name: "iocgraph_db_pool_connections",
      help: "Database connections by state (max, open, idle) and queries waiting for one (waiting).",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const stats = sources()?.connections();
        if (!stats) return;
        for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
      },
    });
  }

  observe(sources: MetricSources): void {
    this.sources = sources;
  }
}
