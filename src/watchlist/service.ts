// A user's watchlist: the IoCs (canonical type and value, known or not yet seen) whose sightings they follow
// with `watchlistHits`. Plain functions; src/schema/watchlist.ts only calls them.

import { visibleIocs } from "../access/iocs.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Limits } from "../config.js";
import type { Db } from "../db.js";
import { AuthenticationRequiredError, LimitExceededError, ValidationError } from "../errors.js";
import { canonicalize } from "../extraction/canonical.js";
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import { canonicalFromValue, iocKey, iocKeysOf } from "../iocs/identity.js";
import { iocWhere } from "../iocs/store.js";

interface WatchContext {
  db: Db;
  limits: Limits;
  viewer: Viewer | null;
}

/** Canonical IoCs for watched values; any invalid value is a clear error. */
export function parseWatched(values: readonly string[], limits: Limits): CanonicalIoc[] {
  if (values.length === 0) throw new ValidationError("Give at least one IoC to watch.", "values");
  if (values.length > limits.maxWatchedIocs) {
    throw new LimitExceededError(
      `At most ${limits.maxWatchedIocs} IoCs can be watched.`,
      limits.maxWatchedIocs,
    );
  }
  const iocs = new Map<string, CanonicalIoc>();
  for (const value of values) {
    const result = canonicalize(value);
    if (!result.ok) throw new ValidationError(`Not an IoC: "${value}" (${result.reason}).`, "values");
    iocs.set(iocKey(result.ioc), result.ioc);
  }
  return [...iocs.values()];
}

/** A stored watchlist entry as a canonical IoC (a FILE's hash kind follows from its length). */
export function watchedIoc(entry: { type: IocType; value: string }): CanonicalIoc {
  return canonicalFromValue(entry.type, entry.value);
}

/** The canonical IoCs on a user's watchlist. */
export async function watchedIocs(db: Db, userId: string): Promise<CanonicalIoc[]> {
  const entries = await db.watchedIoc.findMany({ where: { userId }, select: { type: true, value: true } });
  return entries.map(watchedIoc);
}

export interface WatchedEntry {
  type: IocType;
  value: string;
  createdAt: Date;
  /** The IoC's row once iocgraph has seen it. */
  iocId: string | null;
}

/** The viewer's watchlist, oldest first, each entry with the IoC it names when it exists; empty when anonymous. */
export async function loadWatchlist(ctx: Pick<WatchContext, "db" | "viewer">): Promise<WatchedEntry[]> {
  if (!ctx.viewer) return [];
  const entries = await ctx.db.watchedIoc.findMany({
    where: { userId: ctx.viewer.id },
    orderBy: [{ createdAt: "asc" }, { type: "asc" }, { value: "asc" }],
  });
  const known =
    entries.length > 0
      ? await ctx.db.ioc.findMany({
          // Only IoCs the viewer may see: a watchlist must not tell that a private collection holds one.
          where: {
            AND: [{ OR: entries.map((entry) => iocWhere(watchedIoc(entry))) }, visibleIocs(ctx.viewer)],
          },
          select: { id: true, type: true, value: true, md5: true, sha1: true, sha256: true },
        })
      : [];
  const byKey = new Map(known.flatMap((ioc) => iocKeysOf(ioc).map((key) => [key, ioc.id] as const)));
  return entries.map((entry) => ({
    type: entry.type,
    value: entry.value,
    createdAt: entry.createdAt,
    iocId: byKey.get(iocKey(entry)) ?? null,
  }));
}

/** Adds IoCs to the viewer's watchlist; returns how many were new. */
export async function watchIocs(ctx: WatchContext, values: readonly string[]): Promise<{ added: number }> {
  const viewer = ctx.viewer;
  if (!viewer) throw new AuthenticationRequiredError();
  const iocs = parseWatched(values, ctx.limits);
  const count = await ctx.db.watchedIoc.count({ where: { userId: viewer.id } });
  if (count + iocs.length > ctx.limits.maxWatchedIocs) {
    const existing = await ctx.db.watchedIoc.count({
      where: { userId: viewer.id, OR: iocs.map((ioc) => ({ type: ioc.type, value: ioc.value })) },
    });
    if (count + iocs.length - existing > ctx.limits.maxWatchedIocs) {
      throw new LimitExceededError(
        `A watchlist holds at most ${ctx.limits.maxWatchedIocs} IoCs; it has ${count}.`,
        ctx.limits.maxWatchedIocs,
      );
    }
  }
  const { count: added } = await ctx.db.watchedIoc.createMany({
    data: iocs.map((ioc) => ({ userId: viewer.id, type: ioc.type, value: ioc.value })),
    skipDuplicates: true,
  });
  return { added };
}

export async function unwatchIocs(
  ctx: WatchContext,
  values: readonly string[],
): Promise<{ removed: number }> {
  const viewer = ctx.viewer;
  if (!viewer) throw new AuthenticationRequiredError();
  const iocs = parseWatched(values, ctx.limits);
  const { count: removed } = await ctx.db.watchedIoc.deleteMany({
    where: { userId: viewer.id, OR: iocs.map((ioc) => ({ type: ioc.type, value: ioc.value })) },
  });
  return { removed };
}
