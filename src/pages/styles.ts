// The pages' one stylesheet, inlined in every page (allowed by its hash in the Content-Security-Policy).
// System fonts only, colours from custom properties so dark mode is one block.
export const stylesheet = `
:root {
  color-scheme: light dark;
  --bg: #f7f8fa; --panel: #ffffff; --text: #1b1f24; --muted: #57606a; --line: #d8dee4; --soft: #eef1f4;
  --accent: #0b5cad; --accent-soft: #e3effb; --bad: #b42318; --bad-soft: #fde8e6; --warn: #9a6700;
  --warn-soft: #fff4d6; --ok: #116329; --ok-soft: #e6f4ea; --new: #fff8c5;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #151b23; --text: #e6edf3; --muted: #9198a1; --line: #30363d; --soft: #1c232c;
    --accent: #6cb6ff; --accent-soft: #15304d; --bad: #ff7b72; --bad-soft: #3d1714; --warn: #e3b341;
    --warn-soft: #3a2e0b; --ok: #56d364; --ok-soft: #12301b; --new: #3a3412;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.5 var(--sans); }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
/* Links inside running text are underlined: colour alone does not tell them apart. */
p a, .description a { text-decoration: underline; text-underline-offset: 0.15em; }
.cards p a, .pager a { text-decoration: none; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
code, .mono { font-family: var(--mono); font-size: 0.9em; }
h1.mono { font-size: 1.3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.2rem 0 0.4rem; overflow-wrap: anywhere; }
h2 { font-size: 1rem; margin: 0 0 0.6rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: var(--panel); padding: 0.3rem 0.6rem; z-index: 2; }
.top { background: var(--panel); border-bottom: 1px solid var(--line); }
.top-inner, main, .foot { max-width: 1280px; margin: 0 auto; padding: 0 1.25rem; }
.top-inner { display: flex; gap: 1rem; align-items: center; min-height: 3.25rem; flex-wrap: wrap; }
.brand { font-weight: 700; color: var(--text); display: flex; align-items: center; gap: 0.45rem; }
.brand svg { width: 1.35rem; height: 1.35rem; }
.search { display: block; flex: 1; max-width: 36rem; margin-left: auto; }
.search form { display: flex; }
.search input { flex: 1; min-width: 0; font: inherit; padding: 0.4rem 0.6rem; color: var(--text);
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px 0 0 6px; }
.search button, .button { font: inherit; padding: 0.4rem 0.8rem; cursor: pointer; color: var(--text);
  background: var(--soft); border: 1px solid var(--line); border-radius: 0 6px 6px 0; }
main { padding-top: 1.25rem; padding-bottom: 2rem; }
.foot { color: var(--muted); font-size: 0.85rem; padding-bottom: 2rem; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.1rem; }
.panel + .panel { margin-top: 1rem; }
.layout > .panel + .panel { margin-top: 0; }
.eyebrow { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; margin: 0; }
.meta { color: var(--muted); margin: 0 0 0.5rem; }
.meta b { color: var(--text); font-weight: 600; }
.description { white-space: pre-line; overflow-wrap: anywhere; max-width: 75ch; margin: 0.5rem 0 0; }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; padding: 0.05rem 0.45rem;
  border-radius: 999px; background: var(--soft); color: var(--muted); border: 1px solid var(--line);
  vertical-align: middle; }
.badge.unlisted { background: var(--warn-soft); color: var(--warn); }
.badge.tlp { background: #000; border-color: #000; font-family: ui-monospace, monospace; }
.tlp-clear { color: #fff; } .tlp-green { color: #33ff00; } .tlp-amber, .tlp-amber-strict { color: #ffc000; }
.tlp-red { color: #ff2b2b; }
.facts-inline { margin: 0.5rem 0 0; color: var(--muted); }
.facts-inline b { color: var(--text); font-weight: 600; }
.tags { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.tags a, .tags span { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px;
  background: var(--accent-soft); color: var(--accent); font-size: 0.82rem; }
.tags .count { color: var(--muted); margin-left: 0.25rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 1rem; margin-top: 1rem; }
@media (max-width: 980px) { .layout { grid-template-columns: minmax(0, 1fr); } }
.kinds { display: flex; flex-wrap: wrap; gap: 0.25rem; border-bottom: 1px solid var(--line);
  margin: -0.2rem 0 0.75rem; }
.kinds a { padding: 0.4rem 0.7rem; color: var(--muted); border-bottom: 2px solid transparent; margin-bottom: -1px; }
.kinds a[aria-current="page"] { color: var(--text); border-bottom-color: var(--accent); font-weight: 600; }
.kinds .n { font-variant-numeric: tabular-nums; color: var(--muted); margin-left: 0.2rem; font-weight: 400; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-bottom: 0.75rem;
  font-size: 0.88rem; }
.toolbar .grow { flex: 1; }
.switch { display: inline-flex; align-items: center; gap: 0.45rem; color: var(--text); }
.switch .track { width: 2rem; height: 1.1rem; border-radius: 999px; background: var(--line); position: relative; }
.switch .track::after { content: ""; position: absolute; top: 0.15rem; left: 0.15rem; width: 0.8rem;
  height: 0.8rem; border-radius: 50%; background: var(--panel); transition: left 0.15s; }
.switch[aria-checked="true"] .track { background: var(--bad); }
.switch[aria-checked="true"] .track::after { left: 1.05rem; }
.copies { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; }
.copies a { padding: 0.1rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 0.78rem; text-transform: uppercase;
  letter-spacing: 0.04em; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); white-space: nowrap; }
td { padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--soft); vertical-align: top; }
tbody tr:hover { background: var(--soft); }
tr.added { background: var(--new); }
td.value { font-family: var(--mono); font-size: 0.85rem; overflow-wrap: anywhere; min-width: 16rem; }
.warned { color: var(--warn); }
ul.warnings { margin: 0; padding-left: 1.1rem; color: var(--warn); }
td.value .sub { display: block; font-family: var(--sans); font-size: 0.8rem; color: var(--muted); margin-top: 0.1rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; color: var(--muted); }
.kind { font-size: 0.72rem; font-weight: 700; letter-spacing: 0.03em; color: var(--muted); white-space: nowrap; }
.ratio { display: inline-block; min-width: 3.2rem; text-align: center; padding: 0 0.4rem; border-radius: 4px;
  font-family: var(--mono); font-size: 0.82rem; background: var(--soft); color: var(--muted); }
.ratio.bad { background: var(--bad-soft); color: var(--bad); font-weight: 700; }
.ratio.sus { background: var(--warn-soft); color: var(--warn); }
.ratio.ok { background: var(--ok-soft); color: var(--ok); }
.detail { color: var(--muted); }
.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 0.75rem; font-size: 0.9rem; }
.empty { color: var(--muted); padding: 1rem 0; }
.banner { margin: 0 0 1rem; padding: 0.6rem 0.9rem; border-radius: 8px; background: var(--warn-soft);
  color: var(--warn); border: 1px solid var(--line); }
.banner:empty { display: none; }
.head { position: relative; }
.head > .live { position: absolute; top: 1rem; right: 1.1rem; }
.live { font-size: 0.8rem; color: var(--muted); display: inline-flex; align-items: center; gap: 0.35rem; }
.live::before { content: ""; width: 0.5rem; height: 0.5rem; border-radius: 50%; background: var(--line); }
.live[data-state="open"]::before { background: var(--ok); }
.live[data-state="closed"]::before { background: var(--bad); }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.3rem 1rem; margin: 0;
  font-size: 0.9rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.bars { list-style: none; margin: 0; padding: 0; font-size: 0.85rem; }
.bars li { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.5rem; padding: 0.15rem 0; }
.bars li span:first-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bars .n { font-variant-numeric: tabular-nums; color: var(--muted); }
.stat-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.5rem; margin-bottom: 0.8rem; }
.stat { background: var(--soft); border-radius: 6px; padding: 0.4rem 0.5rem; }
.stat b { display: block; font-size: 1.15rem; font-variant-numeric: tabular-nums; }
.stat span { font-size: 0.75rem; color: var(--muted); }
.stat.bad b { color: var(--bad); }
aside h2 { margin-top: 0.2rem; }
aside h3 { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em;
  margin: 0.9rem 0 0.3rem; }
.cards { list-style: none; margin: 0; padding: 0; }
.cards > li { padding: 0.75rem 0; border-bottom: 1px solid var(--soft); }
.cards > li:last-child { border-bottom: 0; }
.cards .title { font-weight: 600; overflow-wrap: anywhere; }
.cards p { margin: 0.15rem 0 0; color: var(--muted); font-size: 0.88rem; overflow-wrap: anywhere; }
.exports { display: flex; flex-wrap: wrap; gap: 0.35rem; }
.exports a { font-family: var(--mono); font-size: 0.82rem; padding: 0.1rem 0.5rem; border: 1px solid var(--line);
  border-radius: 6px; }
.hero { padding: 1.25rem 0 1.25rem; }
.hero p { color: var(--muted); max-width: 60ch; margin: 0.25rem 0 0; }
.status { font-size: 0.85rem; color: var(--muted); min-height: 1.2em; }
@media (max-width: 640px) {
  .hide-phone { display: none; }
  body { font-size: 14px; }
  .top-inner, main, .foot { padding: 0 0.75rem; }
  .top-inner { padding-top: 0.5rem; gap: 0.5rem; }
  main { padding-top: 0.75rem; }
  .search { order: 3; flex-basis: 100%; max-width: none; margin: 0 0 0.6rem; }
  .hide-narrow { display: none; }
  h1 { font-size: 1.3rem; }
  .panel { padding: 0.75rem; }
  td.value { min-width: 0; }
  td, th { padding-left: 0.4rem; padding-right: 0.4rem; }
  .stat-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  dl.facts { grid-template-columns: minmax(0, 7.5rem) minmax(0, 1fr); gap: 0.3rem 0.75rem; }
}
`;
