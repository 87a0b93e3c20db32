// The human pages as a yoga plugin: GET / , /collections/{id} and /iocs/{value}, server-rendered from
// GraphQL documents run as an anonymous viewer (anonymous-graphql.ts). Unknown paths get renderNotFound.
import type { FetchAPI, LandingPageRenderer, Plugin } from "graphql-yoga";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { iocKinds } from "../iocs/kinds.js";
import { type AnyYoga, documentRunner, type RunDocument } from "./anonymous-graphql.js";
import { pageHeaders } from "./browser-script.js";
import { CollectionPage, type CollectionView } from "./collection-page.js";
import {
  PageCollection,
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

/** A page to send (its status, its HTML, whether search engines may index it), or a redirect (303). */
type Page = { status: number; html: string; noindex?: boolean } | { redirect: string };

const html = (body: VNode) => `<!doctype html>${renderToString(body)}`;

/** The request's own input was wrong: a 400 page saying what. */
class BadRequest extends Error {}

const notFound = (): Page => ({ status: 404, html: html(NotFoundPage()), noindex: true });

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

async function collectionPage(run: RunDocument, id: string, params: URLSearchParams, size: number) {
  const view = collectionView(params);
  // The cursor first: a change made while the page is read is then replayed to it, never missed.
  const cursor = await run(PageCollectionCursor, { id });
  if (!cursor.data.collectionChanges) return notFound();
  const paging = view.after
    ? { first: size, after: view.after }
    : view.before
      ? { last: size, before: view.before }
      : { last: size };
  const lists = { list: Math.min(8, size), tags: Math.min(20, size) };
  const { data, errors } = await run(PageCollection, { id, type: view.type, ...paging, ...lists });
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
  return { status: 200, html: html(body), noindex: data.collection.visibility !== "PUBLIC" };
}

async function iocPage(
  run: RunDocument,
  value: string,
  params: URLSearchParams,
  size: number,
): Promise<Page> {
  const view = {
    fanged: isFanged(params),
    after: params.get("after") ?? undefined,
    relationsAfter: params.get("relationsAfter") ?? undefined,
  };
  const { data, errors } = await run(PageIoc, { value, first: size, ...view });
  // Not an IoC, or a malformed cursor.
  if (errors.length > 0) throw new BadRequest(errors[0].message);
  if (!data.ioc) return { status: 404, html: html(UnknownIocPage({ value })), noindex: true };
  return { status: 200, html: html(IocPage({ ioc: data.ioc, view })) };
}

async function homePage(run: RunDocument, params: URLSearchParams, size: number): Promise<Page> {
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
    return {
      status: 200,
      html: html(HomePage({ listing: { kind: "search", query }, collections })),
      noindex: true,
    };
  }
  const tag = params.get("tag")?.trim() || undefined;
  const after = params.get("after") ?? undefined;
  const { data, errors } = await run(PageHome, { first: size, after, tag });
  if (errors.length > 0) throw new BadRequest(errors[0].message);
  const { edges, pageInfo } = data.collections;
  const next = pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
  const listing = tag ? { kind: "tag" as const, tag, after, next } : { kind: "recent" as const, after, next };
  return { status: 200, html: html(HomePage({ listing, collections: edges.map((edge) => edge.node) })) };
}

/** The page a path names, or null when it is not one of ours. */
function route(pathname: string, run: RunDocument, params: URLSearchParams, pageSize: number) {
  if (pathname === "/") return () => homePage(run, params, Math.min(pageSize, 20));
  const collection = /^\/collections\/([^/]+)\/?$/.exec(pathname);
  if (collection) {
    const id = decodeURIComponent(collection[1]);
    return () => collectionPage(run, id, params, pageSize);
  }
  const ioc = /^\/iocs\/(.+)$/.exec(pathname);
  if (ioc) {
    const value = decodeURIComponent(ioc[1]);
    return () => iocPage(run, value, params, pageSize);
  }
  return null;
}

function respond(fetchAPI: FetchAPI, request: Request, page: Page): Response {
  if ("redirect" in page) {
    return new fetchAPI.Response(null, { status: 303, headers: { location: page.redirect } });
  }
  return new fetchAPI.Response(request.method === "HEAD" ? null : page.html, {
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
      const run = documentRunner(yoga, request);
      let page: (() => Promise<Page>) | null;
      try {
        page = route(url.pathname, run, url.searchParams, pageSize);
      } catch {
        // A path that does not decode (a stray `%`) names nothing.
        page = async () => notFound();
      }
      if (!page) return;
      const rendered = await page().catch((error: unknown): Page => {
        if (error instanceof BadRequest) {
          return { status: 400, html: html(BadRequestPage({ message: error.message })), noindex: true };
        }
        yoga?.logger.error("page failed", url.pathname, error);
        return { status: 500, html: html(ServerErrorPage()), noindex: true };
      });
      endResponse(respond(fetchAPI, request, rendered));
    },
  };
}

/** yoga's answer to a browser asking for a path nothing serves (its `landingPage` option). */
export const renderNotFound: LandingPageRenderer = ({ fetchAPI, request }) =>
  respond(fetchAPI, request, notFound());
