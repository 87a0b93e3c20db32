// The frame every page shares: head (title, preview cards, robots, the inline style and script), the top bar
// with the search box, and the footer.
import type { ComponentChildren } from "preact";
import { browserScript } from "./browser-script.js";
import { stylesheet } from "./styles.js";

export interface PageMeta {
  title: string;
  /** One or two sentences: the search snippet and the link preview's text. */
  description: string;
  /** The absolute URL of the page (its permalink), for canonical and og:url. */
  canonical?: string;
  /** Keep it out of search engines (UNLISTED collections, error pages). */
  noindex?: boolean;
  /** What the search box shows. */
  query?: string;
}

const logo = (
  <svg viewBox="0 0 32 32" aria-hidden="true">
    <path d="M16 2 4 7v8c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V7z" fill="#0b5cad" />
    <circle cx="16" cy="15" r="4.2" fill="none" stroke="#fff" stroke-width="2.4" />
    <path d="m19 18 4.5 4.5" stroke="#fff" stroke-width="2.6" stroke-linecap="round" />
  </svg>
);

const favicon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 7v8c0 7.5 5.1 13.4 12 15 ' +
    '6.9-1.6 12-7.5 12-15V7z" fill="#0b5cad"/><circle cx="16" cy="15" r="4.2" fill="none" stroke="#fff" ' +
    'stroke-width="2.4"/><path d="m19 18 4.5 4.5" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/></svg>',
)}`;

export function Layout({ meta, children }: { meta: PageMeta; children: ComponentChildren }) {
  const title = `${meta.title} · iocgraph`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex && <meta name="robots" content="noindex" />}
        {meta.canonical && <link rel="canonical" href={meta.canonical} />}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="iocgraph" />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        {meta.canonical && <meta property="og:url" content={meta.canonical} />}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
        <link rel="icon" href={favicon} type="image/svg+xml" />
        <style dangerouslySetInnerHTML={{ __html: stylesheet }} />
      </head>
      <body>
        <a class="skip" href="#content">
          Skip to content
        </a>
        <header class="top">
          <div class="top-inner">
            <a class="brand" href="/">
              {logo}
              iocgraph
            </a>
            <search class="search">
              <form method="get" action="/">
                <input
                  type="search"
                  name="q"
                  value={meta.query ?? ""}
                  placeholder="Search collections, or look up an IoC"
                  aria-label="Search collections by name or tag, or look up an IoC"
                />
                <button type="submit">Search</button>
              </form>
            </search>
          </div>
        </header>
        <main id="content">{children}</main>
        <footer class="foot">
          <p>
            IoCs are shown defanged unless you switch them. Data through the{" "}
            <a href="/graphql">GraphQL API</a>.
          </p>
        </footer>
        <script dangerouslySetInnerHTML={{ __html: browserScript }} />
      </body>
    </html>
  );
}
