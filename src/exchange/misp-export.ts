// The MISP export: one event, as MISP's own JSON import (and PyMISP) reads it. Attribute types and categories
// come from the kinds registry; uuids are UUIDv5 of what identifies them, so re-importing updates the same
// event in MISP instead of making a copy.
import type { Visibility } from "../generated/prisma/client.js";
import { kindOf } from "../iocs/kinds.js";
import type { ExportSource } from "./export.js";
import { namedUuid } from "./ids.js";

const epoch = (date: Date) => String(Math.floor(date.getTime() / 1000));

/** MISP distribution: 3 all communities, 0 your organisation only (until TLP markings say more). */
const DISTRIBUTION: Record<Visibility, string> = { PUBLIC: "3", UNLISTED: "0", PRIVATE: "0" };

export async function* writeMisp(source: ExportSource): AsyncGenerator<string> {
  const c = source.collection;
  const tags = [...c.tags.map((name) => ({ name })), ...(source.marking ? [source.marking.misp] : [])];
  const event = JSON.stringify({
    uuid: namedUuid("misp-event", c.id),
    info: c.name,
    date: c.createdAt.toISOString().slice(0, 10),
    // 4: undefined threat level; 1: analysis ongoing (a collection is maintained live).
    threat_level_id: "4",
    analysis: "1",
    distribution: DISTRIBUTION[c.visibility],
    published: false,
    timestamp: epoch(c.updatedAt),
    Orgc: { name: c.owner.name, uuid: namedUuid("misp-org", c.owner.id) },
    Tag: tags,
  });
  yield `{"Event":${event.slice(0, -1)},"Attribute":[`;
  let first = true;
  for await (const batch of source.batches()) {
    const lines = batch.map((item) => {
      const { type, category } = kindOf(item.ioc.type).misp.attribute(item.ioc);
      return JSON.stringify({
        uuid: namedUuid("misp-attribute", c.id, type, item.ioc.value),
        type,
        category,
        to_ids: true,
        value: item.ioc.value,
        timestamp: epoch(item.addedAt),
        distribution: "5",
        comment: "",
        disable_correlation: false,
      });
    });
    yield `${first ? "\n" : ",\n"}${lines.join(",\n")}`;
    first = false;
  }
  yield "\n]}}\n";
}
