// 20 clients add overlapping IoCs to one collection at once: no request fails, every IoC is there once,
// and the counts are exact.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { AddIocs, CollectionIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

it("keeps a collection exact under 20 concurrent overlapping addIocs calls", async () => {
  const owner = await t.createUser();
  const { collection } = await createCollection(t, owner, { name: "Contended" });
  const clients = 20;
  // Client i adds domains i..i+29 and IPs 10.0.(i..i+9).1: each value is shared by up to 30 (or 10) clients.
  const calls = Array.from({ length: clients }, (_, i) =>
    t.run(
      AddIocs,
      {
        input: {
          collectionId: collection.id,
          iocs: [
            ...Array.from({ length: 30 }, (_, j) => ({ value: `host-${i + j}.contended.example.com` })),
            ...Array.from({ length: 10 }, (_, j) => ({
              type: "IP_ADDRESS" as const,
              value: `10.0.${i + j}.1`,
            })),
          ],
        },
      },
      { apiKey: owner.apiKey },
    ),
  );
  const results = await Promise.all(calls);
  const reports = results.map((r) => {
    if (r.addIocs.__typename !== "AddIocsPayload") throw new Error(JSON.stringify(r.addIocs));
    return r.addIocs.report;
  });
  const domains = clients + 30 - 1;
  const ips = clients + 10 - 1;
  expect(reports.reduce((sum, r) => sum + r.added, 0)).toBe(domains + ips);
  expect(reports.reduce((sum, r) => sum + r.added + r.duplicates, 0)).toBe(clients * 40);

  const read = await t.run(CollectionIocs, { id: collection.id, first: 1000 });
  expect(read.collection?.counts).toEqual({
    files: 0,
    urls: 0,
    domains,
    ipAddresses: ips,
    total: domains + ips,
  });
  const values = read.collection?.iocs.edges.map((edge) => edge.node.value) ?? [];
  expect(values).toHaveLength(domains + ips);
  expect(new Set(values).size).toBe(values.length);
});
