// The human pages as a yoga plugin: GET / , /collections/{id} and /iocs/{value}, server-rendered from
// GraphQL documents run as an anonymous viewer (anonymous-graphql.ts). Unknown paths get renderNotFound.
import type { FetchAPI, LandingPageRenderer, Plugin } from "graphql-yoga";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { iocKinds } from "../iocs/kinds.js";
import { type AnyYoga, documentRunner, type RunDocument } from "./anonymous-graphql.js";
import { pageHeaders } from "./browser-script.js";
import { AsideContent } from "./collection-aside.js";
import { asideSlot, CollectionPage, type CollectionView } from "./collection-page.js";
import {
  PageCollection,
  PageCollectionAside,
  PageCollectionCursor,
  PageCollectionLive,
  PageHome,
  PageIoc,
  PageIocProbe,
  PageSearch,
} from "./documents.js";
import { BadRequestPage, NotFoundPage, ServerErrorPage, UnknownIocPage } from "./error-page.js";
import type { IocType } from "./gql/graphql.js";
import { HomePage } from "./home-page.js";
import { IocPage } from "./ioc-page.js";
import { iocPath } from "./paths.js";

/**
 * A page to send: its status, its HTML in parts (a part still being read is streamed when it is ready),
 * whether search engines may index it; or a redirect (303).
 */
type Page = { status: number; parts: (string | Promise<string>)[]; noindex?: boolean } | { redirect: string };

const html = (body: VNode) => `<!doctype html>${renderToString(body)}`;

const page = (status: number, body: VNode, noindex?: boolean): Page => ({
  status,
  parts: [html(body)],
  noindex,
});

/** What a page handler gets: the document runner, the query string, the table's page size, a logger. */
interface PageRequest {
  run: RunDocument;
  params: URLSearchParams;
  pageSize: number;
  logError(message: string, error: unknown): void;
}

/** The request's own input was wrong: a 400 page saying what. */
class BadRequest extends Error {}

const notFound = (): Page => page(404, NotFoundPage(), true);

function isIocType(value: string): value is IocType {
  return Object.hasOwn(iocKinds, value);
}

/** Query parameters of the views: `defanged=false` shows raw values, `type` picks a kind, cursors page. */
function collectionView(params: URLSearchParams): CollectionView {
  const type = params.get("type")?.toUpperCase();
  if (type !== undefined && !isIocType(type)) {
    throw new BadRequest(
      `Unknown kind "${params.get("type")}": use one of ${Object.keys(iocKinds).join(", ")}.`,
    );
  }
  const after = params.get("after") ?? undefined;
  const before = params.get("before") ?? undefined;
  if (after !== undefined && before !== undefined)
    throw new BadRequest("Give `after` or `before`, not both.");
  return { type, fanged: isFanged(params), after, before };
}

const isFanged = (params: URLSearchParams) => ["false", "0", "no"].includes(params.get("defanged") ?? "");

async function collectionPage(
  { run, params, pageSize: size, logError }: PageRequest,
  id: string,
): Promise<Page> {
  const view = collectionView(params);
  // The cursor first: a change made while the page is read is then replayed to it, never missed.
  const cursor = await run(PageCollectionCursor, { id });
  if (!cursor.data.collectionChanges) return notFound();
  const paging = view.after
    ? { first: size, after: view.after }
    : view.before
      ? { last: size, before: view.before }
      : { last: size };
  const { data, errors } = await run(PageCollection, { id, type: view.type, ...paging });
  // The reader may see the collection (the cursor said so): what failed is the page's own input, a cursor.
  if (errors.length > 0) throw new BadRequest(errors[0].message);
  if (!data.collection) return notFound();
  const since = cursor.data.collectionChanges.edges[0]?.cursor ?? "0";
  const body = CollectionPage({
    collection: data.collection,
    view,
    since,
    liveQuery: PageCollectionLive.toString(),
  });
  // The header and the IoC table go out at once; the aggregates over every IoC follow when they are read.
  const [before, after] = html(body).split(asideSlot);
  const aside = run(PageCollectionAside, { id, list: Math.min(8, size), tags: Math.min(20, size) }).then(
    (result) => result.data.collection,
    (error: unknown) => {
      logError("page aside failed", error);
      return null;
    },
  );
  const asideHtml = aside.then((read) => renderToString(AsideContent({ id, aside: read, view })));
  return { status: 200, parts: [before, asideHtml, after], noindex: data.collection.visibility !== "PUBLIC" };
}

