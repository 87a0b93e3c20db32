// The app's own migration runner: Prisma-compatible bookkeeping, idempotent, safe when processes race.
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db.js";
import { backend, freshPostgresDatabase } from "./helpers/app.js";

describe("migrate()", () => {
  it("applies every migration once and records it in _prisma_migrations", async () => {
    const fresh = backend === "postgres" ? await freshPostgresDatabase() : undefined;
    const db = openDatabase({ databaseUrl: fresh?.url ?? "memory://", dataDir: "" });
    try {
      const applied = await db.migrate();
      expect(applied.length).toBeGreaterThan(0);
      expect(applied[0]).toBe("20261122000000_init");
      expect(await db.migrate()).toEqual([]);
      const rows = await db.prisma.$queryRaw<
        { migration_name: string; checksum: string; finished_at: Date }[]
      >`
        SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
      expect(rows.map((row) => row.migration_name)).toEqual(applied);
      expect(
        rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.finished_at instanceof Date),
      ).toBe(true);
    } finally {
      await db.close();
      await fresh?.drop();
    }
  });

  it.runIf(backend === "postgres")(
    "lets two processes start at once on one server: each migration runs once",
    async () => {
      const fresh = await freshPostgresDatabase();
      const a = openDatabase({ databaseUrl: fresh.url, dataDir: "" });
      const b = openDatabase({ databaseUrl: fresh.url, dataDir: "" });
      try {
        const [first, second] = await Promise.all([a.migrate(), b.migrate()]);
        expect([...first, ...second].sort()).toEqual([...new Set([...first, ...second])].sort());
        expect(first.length + second.length).toBeGreaterThan(0);
      } finally {
        await a.close();
        await b.close();
        await fresh.drop();
      }
    },
  );
});
