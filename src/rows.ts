// Rows from raw SQL are checked into their types where they enter (STYLE 17): a column renamed or retyped in
// a migration fails loudly here, not as a wrong value three calls later.
import { z } from "zod";
import { Prisma } from "./generated/prisma/client.js";
import { IocType } from "./generated/prisma/enums.js";

/** Decodes the rows of a `$queryRaw` against `row`, the shape one row must have. */
export function decodeRows<T extends z.ZodType>(row: T, rows: unknown): z.infer<T>[] {
  return z.array(row).parse(rows);
}

/** An `IocType` column: every kind the database's enum has, and nothing else. */
export const iocTypeColumn = z.enum(IocType);

/**
 * Whether a Pothos/Prisma query (`{ select?, include? }`) reads nothing but the columns named in `row` (a plain
 * read's zod shape): no relation comes with it.
 */
export function readsOnly(query: { select?: object; include?: object }, row: object): boolean {
  return (
    Object.keys(query.include ?? {}).length === 0 &&
    Object.keys(query.select ?? {}).every((field) => field in row)
  );
}

/** The columns of a plain read's zod `row` shape, each qualified by `alias`, for a SELECT list. */
export function columnList(row: object, alias: string): Prisma.Sql {
  return Prisma.raw(
    Object.keys(row)
      .map((column) => `"${alias}"."${column}"`)
      .join(", "),
  );
}

/** A row of one id column. */
export const idRow = z.object({ id: z.string() });

/**
 * A `text[]` parameter as one array literal (`${textArray(ids)}::text[]`): the same text the driver would send,
 * built in one join. Handed over as an array, 10,000 strings go one by one through Prisma's parameter
 * serialisation and pg's array encoder — twice the main thread's time per statement, and a stall of the event
 * loop that grows with the call.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

export { z };
