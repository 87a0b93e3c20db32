// Where the pages live. Every link to a page or an export is built here, and the routes parse the same shapes.

/** The kinds of export a collection page links to (served at /collections/{id}/export/{format}). */
export const exportFormats = ["json", "csv", "txt", "stix", "misp"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A collection's permalink path; `globalId` is its Relay global id. */
export function collectionPath(globalId: string): string {
  return `/collections/${encodeURIComponent(globalId)}`;
}

/** An IoC's page: the value as one path segment (a URL's slashes and `?` encoded). */
export function iocPath(value: string): string {
  return `/iocs/${encodeURIComponent(value)}`;
}

export function exportPath(
  globalId: string,
  format: ExportFormat,
  options: { types?: string; defanged?: boolean } = {},
): string {
  const query = new URLSearchParams();
  if (options.types) query.set("types", options.types);
  if (options.defanged) query.set("defanged", "true");
  const search = query.toString();
  return `${collectionPath(globalId)}/export/${format}${search ? `?${search}` : ""}`;
}

/** A path with these query parameters (empty or undefined ones left out). */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
