// GET /collections/{id}: the permalink. Header, the IoC table (newest first, in keyset pages, by kind),
// and beside it the collection's stats, tags, related collections and exports.
import { iocKinds } from "../iocs/kinds.js";
import { CollectionFacts } from "./collection-facts.js";
import {
  capitalized,
  countOf,
  countsSummary,
  excerpt,
  formatBytes,
  formatCount,
  kindCounts,
} from "./format.js";
import type { IocType, PageCollectionQuery, PageIocRowFragment } from "./gql/graphql.js";
import { Layout } from "./layout.js";
import { Description, FangSwitch, Headings, IocCell, Ratio, Tags, Time, TlpBadge } from "./parts.js";
import { collectionPath, exportPath, withQuery } from "./paths.js";

export type PageCollectionData = NonNullable<PageCollectionQuery["collection"]>;

/** Where the side column's HTML goes; user text is escaped, so it can never contain this comment. */
export const asideSlot = "<!--iocgraph:aside-->";

/** What the reader chose: a kind, raw values or defanged ones, and where in the list. */
export interface CollectionView {
  type?: IocType;
  fanged: boolean;
  /** Newer IoCs than this cursor (the "Newer" link). */
  after?: string;
  /** Older IoCs than this cursor (the "Older" link). */
  before?: string;
}

/** The page's link for a view: only what differs from the default (all kinds, defanged, newest). */
export function viewHref(id: string, view: CollectionView): string {
  return withQuery(collectionPath(id), {
    type: view.type,
    defanged: view.fanged ? "false" : undefined,
    after: view.after,
    before: view.before,
  });
}

/** One row's kind-specific facts: file type and size, where an address is, a URL's HTTP status. */
function facts(ioc: PageIocRowFragment): string[] {
  const where = (
    place: { country: string | null; asn: number | null; asOwner: string | null } | undefined,
  ) => [
    place?.country,
    place?.asn != null ? `AS${place.asn}${place.asOwner ? ` ${place.asOwner}` : ""}` : null,
  ];
  const all =
    ioc.__typename === "File"
      ? [ioc.typeDescription, ioc.size != null ? formatBytes(ioc.size) : null]
      : ioc.__typename === "IpAddress"
        ? where(ioc)
        : ioc.__typename === "Domain"
          ? where(ioc.resolvedAddresses[0])
          : [ioc.httpResponseCode != null ? `HTTP ${ioc.httpResponseCode}` : null];
  return all.filter((fact): fact is string => Boolean(fact));
}

