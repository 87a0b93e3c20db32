// THE typed topic map, in-process or across instances through Redis.
// Payloads stay small (ids and kind); subscribers refetch what they show.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import type { Redis } from "ioredis";
import { type Logger, silentLogger } from "./ops/logger.js";
import { connectRedis, failFast } from "./redis.js";

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
  const whileDown = "live events wait for the change log";
  const publishClient = connectRedis(redisUrl, "publish", whileDown, log, failFast);
  // A SUBSCRIBE made while Redis is down waits for it to come back (no retry limit), so the subscription
  // is there once it does; live events meanwhile come from the change log.
  const subscribeClient = connectRedis(redisUrl, "subscribe", whileDown, log, { maxRetriesPerRequest: null });
  // The event target handles no failed command; unhandled, the rejection would end the process (a publish
  // while Redis is down; a SUBSCRIBE or UNSUBSCRIBE dropped as the connection closes). The outage is logged
  // once by connectRedis.
  const publisher = {
    publish: (channel: string, message: string) => publishClient.publish(channel, message).catch(() => 0),
  } as unknown as Redis;
  const subscriber = {
    on: (event: "message", listener: (channel: string, message: string) => void) =>
      subscribeClient.on(event, listener),
    subscribe: (channel: string) => subscribeClient.subscribe(channel).catch(() => 0),
    unsubscribe: (channel: string) => subscribeClient.unsubscribe(channel).catch(() => 0),
  } as unknown as Redis;
  const pubsub = createPubSub<Topics>({
    eventTarget: createRedisEventTarget({ publishClient: publisher, subscribeClient: subscriber }),
  });
  return {
    pubsub,
    async close() {
      // QUIT after what is queued (an UNSUBSCRIBE of a stream that just ended); a connection that is not up is
      // just dropped (what waits on it fails, handled above).
      const quit = async (client: Redis) => {
        if (client.status !== "ready") return client.disconnect();
        await client.quit().catch(() => client.disconnect());
      };
      await Promise.all([quit(publishClient), quit(subscribeClient)]);
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
