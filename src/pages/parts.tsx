// Small pieces the pages share: IoC values (defanged by default), detection ratios, dates, tags, the
// description with its web links, collection cards.
import { LinkifyIt } from "linkify-it";
import type { ComponentChildren } from "preact";
import { iocKinds } from "../iocs/kinds.js";
import { countsSummary, excerpt, formatDate, formatDateTime } from "./format.js";
import type { IocType, PageCollectionCardFragment } from "./gql/graphql.js";
import { collectionPath, iocPath, withQuery } from "./paths.js";

/**
 * An IoC value as text, never a link to it. The element carries both forms so the switch can flip it in
 * place; the text is the defanged one unless the reader asked for raw values.
 */
export function IocValue({ value, defanged, fanged }: { value: string; defanged: string; fanged: boolean }) {
  return (
    <span data-value={value} data-defanged={defanged}>
      {fanged ? value : defanged}
    </span>
  );
}

/** A link to an IoC's own page, showing the value (defanged by default). */
export function IocLink(props: { value: string; defanged: string; fanged: boolean }) {
  return (
    <a href={iocPath(props.value)} class="mono">
      <IocValue {...props} />
    </a>
  );
}

/** A table's indicator cell: the value linked to its page, and under it the kind and what `children` adds. */
export function IocCell(props: {
  ioc: { type: IocType; value: string; defanged: string; warnings?: IocWarnings };
  fanged: boolean;
  children?: ComponentChildren;
}) {
  return (
    <td class="value">
      <IocLink value={props.ioc.value} defanged={props.ioc.defanged} fanged={props.fanged} />
      <span class="sub">
        <KindLabel type={props.ioc.type} />
        {props.children}
      </span>
      <WarningNote warnings={props.ioc.warnings ?? []} />
    </td>
  );
}

type IocWarnings = readonly { list: string; reason: string }[];

/** The warninglists an IoC is on, in short: likely a false positive, kept all the same. */
export function WarningNote({ warnings }: { warnings: IocWarnings }) {
  if (warnings.length === 0) return null;
  return (
    <span class="sub warned" title={warnings.map((w) => `${w.list}: ${w.reason}`).join("\n")}>
      ⚠ On a warninglist: {warnings.map((w) => w.list).join(", ")}
    </span>
  );
}

/** Column headings; a class hides a column on narrow screens or aligns numbers. */
export function Headings({ columns }: { columns: [label: string, className?: string][] }) {
  return (
    <thead>
      <tr>
        {columns.map(([label, className]) => (
          <th scope="col" class={className} key={label}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * The defang switch: a link to the same view with the other setting (`?defanged=false` shows raw values), so it
 * works without JavaScript; the page's script flips the values in place instead.
 */
export function FangSwitch({ fanged, href }: { fanged: boolean; href: string }) {
  return (
    <a class="switch" role="switch" aria-checked={fanged ? "true" : "false"} href={href} data-fang-switch>
      <span class="track" aria-hidden="true" />
      Show raw (undefanged) values
    </a>
  );
}

export function KindLabel({ type }: { type: IocType }) {
  return <span class="kind">{iocKinds[type].noun.one.toUpperCase()}</span>;
}

/** "5/70", coloured by how many engines call it malicious (or suspicious). */
export function Ratio(props: {
  ratio: string | null | undefined;
  detections?: { malicious: number; suspicious: number } | null;
}) {
  if (!props.ratio) return <span class="ratio">–</span>;
  const malicious = props.detections?.malicious ?? 0;
  const tone =
    malicious >= 3 ? "bad" : malicious > 0 || (props.detections?.suspicious ?? 0) > 0 ? "sus" : "ok";
  return (
    <span class={`ratio ${tone}`} title={`${props.ratio} engines flag it as malicious`}>
      {props.ratio}
    </span>
  );
}

export function Time({ iso, withTime = false }: { iso: string | null | undefined; withTime?: boolean }) {
  if (!iso) return <span class="detail">–</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {withTime ? formatDateTime(iso) : formatDate(iso)}
    </time>
  );
}

/** Curated tags, each a link to the collections carrying it. */
export function Tags({ tags, label }: { tags: readonly string[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul class="tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <a href={withQuery("/", { tag })}>{tag}</a>
        </li>
      ))}
    </ul>
  );
}

// Only absolute http(s) links: no bare domains (a description naming evil.com must not link to it), no
// mailto:, ftp: or protocol-relative forms, and never javascript: or data:.
const links = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false })
  .add("ftp:", null)
  .add("//", null)
  .add("mailto:", null);

function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** A description: plain text (line breaks kept), with its http(s) references as links. */
export function Description({ text }: { text: string }) {
  if (!text.trim()) return null;
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const match of links.match(text) ?? []) {
    if (!isWebLink(match.url)) continue;
    parts.push(text.slice(at, match.index));
    parts.push(
      <a href={match.url} rel="nofollow noopener noreferrer ugc" key={match.index}>
        {match.text}
      </a>,
    );
    at = match.lastIndex;
  }
  parts.push(text.slice(at));
  return <p class="description">{parts}</p>;
}

const TLP_NOTES: Record<string, string> = {
  CLEAR: "Disclosure is not limited",
  GREEN: "Limited disclosure: the recipient's community",
  AMBER: "Limited disclosure: the recipient's organisation and its clients",
  AMBER_STRICT:
    "Limited disclosure: the recipient's organisation only; never sent to the enrichment provider",
  RED: "For the named recipients only; never sent to the enrichment provider",
};

/** A TLP 2.0 label as FIRST draws it: the level in its colour on black. */
export function TlpBadge({ tlp }: { tlp: string }) {
  const name = `TLP:${tlp.replace("_", "+")}`;
  return (
    <span class={`badge tlp tlp-${tlp.toLowerCase().replace("_", "-")}`} title={TLP_NOTES[tlp]}>
      {name}
    </span>
  );
}

/** A collection in a list: name, owner, size by kind, a line of its description. */
export function CollectionCard({ collection }: { collection: PageCollectionCardFragment }) {
  return (
    <li>
      <a class="title" href={collectionPath(collection.id)}>
        {collection.name}
      </a>{" "}
      <TlpBadge tlp={collection.tlp} />
      <p>
        by {collection.owner.name} · updated <Time iso={collection.updatedAt} /> ·{" "}
        {countsSummary(collection.counts)}
      </p>
      {collection.description.trim() && <p>{excerpt(collection.description, 160)}</p>}
      <Tags tags={collection.tags} label="Tags" />
    </li>
  );
}
