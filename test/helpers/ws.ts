// A graphql-ws client over `ws` (Node 20 has no global WebSocket) with subscriptions as pull queues:
// `await sub.next()` takes the next result in arrival order. Waiting is bounded so a missing event fails the
// test with a message instead of hanging it; no assertion depends on timing.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Subscription<R> {
  /** The next result (data or errors); fails after `timeoutMs` without one. */
  next(timeoutMs?: number): Promise<ExecutionResult<R>>;
  /** The data of the next `n` results; fails on any error. */
  take(n: number, timeoutMs?: number): Promise<R[]>;
  /** Resolves when the server completes the stream; rejects with the error that ended it. */
  readonly ended: Promise<void>;
  /** Results received and not taken yet. */
  readonly pending: number;
  unsubscribe(): void;
}

/** Pushes results into a queue that `next` pulls from. Shared with the SSE helper. */
export function resultQueue<R>() {
  const results: ExecutionResult<R>[] = [];
  const waiters: ((result: ExecutionResult<R>) => void)[] = [];
  let endedError: unknown;
  let isEnded = false;
  let endWaiters: (() => void)[] = [];
  let resolveEnded!: () => void;
  let rejectEnded!: (error: unknown) => void;
  const ended = new Promise<void>((resolve, reject) => {
    resolveEnded = resolve;
    rejectEnded = reject;
  });
  ended.catch(() => {});
  const queue = {
    push(result: ExecutionResult<R>) {
      const waiter = waiters.shift();
      if (waiter) waiter(result);
      else results.push(result);
    },
    end(error?: unknown) {
      isEnded = true;
      endedError = error;
      if (error) rejectEnded(error);
      else resolveEnded();
      for (const wake of endWaiters) wake();
      endWaiters = [];
    },
    ended,
    get pending() {
      return results.length;
    },
    next(timeoutMs = 15_000): Promise<ExecutionResult<R>> {
      const ready = results.shift();
      if (ready) return Promise.resolve(ready);
      if (isEnded) {
        return Promise.reject(
          new Error(
            `subscription ended with no more results${endedError ? `: ${JSON.stringify(endedError)}` : ""}`,
          ),
        );
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(settle), 1);
          reject(new Error(`no subscription result within ${timeoutMs} ms`));
        }, timeoutMs);
        const settle = (result: ExecutionResult<R>) => {
          clearTimeout(timer);
          resolve(result);
        };
        waiters.push(settle);
        endWaiters.push(() => {
          const index = waiters.indexOf(settle);
          if (index < 0) return;
          waiters.splice(index, 1);
          clearTimeout(timer);
          reject(
            new Error(
              `subscription ended with no more results${endedError ? `: ${JSON.stringify(endedError)}` : ""}`,
            ),
          );
        });
      });
    },
    async take(n: number, timeoutMs?: number): Promise<R[]> {
      const out: R[] = [];
      for (let i = 0; i < n; i++) {
        const result = await queue.next(timeoutMs);
        if (result.errors?.length || !result.data)
          throw new Error(`subscription error: ${JSON.stringify(result.errors)}`);
        out.push(result.data);
      }
      return out;
    },
  };
  return queue;
}

export interface WsClient {
  client: Client;
  subscribe<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Subscription<R>;
  dispose(): Promise<void>;
}

/** A graphql-ws connection to `http://host:port/graphql`, optionally authenticated. */
export function connectWs(port: number, apiKey?: string): WsClient {
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: apiKey ? { apiKey } : {},
    lazy: true,
    retryAttempts: 0,
  });
  return {
    client,
    subscribe<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Subscription<R> {
      const queue = resultQueue<R>();
      const unsubscribe = client.subscribe<R>(
        { query: print(document), variables: variables as Record<string, unknown> | undefined },
        {
          next: (result) => queue.push(result as ExecutionResult<R>),
          error: (error) => queue.end(error instanceof Error ? error : (error ?? new Error("socket closed"))),
          complete: () => queue.end(),
        },
      );
      return {
        next: queue.next,
        take: queue.take,
        ended: queue.ended,
        get pending() {
          return queue.pending;
        },
        unsubscribe,
      };
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}
