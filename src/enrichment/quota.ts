// A provider's request budget, shared by every worker of every instance through one database row that is
// read and written under SELECT … FOR UPDATE. Times come from the database clock, so instances with skewed
// clocks still agree. The window slides: at most `perWindow` grants in any `windowMs` span.
import { createHash } from "node:crypto";
import type { Db } from "../db.js";
import { Prisma } from "../generated/prisma/client.js";
import { decodeRows, z } from "../rows.js";

export interface QuotaOptions {
  provider: string;
  perWindow: number;
  windowMs: number;
  daily: number;
  /** The API key in use: a refusal of this key stops every instance using it, not one with a new key. */
  apiKey: string;
}

export type Grant =
  | { granted: true }
  | { granted: false; waitMs: number; reason: "rate" | "daily" | "paused" | "credentials"; problem?: string };

export interface QuotaState {
  requestsToday: number;
  inWindow: number;
  pausedUntil: Date | null;
  problem: string | null;
}

// A refused key is tried again after this long, in case the refusal was VirusTotal's passing fault.
const CREDENTIALS_RETRY_MS = 3_600_000;
const MAX_PAUSE_MS = 3_600_000;

const quotaRow = z.object({
  recent: z.array(z.bigint()).nullable(),
  day: z.string(),
  dayCount: z.number(),
  pausedUntil: z.bigint().nullable(),
  problem: z.string().nullable(),
  problemKey: z.string().nullable(),
  problemUntil: z.bigint().nullable(),
  now: z.bigint(),
});

const ms = (value: bigint | null) => (value === null ? 0 : Number(value));

const epochMs = (column: string) => `(extract(epoch FROM "${column}") * 1000)::bigint AS "${column}"`;

// Times as epoch milliseconds of the database clock (timestamps are stored as UTC wall time).
const COLUMNS = Prisma.raw(
  `recent, day, "dayCount", problem, "problemKey", ${epochMs("pausedUntil")}, ${epochMs("problemUntil")},
   (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now`,
);

function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export class Quota {
  private readonly keyFingerprint: string;

  constructor(
    private readonly db: Db,
    readonly options: QuotaOptions,
  ) {
    this.keyFingerprint = createHash("sha256").update(options.apiKey).digest("hex").slice(0, 16);
  }

  /** Takes one request slot, or says how long to wait for the next. */
  async take(): Promise<Grant> {
    const { provider, perWindow, windowMs, daily } = this.options;
    return this.db.$transaction(async (tx) => {
      const rows = decodeRows(
        quotaRow,
        await tx.$queryRaw`
        SELECT ${COLUMNS} FROM "ProviderQuota" WHERE provider = ${provider} FOR UPDATE`,
      );
      const row = rows[0];
      if (!row) {
        await tx.$executeRaw`INSERT INTO "ProviderQuota" (provider) VALUES (${provider}) ON CONFLICT DO NOTHING`;
        return { granted: false, waitMs: 0, reason: "rate" } as Grant;
      }
      const now = Number(row.now);
      const pausedUntil = ms(row.pausedUntil);
      const problemUntil = ms(row.problemUntil);
      if (row.problem && row.problemKey === this.keyFingerprint && problemUntil > now) {
        const waitMs = problemUntil - now;
        return { granted: false, waitMs, reason: "credentials", problem: row.problem } as Grant;
      }
      if (pausedUntil > now) return { granted: false, waitMs: pausedUntil - now, reason: "paused" } as Grant;
      const today = utcDay(now);
      const dayCount = row.day === today ? row.dayCount : 0;
      if (dayCount >= daily) {
        // VirusTotal resets daily quotas at 00:00 UTC.
        const midnight = Date.parse(`${today}T00:00:00Z`) + 86_400_000;
        return { granted: false, waitMs: midnight - now, reason: "daily" } as Grant;
      }
      const recent = (row.recent ?? []).map(Number).filter((at) => at > now - windowMs);
      if (recent.length >= perWindow) {
        return { granted: false, waitMs: Math.max(1, recent[0] + windowMs - now), reason: "rate" } as Grant;
      }
      recent.push(now);
      await tx.$executeRaw`
        UPDATE "ProviderQuota" SET recent = ${recent.map(String)}::bigint[], day = ${today},
          "dayCount" = ${dayCount + 1}, "updatedAt" = now()
        WHERE provider = ${provider}`;
      return { granted: true } as Grant;
    });
  }

  /**
   * The provider throttled us: nobody calls before `retryAfterMs` (when it said), else a pause of one
   * window that doubles with each throttled answer in a row.
   */
  async throttled(retryAfterMs: number | undefined): Promise<number> {
    const { provider, windowMs } = this.options;
    const rows = decodeRows(
      z.object({ strikes: z.number() }),
      await this.db.$queryRaw`
      UPDATE "ProviderQuota" SET strikes = strikes + 1 WHERE provider = ${provider} RETURNING strikes`,
    );
    const strikes = rows[0]?.strikes ?? 1;
    const pauseMs = retryAfterMs ?? Math.min(windowMs * 2 ** (strikes - 1), MAX_PAUSE_MS);
    await this.pauseFor(pauseMs);
    return pauseMs;
  }

  /** A successful answer ends a run of throttled ones. */
  async succeeded(): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "ProviderQuota" SET strikes = 0, problem = NULL, "problemKey" = NULL, "problemUntil" = NULL
      WHERE provider = ${this.options.provider} AND (strikes > 0 OR problem IS NOT NULL)`;
  }

  /** The provider refused our key: every instance using this key stops for a while, and says why. */
  async refused(problem: string): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "ProviderQuota" SET problem = ${problem}, "problemKey" = ${this.keyFingerprint},
        "problemUntil" = clock_timestamp() AT TIME ZONE 'UTC' + ${CREDENTIALS_RETRY_MS} * interval '1 millisecond'
      WHERE provider = ${this.options.provider}`;
  }

  private async pauseFor(ms: number): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "ProviderQuota" SET "pausedUntil" = GREATEST(coalesce("pausedUntil", '-infinity'),
        clock_timestamp() AT TIME ZONE 'UTC' + ${Math.round(ms)} * interval '1 millisecond')
      WHERE provider = ${this.options.provider}`;
  }

  async state(): Promise<QuotaState> {
    const rows = decodeRows(
      quotaRow,
      await this.db.$queryRaw`
      SELECT ${COLUMNS} FROM "ProviderQuota" WHERE provider = ${this.options.provider}`,
    );
    const row = rows[0];
    if (!row) return { requestsToday: 0, inWindow: 0, pausedUntil: null, problem: null };
    const now = Number(row.now);
    const mine = row.problemKey === this.keyFingerprint;
    const until = Math.max(ms(row.pausedUntil), mine ? ms(row.problemUntil) : 0);
    return {
      requestsToday: row.day === utcDay(now) ? row.dayCount : 0,
      inWindow: (row.recent ?? []).map(Number).filter((at) => at > now - this.options.windowMs).length,
      pausedUntil: until > now ? new Date(until) : null,
      problem: mine ? row.problem : null,
    };
  }
}
