// The collection page's side column: what its IoCs have in common (enrichment stats and tags), the
// collections that share IoCs with it, and its exports. Aggregates over every IoC are what a large
// collection's page costs, so this part is read and streamed after the IoC table.
import { iocKinds } from "../iocs/kinds.js";
import type { CollectionView } from "./collection-page.js";
import { formatCount } from "./format.js";
import type { PageCollectionAsideQuery } from "./gql/graphql.js";
import { collectionPath, type ExportFormat, exportFormats, exportPath } from "./paths.js";

const formatNames: Record<ExportFormat, string> = {
  json: "JSON",
  csv: "CSV",
  txt: "Text",
  stix: "STIX 2.1",
  misp: "MISP",
};

function Bars({ title, items }: { title: string; items: { label: string; count: number }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="bars">
        {items.map((item) => (
          <li key={item.label}>
            <span title={item.label}>{item.label}</span>
            <span class="n">{formatCount(item.count)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div class={`stat${tone ? ` ${tone}` : ""}`}>
      <b>{formatCount(value)}</b>
      <span>{label}</span>
    </div>
  );
}

function bucketLabel({ min, max }: { min: number; max: number | null }) {
  if (max === null) return `${min}+ engines`;
  return min === max ? `${min} engines` : `${min}–${max} engines`;
}

export type AsideData = NonNullable<PageCollectionAsideQuery["collection"]>;

function Aggregates({ aside }: { aside: AsideData }) {
  const { stats } = aside;
  const related = aside.relatedCollections.edges;
  return (
    <>
      <section class="panel" aria-labelledby="stats-title">
        <h2 id="stats-title">Enrichment</h2>
        <div class="stat-grid">
          <Stat label="malicious" value={stats.malicious} tone={stats.malicious > 0 ? "bad" : undefined} />
          <Stat label="suspicious" value={stats.suspicious} />
          <Stat label="clean" value={stats.clean} />
          <Stat label="enriched" value={stats.enriched} />
          <Stat label="pending" value={stats.pending} />
          <Stat label="not found" value={stats.notFound + stats.errors} />
          <Stat label="on warninglists" value={stats.warned} />
        </div>
        <Bars
          title="Malicious verdicts"
          items={stats.detections
            .filter((b) => b.count > 0)
            .map((b) => ({ label: bucketLabel(b), count: b.count }))}
        />
        <Bars title="Countries" items={stats.countries.map((c) => ({ label: c.value, count: c.count }))} />
        <Bars
          title="Autonomous systems"
          items={stats.asns.map((a) => ({
            label: `AS${a.asn}${a.asOwner ? ` ${a.asOwner}` : ""}`,
            count: a.count,
          }))}
        />
        <Bars title="File types" items={stats.fileTypes.map((f) => ({ label: f.value, count: f.count }))} />
        <Bars title="Warninglists" items={stats.warnings.map((w) => ({ label: w.list, count: w.count }))} />
        {aside.aggregatedTags.length > 0 && (
          <>
            <h3>Tags of its IoCs</h3>
            <ul class="tags" aria-label="Tags of its IoCs">
              {aside.aggregatedTags.map((t) => (
                <li key={t.tag}>
                  <span>
                    {t.tag}
                    <span class="count">{formatCount(t.count)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section class="panel" aria-labelledby="related-title">
        <h2 id="related-title">Related collections</h2>
        {related.length === 0 ? (
          <p class="detail">No other collection shares its IoCs.</p>
        ) : (
          <ul class="cards">
            {related.map(({ node, sharedIocs }) => (
              <li key={node.id}>
                <a class="title" href={collectionPath(node.id)}>
                  {node.name}
                </a>
                <p>
                  {formatCount(sharedIocs)} shared of {formatCount(node.counts.total)} · by {node.owner.name}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** What goes inside the page's `<aside>`; `aside` is null when its read failed (the rest of the page stands). */
export function AsideContent({
  id,
  aside,
  view,
}: {
  id: string;
  aside: AsideData | null;
  view: CollectionView;
}) {
  const types = view.type ? { types: view.type } : {};
  return (
    <>
      {aside ? (
        <Aggregates aside={aside} />
      ) : (
        <p class="panel detail">Statistics are unavailable right now.</p>
      )}
      <section class="panel" aria-labelledby="export-title">
        <h2 id="export-title">Export {view.type ? iocKinds[view.type].noun.many : "all IoCs"}</h2>
        <div class="exports">
          {exportFormats.map((format) => (
            <a key={format} href={exportPath(id, format, types)} download>
              {formatNames[format]}
            </a>
          ))}
          <a href={exportPath(id, "txt", { ...types, defanged: true })} download>
            Text, defanged
          </a>
        </div>
      </section>
    </>
  );
}
