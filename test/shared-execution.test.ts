// A live event is executed once per distinct operation, not once per subscriber: a thousand dashboards on the
// same subscription cost the database what one does. Counted exactly, over real WebSockets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { connectWs, type Subscription } from "./helpers/ws.js";

let t: TestApp;
let port: number;
beforeAll(async () => {
  // No unprompted poll of the change log: every statement counted is caused by the event.
  t = await startTestApp({ livePollIntervalMs: 0 });
  port = await t.app.start(0);
});
afterAll(() => t?.stop());

const Dashboard = graphql(`
  subscription SharedDashboard($id: ID!) {
    collectionUpdated(id: $id) {
      cursor
      kind
      iocs { value }
      collection { name counts { total domains } stats { asns { asn count } } aggregatedTags { tag count } }
    }
  }
`);

const Warned = graphql(`
  subscription SharedWarned($id: ID!) {
    collectionUpdated(id: $id) { cursor collection { stats { warned } } }
  }
`);

type DashboardEvent = Awaited<ReturnType<Subscription<{ collectionUpdated: { kind: string } }>["next"]>>;

describe("shared execution of live events", () => {
  async function statementsForOneEvent(subscribers: number) {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner, { visibility: "PUBLIC" });
    // Anonymous dashboards, a hundred subscriptions per socket.
    const sockets = Array.from({ length: Math.ceil(subscribers / 100) }, () => connectWs(port));
    const subs = Array.from({ length: subscribers }, (_, i) =>
      sockets[Math.floor(i / 100)].subscribe(Dashboard, { id: collection.id }),
    );
    const listening = t.app.services.hub.listenerCount;
    try {
      await expect.poll(() => t.app.services.hub.listenerCount, { timeout: 30_000 }).toBe(subscribers);
      const add = (value: string) =>
        t.run(
          AddIocs,
          { input: { collectionId: collection.id, iocs: [{ value }] } },
          { apiKey: owner.apiKey },
        );
      const everyoneHears = () => Promise.all(subs.map((sub) => sub.next(30_000) as Promise<DashboardEvent>));
      // A first event, uncounted, so the second finds every loader and subscription warm.
      await add(`first-${subscribers}.example.com`);
      await everyoneHears();
      const { result, statements } = await t.countStatements(async () => {
        await add(`second-${subscribers}.example.com`);
        return everyoneHears();
      });
      expect(new Set(result.map((event) => JSON.stringify(event.data)))).toHaveProperty("size", 1);
      expect(result[0].data?.collectionUpdated).toMatchObject({
        kind: "IOCS_ADDED",
        iocs: [{ value: `second-${subscribers}.example.com` }],
      });
      return statements;
    } finally {
      for (const sub of subs) sub.unsubscribe();
      await Promise.all(sockets.map((socket) => socket.dispose()));
      await expect.poll(() => t.app.services.hub.listenerCount, { timeout: 30_000 }).toBe(listening);
    }
  }

  it("reads the same for 1,000 subscribers of one event as for one", async () => {
    const one = await statementsForOneEvent(1);
    const thousand = await statementsForOneEvent(1000);
    // The write with its payload (12: its API key is read with its user in one statement, and the IoC it just
    // created is not looked up again), then for any audience: the hub's read of the log and of the
    // collections' states (2), and one execution of the selection (collection, IoCs, stats, tags: 4).
    expect(thousand.length).toBe(one.length);
    expect(one.length).toBe(18);
  }, 120_000);

  it("shows every event the data as committed, though its execution starts before anyone pulls it", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner, { visibility: "PUBLIC" });
    // Ten sockets of ten: the execution they share runs on the context of whichever is queued first, whose
    // per-request loaders hold the previous event's stats unless that execution starts on cleared ones.
    const sockets = Array.from({ length: 10 }, () => connectWs(port));
    const subs = Array.from({ length: 100 }, (_, i) =>
      sockets[Math.floor(i / 10)].subscribe(Warned, { id: collection.id }),
    );
    const listening = t.app.services.hub.listenerCount;
    try {
      await expect.poll(() => t.app.services.hub.listenerCount, { timeout: 30_000 }).toBe(listening + 100);
      // Documentation domains are on a warninglist: each one added raises `warned` by one.
      for (const [i, value] of ["example.com", "example.net", "example.org"].entries()) {
        await t.run(
          AddIocs,
          { input: { collectionId: collection.id, iocs: [{ value }] } },
          { apiKey: owner.apiKey },
        );
        const events = await Promise.all(subs.map((sub) => sub.next(30_000)));
        const seen = events.map(
          (event) => event.data?.collectionUpdated.collection?.stats.warned ?? event.errors,
        );
        expect(new Set(seen)).toEqual(new Set([i + 1]));
      }
    } finally {
      for (const sub of subs) sub.unsubscribe();
      await Promise.all(sockets.map((socket) => socket.dispose()));
    }
  }, 120_000);
});
