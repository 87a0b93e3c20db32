// Anonymous query results, cached for RESPONSE_CACHE_TTL_MS (off by default): a blog's readers and public
// dashboards asking the same public question get the answer without parse, execution or SQL. Only requests
// that present no API key are cached or served from the cache (a viewer's answers depend on what they own),
// only queries over HTTP, and never a result with errors. The cache is emptied whenever data anonymous
// readers may see changes:
// - at once, on this instance, when it announces a change-log entry or an enrichment update (the pubsub
//   publish every such write makes after its commit), before the mutation's response is sent;
// - as another instance's announcement arrives over Redis (collectionChanged);
// - and every entry is dropped after the TTL anyway, which bounds what no announcement covers (another
//   instance's enrichment results, a CLI import without Redis).
// Emptying is a new generation: keys carry the generation they were computed in, so a result whose execution
// began before a change and ended after it is never stored, and a client's If-None-Match from an older
// generation is not answered 304.
import {
  createInMemoryCache,
  hashSHA256,
  type Cache as ResponseCache,
  useResponseCache,
} from "@graphql-yoga/plugin-response-cache";
import type { Plugin } from "graphql-yoga";
import { presentedApiKey } from "../context.js";
import type { PubSub, Topics } from "../pubsub.js";

/** How many results the cache holds at most (least recently used go first). */
const MAX_ENTRIES = 1000;

/** The cache's generation: each change anonymous readers could see starts a new one. */
export class CacheGeneration {
  private current = 0;
  get value(): number {
    return this.current;
  }
  flush(): void {
    this.current++;
  }
}

/** `pubsub`, with every publish starting a new cache generation first (synchronously, on this instance). */
export function flushingOnPublish(pubsub: PubSub, generation: CacheGeneration): PubSub {
  return {
    ...pubsub,
    publish<K extends keyof Topics>(topic: K, ...args: Topics[K]) {
      generation.flush();
      pubsub.publish(topic, ...args);
    },
  };
}

/** Flushes on every change announced by any instance; returns the stop function. */
export function flushOnAnnouncements(pubsub: PubSub, generation: CacheGeneration): () => Promise<void> {
  const iterator = pubsub.subscribe("collectionChanged")[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      generation.flush();
    }
  })().catch(() => {
    // The TTL still bounds staleness; the subscription's failure is logged by pubsub's Redis client.
  });
  return async () => {
    await iterator.return?.();
  };
}

export function useAnonymousResponseCache(
  ttlMs: number,
  generation: CacheGeneration,
  publicUrl: string | undefined,
): Plugin {
  if (ttlMs <= 0) return {};
  const entries = createInMemoryCache({ max: MAX_ENTRIES });
  const current = (key: string) => key.startsWith(`${generation.value}:`);
  const cache: ResponseCache = {
    get: (key) => (current(key) ? entries.get(key) : undefined),
    set: (key, data, entities, ttl) => (current(key) ? entries.set(key, data, entities, ttl) : undefined),
    invalidate: (entities) => entries.invalidate(entities),
  };
  return useResponseCache({
    cache,
    ttl: ttlMs,
    // Anonymous readers share one cache; nothing a mutation returns is cached, so it invalidates nothing.
    session: () => null,
    invalidateViaMutation: false,
    // Over HTTP and without a key (a WebSocket's operations carry no Request).
    enabled: (request) => request !== undefined && presentedApiKey({ request }) === undefined,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, request }) => {
      // Absolute links follow the origin the client reached unless PUBLIC_URL fixes it.
      const origin = publicUrl ?? new URL(request.url).origin;
      const generationAtStart = generation.value;
      const question = JSON.stringify([origin, operationName ?? null, variableValues ?? {}, documentString]);
      // The key is also the response's ETag: a header value, hence hashed.
      return `${generationAtStart}:${await hashSHA256(question)}`;
    },
  });
}
