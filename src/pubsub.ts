// THE typed topic map, in-process or across instances through Redis.
// Payloads stay small (ids and kind); subscribers refetch what they show.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";

export interface ChangeEvent {
  /** The change-log id (a decimal string): the cursor to resume from. */
  changeId: string;
  collectionId: string;
  kind: "CREATED" | "IOCS_ADDED" | "IOCS_REMOVED" | "UPDATED" | "DELETED";
}

export interface EnrichmentEvent {
  collectionId: string;
  /** The IoCs of that collection whose stored enrichment changed. */
  iocIds: string[];
}

export type Topics = {
  collectionUpdated: [collectionId: string, payload: ChangeEvent];
  collectionChanged: [payload: ChangeEvent];
  enrichmentUpdated: [collectionId: string, payload: EnrichmentEvent];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export function openPubSub(redisUrl: string | undefined): { pubsub: PubSub; close(): Promise<void> } {
  if (!redisUrl) return { pubsub: createPubSub<Topics>(), close: async () => {} };
  // A connection in subscriber mode cannot publish, hence two.
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const subscribeClient = new Redis(redisUrl);
  const pubsub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return {
    pubsub,
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
