// GET /collections/{id}/export/{format}: a collection as a download, authenticated like /graphql and visible
// by the same rule as `collection(id)`. The body streams as it is read from the database.
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import type { Plugin } from "graphql-yoga";
import { readableBy } from "../access/collections.js";
import { apiKeyFromHeaders, InvalidApiKeyError, type Viewer, viewerFor } from "../auth/api-keys.js";
import type { Services } from "../context.js";
import type { IocType } from "../extraction/types.js";
import { kindList } from "../iocs/kinds.js";
import {
  type ExportFormatName,
  exportCollection,
  exportFileName,
  exportFormatNames,
  exportFormats,
  isExportFormat,
} from "./export.js";
import { collectionSelect, exportedCollection } from "./members.js";

const EXPORT_PATH = /^\/collections\/([^/]+)\/export\/([^/]+)\/?$/;

/** The path of a collection's export, for links (the id is URL-encoded: a base64 global id may hold `/`). */
export function exportPath(collectionId: string, format: ExportFormatName): string {
  return `/collections/${encodeURIComponent(encodeGlobalID("Collection", collectionId))}/export/${format}`;
}

type FetchAPI = Parameters<NonNullable<Plugin["onRequest"]>>[0]["fetchAPI"];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const notFound = () => new HttpError(404, "No such collection, or it is not visible to you.");

function parseTypes(param: string | null): IocType[] | null {
  if (param === null || param.trim() === "") return null;
  const names = kindList.map((kind) => kind.type);
  return [
    ...new Set(
      param.split(",").map((raw) => {
        const name = raw.trim().toUpperCase();
        const kind = kindList.find((k) => k.type === name);
        if (!kind) {
          throw new HttpError(
            400,
            `Unknown type "${raw.trim()}" in types: use IocType names (${names.join(", ")}).`,
          );
        }
        return kind.type;
      }),
    ),
  ];
}

function parseDefanged(param: string | null, format: ExportFormatName): boolean {
  if (param === null || param === "false") return false;
  if (param !== "true") throw new HttpError(400, `defanged is true or false, not "${param}".`);
  if (!exportFormats[format].defangs) {
    const formats = exportFormatNames.filter((name) => exportFormats[name].defangs).join(", ");
    throw new HttpError(400, `A ${format} export holds real values; defanged=true applies to ${formats}.`);
  }
  return true;
}

function collectionIdOf(globalId: string): string {
  try {
    const decoded = decodeGlobalID(decodeURIComponent(globalId));
    if (decoded.typename !== "Collection") throw notFound();
    return decoded.id;
  } catch {
    throw notFound();
  }
}

async function viewerOf(services: Services, request: Request): Promise<Viewer | null> {
  try {
    return await viewerFor(services.db, apiKeyFromHeaders(request.headers));
  } catch (error) {
    if (error instanceof InvalidApiKeyError) {
      throw new HttpError(401, error.message, { "WWW-Authenticate": 'Bearer realm="iocgraph"' });
    }
    throw error;
  }
}

function streamOf(chunks: AsyncIterable<string>, fetchAPI: FetchAPI): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  // Pulled one chunk (one batch) at a time: a slow client holds back the database reads, not memory.
  return new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

async function exportResponse(
  services: Services,
  request: Request,
  url: URL,
  [, id, formatName]: string[],
  fetchAPI: FetchAPI,
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    throw new HttpError(405, "Exports are read with GET.", { Allow: "GET, HEAD" });
  }
  if (!isExportFormat(formatName)) {
    throw new HttpError(404, `No export format "${formatName}": use one of ${exportFormatNames.join(", ")}.`);
  }
  const types = parseTypes(url.searchParams.get("types"));
  const defanged = parseDefanged(url.searchParams.get("defanged"), formatName);
  const viewer = await viewerOf(services, request);
  const row = await services.db.collection.findFirst({
    where: { id: collectionIdOf(id), ...readableBy(viewer) },
    select: collectionSelect,
  });
  if (!row) throw notFound();
  const collection = exportedCollection(row, encodeGlobalID("Collection", row.id));
  const headers = {
    "Content-Type": exportFormats[formatName].contentType,
    "Content-Disposition": `attachment; filename="${exportFileName(collection, formatName)}"`,
    "X-Content-Type-Options": "nosniff",
    // Keyed by x-apikey as often as by Authorization: no shared cache may keep a private export.
    "Cache-Control": "no-store",
  };
  if (request.method === "HEAD") return new fetchAPI.Response(null, { status: 200, headers });
  const chunks = await exportCollection(services.db, collection, {
    format: formatName,
    types,
    defanged,
    enrichmentTtlMs: services.enrichment.config.ttlMs,
  });
  return new fetchAPI.Response(streamOf(chunks, fetchAPI), { status: 200, headers });
}

/** Serves exports in front of GraphQL, as useHealth serves /healthz. */
export function useExports(services: Services): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = EXPORT_PATH.exec(url.pathname);
      if (!match) return;
      try {
        endResponse(await exportResponse(services, request, url, match, fetchAPI));
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        endResponse(
          new fetchAPI.Response(`${error.message}\n`, {
            status: error.status,
            headers: {
              "Content-Type": "text/plain; charset=utf-8",
              "X-Content-Type-Options": "nosniff",
              ...error.headers,
            },
          }),
        );
      }
    },
  };
}
