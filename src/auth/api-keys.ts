// API keys: random secrets shown once, stored only as SHA-256 hashes (a key has 256 bits of entropy, so a
// fast hash is enough: there is nothing to brute-force as there is with passwords).
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db.js";
import { AuthenticationRequiredError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";

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

/** The part of a key that may be shown and logged (what `ApiKey.prefix` holds). */
export function keyPrefixOf(secret: string): string {
  return secret.slice(0, KEY_PREFIX.length + 6);
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
      prefix: keyPrefixOf(secret),
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

/**
 * Revokes the matching active keys at once, everywhere: requests with them are refused from now on, and each
 * revocation is an entry of the change log, ordered with every change, so a stream made with the key ends
 * before any later change reaches it, on every instance (src/live/hub.ts). `announce` tells the instances'
 * hubs that the log grew (they also poll it). Returns how many keys were revoked.
 */
export async function revokeApiKeys(db: Db, match: KeyMatch, announce: () => void): Promise<number> {
  const where = "key" in match ? { hash: hashApiKey(match.key) } : match;
  const revoked = await db.$transaction(async (tx) => {
    const keys = await tx.apiKey.updateManyAndReturn({
      where: { ...where, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { id: true },
    });
    // The last write of the transaction, like every change-log entry (its id is drawn in commit order).
    // With no key revoked, Prisma sends nothing.
    await tx.collectionChange.createMany({
      data: keys.map((key) => ({
        collectionId: "",
        kind: "API_KEY_REVOKED",
        details: { apiKeyId: key.id },
      })),
    });
    return keys.length;
  });
  // Harmless when nothing was revoked: the hubs read the log and find nothing new.
  announce();
  return revoked;
}

/** A key was sent but is unknown or revoked: refused outright, never treated as anonymous. */
export class InvalidApiKeyError extends Error {
  constructor() {
    super("Invalid or revoked API key.");
  }
}

/** Who sends `key`: null without a key; an unknown or revoked key throws InvalidApiKeyError. */
export async function viewerFor(db: Db, key: string | undefined): Promise<Viewer | null> {
  if (!key) return null;
  const viewer = await authenticate(db, key);
  if (!viewer) throw new InvalidApiKeyError();
  return viewer;
}

/** The key a request carries: `x-apikey` (VirusTotal's convention) or `Authorization: Bearer`. */
export function apiKeyFromHeaders(headers: Headers): string | undefined {
  const direct = headers.get("x-apikey");
  if (direct) return direct.trim();
  const authorization = headers.get("authorization");
  const match = authorization?.match(/^Bearer\s+(.+)$/i);
  return match?.[1]?.trim();
}

/**
 * The key in an operation's `extensions.headers` (GraphiQL sends its headers tab there with every WebSocket
 * operation, as browsers cannot set headers on a WebSocket), read like request headers.
 */
export function apiKeyFromOperationHeaders(extensions: unknown): string | undefined {
  const headers = (extensions as { headers?: unknown } | null | undefined)?.headers;
  if (typeof headers !== "object" || headers === null) return undefined;
  const entries = Object.entries(headers).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  try {
    return apiKeyFromHeaders(new Headers(entries));
  } catch {
    return undefined; // Not valid header names or values: no key.
  }
}

/** The viewer of a change: a key that may write. A READ key never writes. */
export function requireWriter(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AuthenticationRequiredError();
  if (viewer.scope !== "WRITE")
    throw new ForbiddenError("This API key is read-only (scope READ): it cannot change anything.");
  return viewer;
}

const MAX_KEY_NAME = 100;

/** A new key for the viewer (a WRITE key may make READ or WRITE keys); the secret is returned once. */
export async function issueApiKey(
  db: Db,
  viewer: Viewer | null,
  input: { name?: string | null; scope?: ApiKeyScope | null },
): Promise<{ id: string; secret: string }> {
  const writer = requireWriter(viewer);
  if (input.name && input.name.length > MAX_KEY_NAME)
    throw new ValidationError(`A key name has at most ${MAX_KEY_NAME} characters.`, "name");
  const { apiKey, secret } = await createApiKey(db, writer.id, input.name, input.scope ?? "WRITE");
  return { id: apiKey.id, secret };
}

/** Revokes one of the viewer's own active keys (the one making the request included). */
export async function revokeOwnApiKey(
  db: Db,
  viewer: Viewer | null,
  keyId: string,
  announce: () => void,
): Promise<void> {
  const writer = requireWriter(viewer);
  const count = await revokeApiKeys(db, { id: keyId, userId: writer.id }, announce);
  if (count === 0) throw new NotFoundError("No active API key of yours has that id.");
}
