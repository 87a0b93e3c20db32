// Prisma CLI configuration: the JS engine and a driver adapter keep every command offline (DESIGN §5).
// Only the CLI reads this file (generate, and creating migrations); the app connects in src/db.ts.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new PrismaPGlite(
      new PGlite(process.env.PRISMA_DEV_DB ?? "memory://", { extensions: { pg_trgm } }),
    );
  },
});
