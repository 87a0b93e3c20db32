// Executes a live event once per distinct operation instead of once per subscriber, and tags each result with
// its change's cursor (for SSE's event ids). A thousand dashboards
// running the same subscription document on the same event would otherwise each execute it: the same
// selection, the same shared reads (live/sharedReads.ts), the same result, a thousand times. Results are shared only
// between subscribers with the same document, variables and viewer, for the same event object (the hub
// hands one object to all of its listeners; replayed events are per subscriber and never shared). The shared
// execution starts as the hub queues the event (LiveContext.onLiveEvent), not when the first subscriber pulls
// it: with thousands of subscribers, their streams take tens of milliseconds to get there. Every execution of
// an event, shared or not, starts on cleared per-request loaders, so it shows the data as committed.
import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute, print } from "graphql";
import type { Plugin } from "graphql-yoga";
import { EVENT_CURSOR, eventCursorOf } from "../live/cursor.js";
import { clearLoaders, type LiveContext } from "../live/subscriptions.js";

function mapEvents(
  source: AsyncIterable<unknown>,
  run: (payload: unknown) => Promise<ExecutionResult> | ExecutionResult,
): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await iterator.next();
      if (step.done) return { done: true, value: undefined };
      const value = await run(step.value);
      // The change's cursor rides along (a symbol: never serialised), for SSE to send as the event's id.
      // A shared result is tagged once, by the first of its subscribers.
      const cursor = eventCursorOf(step.value);
      if (cursor !== undefined && Reflect.get(value, EVENT_CURSOR) !== cursor)
        Object.assign(value, { [EVENT_CURSOR]: cursor });
      return { done: false, value };
    },
    async return() {
      await iterator.return?.();
      return { done: true, value: undefined };
    },
    async throw(error) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped;
}

/** Keeps only events the hub shares: plain objects that a `batch` marks as a live change. */
function isShared(payload: unknown): payload is object {
  return typeof payload === "object" && payload !== null && "batch" in payload;
}

export function useSharedEventExecution(): Plugin {
  // Results by event object, so they go when the event does; one table per app.
  const shared = new WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>();
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args: ExecutionArgs) => {
        const context = args.contextValue as LiveContext;
        const viewer = context.viewer?.id ?? "";
        const key = `${viewer}\n${JSON.stringify(args.variableValues ?? {})}\n${args.operationName ?? ""}\n${print(args.document)}`;
        const executeEvent = (payload: unknown) => {
          // The event is committed: whatever the loaders hold from earlier events is older than it.
          clearLoaders(context);
          return execute({ ...args, rootValue: payload });
        };
        const sharedResult = (payload: object) => {
          let results = shared.get(payload);
          if (!results) {
            results = new Map();
            shared.set(payload, results);
          }
          let result = results.get(key);
          if (!result) {
            result = executeEvent(payload);
            // Awaited by each subscriber as it pulls the event; if all leave first, not an unhandled rejection.
            if (result instanceof Promise) result.catch(() => {});
            results.set(key, result);
          }
          return result;
        };
        // Thousands of subscribers take a while to pull an event through their streams; the first one queued
        // starts the execution they share, so its reads overlap that, instead of waiting for the first pull.
        context.onLiveEvent = (payload) => {
          if (!isShared(payload)) return;
          try {
            sharedResult(payload);
          } catch {
            // Thrown again, to this subscriber alone, when it pulls the event; the hub's other listeners go on.
          }
        };
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return source;
        return mapEvents(source, (payload) =>
          isShared(payload) ? sharedResult(payload) : executeEvent(payload),
        );
      });
    },
  };
}
