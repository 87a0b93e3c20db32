// A collection's metadata on its page: other names, targeted industries and regions, where the activity is
// attributed to, and its references as links (http/https only, as the API accepts them).
import type { PageCollectionQuery } from "./gql/graphql.js";

type Collection = NonNullable<PageCollectionQuery["collection"]>;

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

function regions(codes: readonly string[]): string {
  return codes.map((code) => `${regionNames.of(code) ?? code} (${code})`).join(", ");
}

export function CollectionFacts({ collection }: { collection: Collection }) {
  const facts: [string, string][] = [];
  if (collection.altNames.length > 0) facts.push(["Also known as", collection.altNames.join(", ")]);
  if (collection.targetedIndustries.length > 0)
    facts.push(["Targets industries", collection.targetedIndustries.join(", ")]);
  if (collection.targetedRegions.length > 0) facts.push(["Targets", regions(collection.targetedRegions)]);
  if (collection.sourceRegion) facts.push(["Attributed to", regions([collection.sourceRegion])]);
  if (facts.length === 0 && collection.references.length === 0) return null;
  return (
    <div class="facts-inline">
      {facts.map(([label, value]) => (
        <p key={label}>
          {label}: <b>{value}</b>
        </p>
      ))}
      {collection.references.length > 0 && (
        <ul aria-label="References">
          {collection.references.map((reference) => (
            <li key={reference.url}>
              <a href={reference.url} rel="noopener noreferrer nofollow">
                {reference.title ?? reference.url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