function IocTable(props: { edges: PageCollectionData["iocs"]["edges"]; fanged: boolean; caption: string }) {
  // The connection pages in the order IoCs were added; the table shows the newest first.
  const rows = [...props.edges].reverse();
  return (
    <div class="scroll">
      <table>
        <caption class="sr-only">{props.caption}</caption>
        <Headings
          columns={[
            ["Indicator"],
            ["Detections", "num"],
            ["First seen", "hide-narrow"],
            ["Last seen", "hide-phone"],
            ["Added", "hide-narrow"],
          ]}
        />
        <tbody>
          {rows.map(({ node: ioc, addedAt }) => (
            <tr key={ioc.id} data-id={ioc.id}>
              <IocCell ioc={ioc} fanged={props.fanged}>
                {facts(ioc).map((fact) => ` · ${fact}`)}
              </IocCell>
              <td class="num">
                <Ratio ratio={ioc.detectionRatio} detections={ioc.enrichment?.detections} />
              </td>
              <td class="date hide-narrow">
                <Time iso={ioc.enrichment?.firstSeen} />
              </td>
              <td class="date hide-phone">
                <Time iso={ioc.enrichment?.lastSeen} />
              </td>
              <td class="date hide-narrow">
                <Time iso={addedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pager({ collection, view }: { collection: PageCollectionData; view: CollectionView }) {
  const { pageInfo, edges } = collection.iocs;
  const newest = view.after === undefined && view.before === undefined;
  // Older = before the oldest shown; newer = after the newest shown. A page reached by a cursor always has
  // something on the side it came from.
  const older = (view.after !== undefined || pageInfo.hasPreviousPage) && pageInfo.startCursor;
  const newer = view.before !== undefined || (view.after !== undefined && pageInfo.hasNextPage);
  const base = { type: view.type, fanged: view.fanged };
  return (
    <nav class="pager" aria-label="Pages of IoCs" data-live="pager">
      <span>
        {!newest && (
          <a href={viewHref(collection.id, base)} data-view>
            « Newest
          </a>
        )}
        {newer && edges.length > 0 && pageInfo.endCursor && (
          <>
            {" "}
            <a href={viewHref(collection.id, { ...base, after: pageInfo.endCursor })} data-view rel="prev">
              ‹ Newer
            </a>
          </>
        )}
      </span>
      {older && edges.length > 0 && (
        <a href={viewHref(collection.id, { ...base, before: older })} data-view rel="next">
          Older ›
        </a>
      )}
    </nav>
  );
}

function KindTabs({ collection, view }: { collection: PageCollectionData; view: CollectionView }) {
  const tabs = kindCounts(collection.counts).filter((entry) => entry.count > 0 || entry.type === view.type);
  return (
    <nav class="kinds" aria-label="Filter by kind" data-live="kinds">
      <a
        href={viewHref(collection.id, { fanged: view.fanged })}
        aria-current={view.type === undefined ? "page" : undefined}
        data-view
      >
        All <span class="n">{formatCount(collection.counts.total)}</span>
      </a>
      {tabs.map(({ kind, type, count }) => (
        <a
          key={type}
          href={viewHref(collection.id, { type, fanged: view.fanged })}
          aria-current={view.type === type ? "page" : undefined}
          data-view
        >
          {capitalized(kind.noun.many)} <span class="n">{formatCount(count)}</span>
        </a>
      ))}
    </nav>
  );
}

/** The defang switch (a link that flips `?defanged=false` without JS) and copy-all per kind. */
function Toolbar({ collection, view }: { collection: PageCollectionData; view: CollectionView }) {
  const kinds = kindCounts(collection.counts).filter(
    (entry) => entry.count > 0 && (view.type === undefined || entry.type === view.type),
  );
  return (
    <div class="toolbar" data-live="toolbar">
      <FangSwitch fanged={view.fanged} href={viewHref(collection.id, { ...view, fanged: !view.fanged })} />
      <span class="grow" />
      {kinds.length > 0 && (
        <span class="copies">
          Copy all:
          {kinds.map(({ kind, type, count }) => (
            <a
              key={type}
              href={exportPath(collection.id, "txt", { types: type, defanged: !view.fanged })}
              data-copy
              data-noun={kind.noun.many}
            >
              {countOf(count, kind)}
            </a>
          ))}
        </span>
      )}
      <span class="status" data-copy-status role="status" />
    </div>
  );
}

export function CollectionPage(props: {
  collection: PageCollectionData;
  view: CollectionView;
  /** The change-log cursor the page was read at: live updates follow on from it. */
  since: string;
  liveQuery: string;
}) {
  const { collection, view } = props;
  const summary = countsSummary(collection.counts);
  const noun = view.type ? iocKinds[view.type].noun.many : "IoCs";
  const shown = capitalized(noun);
  const meta = {
    title: collection.name,
    description: `${summary}. ${collection.description ? excerpt(collection.description, 200) : `A collection by ${collection.owner.name} on iocgraph.`}`,
    canonical: collection.permalink,
    noindex: collection.visibility !== "PUBLIC",
  };
  return (
    <Layout meta={meta}>
      <div class="banner" data-banner role="status" aria-live="polite" />
      <section class="panel head" aria-labelledby="collection-name">
        <span
          class="live"
          hidden
          data-live-collection={collection.id}
          data-live-query={props.liveQuery}
          data-since={props.since}
        />
        <div data-live="head">
          <p class="eyebrow">
            <TlpBadge tlp={collection.tlp} /> Collection ·{" "}
            {collection.collectionType.toLowerCase().replace(/_/g, " ")}{" "}
            {collection.visibility === "UNLISTED" && (
              <span class="badge unlisted" title="Reachable by its link only; not listed or indexed">
                Unlisted
              </span>
            )}
          </p>
          <h1 id="collection-name">{collection.name}</h1>
          <p class="meta">
            by <b>{collection.owner.name}</b> · created <Time iso={collection.createdAt} /> · updated{" "}
            <Time iso={collection.updatedAt} withTime /> · {summary}
          </p>
          <Tags tags={collection.tags} label="Tags" />
          <CollectionFacts collection={collection} />
          <Description text={collection.description} />
        </div>
      </section>
      <div class="layout">
        <section class="panel" aria-label={shown}>
          <KindTabs collection={collection} view={view} />
          <Toolbar collection={collection} view={view} />
          <div data-live="iocs">
            {collection.iocs.edges.length > 0 ? (
              <IocTable
                edges={collection.iocs.edges}
                fanged={view.fanged}
                caption={`${shown} of ${collection.name}, newest first`}
              />
            ) : (
              <p class="empty">No {noun} here.</p>
            )}
          </div>
          <Pager collection={collection} view={view} />
        </section>
        {/* Filled by the stream once the aggregates are read (routes.ts): see asideSlot. */}
        <aside
          data-live="aside"
          aria-label="About these IoCs"
          dangerouslySetInnerHTML={{ __html: asideSlot }}
        />
      </div>
    </Layout>
  );
}
