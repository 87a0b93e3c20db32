// GET /iocs/{value}: an IoC's report. Its enrichment, its one-hop relationships (each linked to its own page)
// and the community section: every collection the reader may see that holds it.
import type { ComponentChildren } from "preact";
import { defang } from "../extraction/canonical.js";
import { iocKinds } from "../iocs/kinds.js";
import { capitalized, formatBytes, formatCount } from "./format.js";
import type { PageIocQuery } from "./gql/graphql.js";
import { Layout } from "./layout.js";
import { CollectionCard, FangSwitch, Headings, IocCell, IocValue, KindLabel, Ratio, Time } from "./parts.js";
import { iocPath, withQuery } from "./paths.js";

export type PageIocData = NonNullable<PageIocQuery["ioc"]>;

export interface IocView {
  fanged: boolean;
  /** The community section's page. */
  after?: string;
  /** The relationships' page. */
  relationsAfter?: string;
}

export function iocViewHref(value: string, view: IocView): string {
  return withQuery(iocPath(value), {
    defanged: view.fanged ? "false" : undefined,
    after: view.after,
    relationsAfter: view.relationsAfter,
  });
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What the provider's answer holds, for every kind, then the kind's own fields. */
function Facts({ ioc, fanged }: { ioc: PageIocData; fanged: boolean }) {
  const e = ioc.enrichment;
  const text = (value: string, type: "URL" | "IP_ADDRESS") => (
    <code>
      <IocValue value={value} defanged={defang({ type, value })} fanged={fanged} />
    </code>
  );
  return (
    <dl class="facts">
      <Fact label="Enrichment">
        {e ? `${e.status.toLowerCase().replace("_", " ")} (${e.provider})` : "not queued"}
        {e?.fetchedAt && (
          <>
            , fetched <Time iso={e.fetchedAt} withTime />
          </>
        )}
        {e?.error && <> — {e.error}</>}
      </Fact>
      {ioc.warnings.length > 0 && (
        <Fact label="Warninglists">
          <ul class="warnings">
            {ioc.warnings.map((w) => (
              <li key={w.list}>
                <strong>{w.list}</strong>: {w.reason}
              </li>
            ))}
          </ul>
        </Fact>
      )}
      <Fact label="First sighted">
        <Time iso={ioc.firstSighted} withTime />
      </Fact>
      <Fact label="Last sighted">
        <Time iso={ioc.lastSighted} withTime />
      </Fact>
      <Fact label="First seen">
        <Time iso={e?.firstSeen} withTime />
      </Fact>
      <Fact label="Last seen">
        <Time iso={e?.lastSeen} withTime />
      </Fact>
      {e?.reputation != null && <Fact label="Reputation">{e.reputation}</Fact>}
      {e && e.tags.length > 0 && <Fact label="Provider tags">{e.tags.join(", ")}</Fact>}
      {ioc.__typename === "File" && (
        <>
          {ioc.md5 && <Fact label="MD5">{<code>{ioc.md5}</code>}</Fact>}
          {ioc.sha1 && <Fact label="SHA-1">{<code>{ioc.sha1}</code>}</Fact>}
          {ioc.sha256 && <Fact label="SHA-256">{<code>{ioc.sha256}</code>}</Fact>}
          {ioc.typeDescription && <Fact label="Type">{ioc.typeDescription}</Fact>}
          {ioc.size != null && (
            <Fact label="Size">{`${formatBytes(ioc.size)} (${formatCount(ioc.size)} bytes)`}</Fact>
          )}
          {ioc.meaningfulName && <Fact label="Name">{ioc.meaningfulName}</Fact>}
          {ioc.names.length > 1 && <Fact label="Also named">{ioc.names.slice(0, 20).join(", ")}</Fact>}
        </>
      )}
      {ioc.__typename === "IpAddress" && (
        <>
          {ioc.country && <Fact label="Country">{ioc.country}</Fact>}
          {ioc.asn != null && <Fact label="AS">{`AS${ioc.asn}${ioc.asOwner ? ` ${ioc.asOwner}` : ""}`}</Fact>}
          {ioc.network && <Fact label="Network">{<code>{ioc.network}</code>}</Fact>}
        </>
      )}
      {ioc.__typename === "Domain" && (
        <>
          {ioc.registrar && <Fact label="Registrar">{ioc.registrar}</Fact>}
          {ioc.creationDate && (
            <Fact label="Registered">
              <Time iso={ioc.creationDate} />
            </Fact>
          )}
          {ioc.categories.length > 0 && <Fact label="Categories">{ioc.categories.join(", ")}</Fact>}
          {ioc.resolvedAddresses.slice(0, 10).map((address) => (
            <Fact label="Resolves to" key={address.address}>
              {text(address.address, "IP_ADDRESS")}
              {address.country && ` · ${address.country}`}
              {address.asn != null && ` · AS${address.asn}${address.asOwner ? ` ${address.asOwner}` : ""}`}
            </Fact>
          ))}
        </>
      )}
      {ioc.__typename === "Url" && (
        <>
          {ioc.title && <Fact label="Page title">{ioc.title}</Fact>}
          {ioc.httpResponseCode != null && <Fact label="HTTP status">{ioc.httpResponseCode}</Fact>}
          {ioc.finalUrl && ioc.finalUrl !== ioc.value && (
            <Fact label="Final URL">{text(ioc.finalUrl, "URL")}</Fact>
          )}
        </>
      )}
      <Fact label="In iocgraph since">
        <Time iso={ioc.createdAt} />
      </Fact>
    </dl>
  );
}

function Relationships({ ioc, view }: { ioc: PageIocData; view: IocView }) {
  const { edges, pageInfo } = ioc.relationships;
  if (edges.length === 0) return <p class="detail">No related IoCs known.</p>;
  return (
    <>
      <div class="scroll">
        <table>
          <caption class="sr-only">IoCs related to this one</caption>
          <Headings
            columns={[
              ["Indicator"],
              ["Detections", "num"],
              ["Last seen", "hide-phone"],
              ["Source", "hide-narrow"],
            ]}
          />
          <tbody>
            {edges.map((edge) => (
              <tr key={`${edge.relation}-${edge.node.id}`}>
                <IocCell ioc={edge.node} fanged={view.fanged}>
                  {" · "}
                  <span class="relation">{edge.relation.replaceAll("_", " ")}</span>
                </IocCell>
                <td class="num">
                  <Ratio ratio={edge.node.detectionRatio} detections={edge.node.enrichment?.detections} />
                </td>
                <td class="date hide-phone">
                  <Time iso={edge.lastSeen} />
                </td>
                <td class="detail hide-narrow">{edge.origin}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageInfo.hasNextPage && pageInfo.endCursor && (
        <nav class="pager" aria-label="More relationships">
          <span />
          <a href={iocViewHref(ioc.value, { ...view, relationsAfter: pageInfo.endCursor })} data-view>
            More relationships ›
          </a>
        </nav>
      )}
    </>
  );
}

export function IocPage({ ioc, view }: { ioc: PageIocData; view: IocView }) {
  const kind = iocKinds[ioc.type];
  const holders = ioc.collections;
  const title = `${capitalized(kind.noun.one)} ${ioc.defanged}`;
  const ratio = ioc.detectionRatio ? `${ioc.detectionRatio} detections. ` : "";
  const meta = {
    title,
    description: `${ratio}In ${holders.totalCount} public ${holders.totalCount === 1 ? "collection" : "collections"} on iocgraph.`,
    canonical: ioc.permalink,
  };
  const d = ioc.enrichment?.detections;
  return (
    <Layout meta={meta}>
      <section class="panel" aria-labelledby="ioc-value">
        <p class="eyebrow">
          <KindLabel type={ioc.type} />
        </p>
        <h1 id="ioc-value" class="mono">
          <IocValue value={ioc.value} defanged={ioc.defanged} fanged={view.fanged} />
        </h1>
        <div class="toolbar">
          <Ratio ratio={ioc.detectionRatio} detections={d} />
          {d && (
            <span class="detail">
              {d.malicious} malicious · {d.suspicious} suspicious · {d.harmless} harmless · {d.undetected}{" "}
              undetected{d.timeout > 0 && ` · ${d.timeout} timed out`}
            </span>
          )}
          <span class="grow" />
          <FangSwitch fanged={view.fanged} href={iocViewHref(ioc.value, { ...view, fanged: !view.fanged })} />
        </div>
        <Facts ioc={ioc} fanged={view.fanged} />
      </section>
      <div class="layout">
        <section class="panel" aria-labelledby="relations-title">
          <h2 id="relations-title">Relationships</h2>
          <Relationships ioc={ioc} view={view} />
        </section>
        <section class="panel" aria-labelledby="community-title">
          <h2 id="community-title">
            Community: in {formatCount(holders.totalCount)}{" "}
            {holders.totalCount === 1 ? "collection" : "collections"}
          </h2>
          {holders.edges.length === 0 ? (
            <p class="detail">No collection you may see holds it.</p>
          ) : (
            <ul class="cards">
              {holders.edges.map(({ node }) => (
                <CollectionCard key={node.id} collection={node} />
              ))}
            </ul>
          )}
          {holders.pageInfo.hasNextPage && holders.pageInfo.endCursor && (
            <nav class="pager" aria-label="More collections">
              <span />
              <a href={iocViewHref(ioc.value, { ...view, after: holders.pageInfo.endCursor })} data-view>
                More collections ›
              </a>
            </nav>
          )}
        </section>
      </div>
    </Layout>
  );
}
