// Replay-then-live, with neither gap nor duplicate at the seam. A subscriber registers with the hub first
// (live entries start queueing), then replays the log after its cursor page by page, then drains the queue,
// skipping what the replay already delivered. Everything is ordered by change id, which is commit order
// (log.ts), so "deliver only ids above the last delivered" is both the dedupe and the ordering rule.
//
// Memory per subscriber is bounded: replay pages are read only as the client consumes them, and the live
// queue holds at most `backlog` entries. Overflowing it during a replay costs nothing (the replay reads
// those entries from the log anyway); overflowing it live means the client cannot keep up, and it is told
// to resume from its cursor.
import { GraphQLError } from "graphql";
import type { ListenerSpec, LiveHub } from "./hub.js";
import type { LiveChange } from "./log.js";

/** Ends a stream whose client fell too far behind; it should resubscribe with `since: cursor`. */
export interface Behind {
  behind: true;
  /** The cursor of the last event delivered (or skipped as not for this subscriber). */
  cursor: bigint;
}

/** Ends a stream whose API key was revoked: nothing is delivered after the revocation. */
export interface Revoked {
  revoked: true;
}

/** Why a stream ended early, as its last item. */
export type Ended = Behind | Revoked;

function isEnded(value: object): value is Ended {
  return "behind" in value || "revoked" in value;
}

export interface StreamOptions<T> {
  hub: LiveHub;
  listen: ListenerSpec;
  /** Resume after this change id; from now when null. */
  since: bigint | null;
  backlog: number;
  /** What a live change becomes for this subscriber; undefined to skip it. */
  accept(change: LiveChange): T | undefined;
  /**
   * Up to `limit` log entries after `after`, as this subscriber receives them, and the id of the last entry
   * scanned (kept or skipped), or `after` when there were none.
   */
  replay(after: bigint, limit: number): Promise<{ items: T[]; scanned: bigint; more: boolean }>;
  idOf(item: T): bigint;
  /** The last event of the stream (a DELETED): it ends after it. */
  isFinal?(item: T): boolean;
  /**
   * Called as a live item is queued, before the subscriber pulls it: work every subscriber of the event
   * shares (src/plugins/shared-execution.ts) starts here rather than once the first of thousands gets to it.
   */
  onQueued?(item: T): void;
  /** The API key the stream was opened with: its revocation ends the stream. */
  apiKeyId?: string;
}

const REPLAY_PAGE = 200;

export async function openStream<T>(options: StreamOptions<T>): Promise<AsyncIterableIterator<T | Ended>> {
  const queue: T[] = [];
  let overflowed = false;
  let closed = false;
  let revoked = false;
  let ending = false;
  let wake: (() => void) | undefined;
  const onRevoked = () => {
    revoked = true;
    queue.length = 0;
    wake?.();
  };
  const onShutdown = () => {
    ending = true;
    queue.length = 0;
    wake?.();
  };
  const listen = { ...options.listen, apiKeyId: options.apiKeyId, onRevoked, onShutdown };
  // The hub calls this synchronously and never after registration.close().
  const registration = await options.hub.register(listen, (change) => {
    const item = options.accept(change);
    if (item === undefined) return;
    if (queue.length < options.backlog) {
      queue.push(item);
      options.onQueued?.(item);
    } else overflowed = true;
    wake?.();
  });

  let position = options.since ?? registration.position;

  async function* run(): AsyncGenerator<T | Ended> {
    let replaying = options.since !== null;
    for (;;) {
      // A stop ends the stream as a normal completion: the client resumes with its last cursor.
      if (closed || ending) return;
      if (revoked) {
        yield { revoked: true };
        return;
      }
      if (replaying) {
        // A replay that overflowed the queue is followed by another from where it got to.
        overflowed = false;
        queue.length = 0;
        let more = true;
        while (more && !closed && !revoked && !ending) {
          const page = await options.replay(position, REPLAY_PAGE);
          more = page.more;
          // A page holds only entries after `position`, the last one `scanned`.
          for (const item of page.items) {
            if (revoked || ending) break;
            position = options.idOf(item);
            yield item;
            if (options.isFinal?.(item)) return;
          }
          position = page.scanned;
        }
        replaying = overflowed;
        continue;
      }
      if (overflowed) {
        yield { behind: true, cursor: position };
        return;
      }
      const item = queue.shift();
      if (item === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      const id = options.idOf(item);
      if (id <= position) continue;
      position = id;
      yield item;
      if (options.isFinal?.(item)) return;
    }
  }

  const generator = run();
  const close = () => {
    closed = true;
    registration.close();
    queue.length = 0;
    wake?.();
  };
  // An async generator's return() waits for the step in progress, which may be waiting for an event that
  // never comes; closing first wakes it, so a client that leaves is unregistered at once.
  const iterator: AsyncIterableIterator<T | Ended> = {
    next: () =>
      generator.next().then((result) => {
        if (result.done) close();
        return result;
      }),
    return: (value) => {
      close();
      return generator.return(value);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** The error that ends a stream whose API key was revoked. */
export function keyRevoked(): GraphQLError {
  return new GraphQLError("The API key of this subscription was revoked.", {
    extensions: { code: "UNAUTHENTICATED" },
  });
}

/** The event itself, or the error that ends a stream early (its client fell behind, its key was revoked). */
export function unlessEnded<T extends object>(payload: T | Ended): T {
  if (!isEnded(payload)) return payload as T;
  if ("revoked" in payload) throw keyRevoked();
  const cursor = payload.cursor.toString();
  throw new GraphQLError(
    `This subscription fell more than its backlog behind and was ended; subscribe again with since: "${cursor}".`,
    { extensions: { code: "RESUME_REQUIRED", cursor } },
  );
}
