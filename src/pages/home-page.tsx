// GET /: recent public collections, a tag's collections, or a search by name, description and tag.
import type { PageCollectionCardFragment } from "./gql/graphql.js";
import { Layout } from "./layout.js";
import { CollectionCard } from "./parts.js";
import { withQuery } from "./paths.js";

export type HomeListing =
  | { kind: "recent"; after?: string; next?: string }
  | { kind: "tag"; tag: string; after?: string; next?: string }
  | { kind: "search"; query: string };

function heading(listing: HomeListing): string {
  if (listing.kind === "tag") return `Collections tagged “${listing.tag}”`;
  if (listing.kind === "search") return `Collections matching “${listing.query}”`;
  return "Recent public collections";
}

export function HomePage({
  listing,
  collections,
}: {
  listing: HomeListing;
  collections: PageCollectionCardFragment[];
}) {
  const title = heading(listing);
  const meta = {
    title: listing.kind === "recent" ? "Shared IoC collections" : title,
    description:
      "Indicators of compromise shared as live collections: file hashes, URLs, domains and IP addresses " +
      "with their enrichment, defanged for safe reading.",
    query: listing.kind === "search" ? listing.query : undefined,
    // Search results are not pages of their own.
    noindex: listing.kind === "search",
  };
  const next = listing.kind !== "search" ? listing.next : undefined;
  return (
    <Layout meta={meta}>
      {listing.kind === "recent" && !listing.after && (
        <section class="hero">
          <h1>Indicators of compromise, shared as live collections</h1>
          <p>
            Follow a report's IoCs as its author updates them, look up any hash, URL, domain or IP address,
            and export a collection for your SIEM, firewall, MISP or OpenCTI.
          </p>
        </section>
      )}
      <section class="panel" aria-labelledby="listing-title">
        <h2 id="listing-title">{title}</h2>
        {collections.length === 0 ? (
          <p class="empty">No collections found.</p>
        ) : (
          <ul class="cards">
            {collections.map((collection) => (
              <CollectionCard key={collection.id} collection={collection} />
            ))}
          </ul>
        )}
        {next && (
          <nav class="pager" aria-label="More collections">
            <span />
            <a href={withQuery("/", { tag: listing.kind === "tag" ? listing.tag : undefined, after: next })}>
              Older ›
            </a>
          </nav>
        )}
      </section>
    </Layout>
  );
}
