// THE typed topic map, in-process or across instances through Redis.
// Payloads stay small (ids and kind); subscribers refetch what they show.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import { type Logger, silentLogger } from "./ops/logger.js";

export interface ChangeEvent {
  /** The change-log id (a decimal string): the cursor to resume from. */
  changeId: string;
  collectionId: string;
  kind: "CREATED" | "IOCS_ADDED" | "IOCS_REMOVED" | "UPDATED" | "DELETED";
}

export interface EnrichmentEvent {
  /** Unique per event, so every subscriber can tell it by the same id. */
  id: string;
  collectionId: string;
  /** The IoCs of that collection whose stored enrichment changed. */
  iocIds: string[];
}

export type Topics = {
  /** The change log grew (src/live/hub.ts reads what is new). */
  collectionChanged: [payload: ChangeEvent];
  enrichmentUpdated: [collectionId: string, payload: EnrichmentEvent];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export function openPubSub(
  redisUrl: string | undefined,
  log: Logger = silentLogger(),
): { pubsub: PubSub; close(): Promise<void> } {
  if (!redisUrl) return { pubsub: createPubSub<Topics>(), close: async () => {} };
  // A connection in subscriber mode cannot publish, hence two. While Redis is down a publish fails at once
  // rather than queueing (no offline queue): the change is committed and logged already, and subscribers
  // recover it from the change log (src/live/), so a mutation never waits on Redis or fails because of it.
  // Named, so `CLIENT LIST` tells which instance holds which connection.
  const publishClient = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectionName: `iocgraph-${process.pid}-publish`,
  });
  const subscribeClient = new Redis(redisUrl, { connectionName: `iocgraph-${process.pid}-subscribe` });
  let down = false;
  const onError = (error: Error) => {
    if (down) return;
    down = true;
    log.warn(
      { redis: redisUrl, error: error.message },
      "redis unavailable (live events wait for the change log)",
    );
  };
  const onReady = () => {
    if (down) log.info({ redis: redisUrl }, "redis available again");
    down = false;
  };
  for (const client of [publishClient, subscribeClient]) client.on("error", onError).on("ready", onReady);
  // The event target does not handle a failed publish; unhandled, the rejection would end the process.
  const publisher = {
    publish: (channel: string, message: string) => publishClient.publish(channel, message).catch(onError),
  } as unknown as Redis;
  const pubsub = createPubSub<Topics>({
    eventTarget: createRedisEventTarget({ publishClient: publisher, subscribeClient }),
  });
  return {
    pubsub,
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

/**
 * Tells every instance's live hub that the change log grew (it reads what is new). The change is committed
 * and logged already: if this fails, subscribers catch up from the log on the next poll.
 */
export function announceChange(pubsub: PubSub, event: ChangeEvent | null = null): void {
  try {
    pubsub.publish("collectionChanged", event ?? { changeId: "", collectionId: "", kind: "UPDATED" });
  } catch {
    // The hubs' poll finds the entry.
  }
}
