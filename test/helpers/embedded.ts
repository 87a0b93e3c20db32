// The embedded database belongs to one process: what a CLI run must do while another process holds it.
import { expect } from "vitest";
import { openDatabase } from "../../src/db.js";

/**
 * While this process holds the embedded database in `dataDir` (as a running server would), `command` — a CLI
 * run — must refuse with exit code 2 and say which process holds it, instead of writing what it would not see.
 */
export async function expectRefusedWhileHeld(
  dataDir: string,
  command: () => Promise<unknown>,
): Promise<void> {
  const holder = openDatabase({ databaseUrl: undefined, dataDir });
  try {
    const busy = await command().catch((error: { code: number; stderr: string }) => error);
    expect(busy).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`in use by process ${process.pid}`),
    });
  } finally {
    await holder.close();
  }
}
