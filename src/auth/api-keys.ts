// API keys: random secrets shown once, stored only as SHA-256 hashes (a key has 256 bits of entropy, so a
// fast hash is enough: there is nothing to brute-force as there is with passwords).
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db.js";

const KEY_PREFIX = "iocg_";

export type ApiKeyScope = "READ" | "WRITE";

export interface Viewer {
  id: string;
  name: string;
  apiKeyId: string;
  /** The first characters of the key (never the key): to tell keys apart in logs. */
  keyPrefix: string;
  /** READ keys query and subscribe; only WRITE keys change anything. */
  scope: ApiKeyScope;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Creates a key for `userId` and returns the only copy of its secret. */
export async function createApiKey(
  db: Db,
  userId: string,
  name?: string | null,
  scope: ApiKeyScope = "WRITE",
) {
  const secret = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const apiKey = await db.apiKey.create({
    data: {
      userId,
      name: name ?? null,
      scope,
      prefix: secret.slice(0, KEY_PREFIX.length + 6),
      hash: hashApiKey(secret),
    },
  });
  return { apiKey, secret };
}

// Updating lastUsedAt on every request would turn every read into a write; a minute's precision is plenty.
const LAST_USED_PRECISION_MS = 60_000;

/** The user a key belongs to, or null for an unknown or revoked key. */
export async function authenticate(db: Db, key: string): Promise<Viewer | null> {
  const found = await db.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: {
      id: true,
      prefix: true,
      scope: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true } },
    },
  });
  if (!found || found.revokedAt) return null;
  const now = Date.now();
  if (!found.lastUsedAt || now - found.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiKey.update({ where: { id: found.id }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    id: found.user.id,
    name: found.user.name,
    apiKeyId: found.id,
    keyPrefix: found.prefix,
    scope: found.scope,
  };
}

/** Which keys to revoke: one of a user's keys by id, or any key by its secret or its prefix (the CLI). */
export type KeyMatch = { id: string; userId: string } | { key: string } | { prefix: string };

/** Revokes the matching active keys at once; returns how many there were. */
export async function revokeApiKeys(db: Db, match: KeyMatch): Promise<number> {
  const where = "key" in match ? { hash: hashApiKey(match.key) } : match;
  const { count } = await db.apiKey.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** The key a request carries: `x-apikey` (VirusTotal's convention) or `Authorization: Bearer`. */
export function apiKeyFromHeaders(headers: Headers): string | undefined {
  const direct = headers.get("x-apikey");
  if (direct) return direct.trim();
  const authorization = headers.get("authorization");
  const match = authorization?.match(/^Bearer\s+(.+)$/i);
  return match?.[1]?.trim();
}