async function iocPage({ run, params, pageSize: size }: PageRequest, value: string): Promise<Page> {
  const view = {
    fanged: isFanged(params),
    after: params.get("after") ?? undefined,
    relationsAfter: params.get("relationsAfter") ?? undefined,
  };
  const { data, errors } = await run(PageIoc, { value, first: size, ...view });
  // Not an IoC, or a malformed cursor.
  if (errors.length > 0) throw new BadRequest(errors[0].message);
  if (!data.ioc) return page(404, UnknownIocPage({ value }), true);
  return page(200, IocPage({ ioc: data.ioc, view }));
}

async function homePage({ run, params, pageSize }: PageRequest): Promise<Page> {
  const size = Math.min(pageSize, 20);
  const query = params.get("q")?.trim();
  if (query) {
    // An IoC goes to its page (known or not); anything else searches names, descriptions and tags.
    if (!params.has("text")) {
      const probe = await run(PageIocProbe, { value: query });
      if (probe.errors.length === 0) return { redirect: iocPath(probe.data.ioc?.value ?? query) };
    }
    const { data } = await run(PageSearch, { first: size, text: query });
    const seen = new Set<string>();
    const collections = [...data.byTag.edges, ...data.byText.edges]
      .map((edge) => edge.node)
      .filter((node) => !seen.has(node.id) && seen.add(node.id));
    return page(200, HomePage({ listing: { kind: "search", query }, collections }), true);
  }
  const tag = params.get("tag")?.trim() || undefined;
  const after = params.get("after") ?? undefined;
  const { data, errors } = await run(PageHome, { first: size, after, tag });
  if (errors.length > 0) throw new BadRequest(errors[0].message);
  const { edges, pageInfo } = data.collections;
  const next = pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
  const listing = tag ? { kind: "tag" as const, tag, after, next } : { kind: "recent" as const, after, next };
  return page(200, HomePage({ listing, collections: edges.map((edge) => edge.node) }));
}

/** The page a path names, or null when it is not one of ours. */
function route(pathname: string, request: PageRequest): (() => Promise<Page>) | null {
  if (pathname === "/") return () => homePage(request);
  const collection = /^\/collections\/([^/]+)\/?$/.exec(pathname);
  if (collection) {
    const id = decodeURIComponent(collection[1]);
    return () => collectionPage(request, id);
  }
  const ioc = /^\/iocs\/(.+)$/.exec(pathname);
  if (ioc) {
    const value = decodeURIComponent(ioc[1]);
    return () => iocPage(request, value);
  }
  return null;
}

function respond(fetchAPI: FetchAPI, request: Request, page: Page): Response {
  if ("redirect" in page) {
    return new fetchAPI.Response(null, { status: 303, headers: { location: page.redirect } });
  }
  const { parts } = page;
  const encoder = new fetchAPI.TextEncoder();
  let next = 0;
  // Pulled part by part: the first goes out while a later one is still being read.
  const body =
    parts.length === 1 && typeof parts[0] === "string"
      ? parts[0]
      : new fetchAPI.ReadableStream({
          async pull(controller) {
            if (next === parts.length) return controller.close();
            controller.enqueue(encoder.encode(await parts[next++]));
          },
        });
  return new fetchAPI.Response(request.method === "HEAD" ? null : body, {
    status: page.status,
    headers: pageHeaders({ noindex: page.noindex }),
  });
}

/** Serves the pages. `maxPageSize` (MAX_PAGE_SIZE) caps the IoCs of one table page. */
export function usePages(options: { maxPageSize: number }): Plugin {
  const pageSize = Math.min(50, options.maxPageSize);
  let yoga: AnyYoga | undefined;
  return {
    onYogaInit({ yoga: instance }) {
      yoga = instance;
    },
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if ((request.method !== "GET" && request.method !== "HEAD") || !yoga) return;
      const logError = (message: string, error: unknown) => yoga?.logger.error(message, url.pathname, error);
      const pageRequest = {
        run: documentRunner(yoga, request),
        params: url.searchParams,
        pageSize,
        logError,
      };
      let handler: (() => Promise<Page>) | null;
      try {
        handler = route(url.pathname, pageRequest);
      } catch {
        // A path that does not decode (a stray `%`) names nothing.
        handler = async () => notFound();
      }
      if (!handler) return;
      const rendered = await handler().catch((error: unknown): Page => {
        if (error instanceof BadRequest) return page(400, BadRequestPage({ message: error.message }), true);
        logError("page failed", error);
        return page(500, ServerErrorPage(), true);
      });
      endResponse(respond(fetchAPI, request, rendered));
    },
  };
}

/** yoga's answer to a browser asking for a path nothing serves (its `landingPage` option). */
export const renderNotFound: LandingPageRenderer = ({ fetchAPI, request }) =>
  respond(fetchAPI, request, notFound());
