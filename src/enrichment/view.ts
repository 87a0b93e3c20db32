// How a stored enrichment is shown, the same in GraphQL, pages and exports.
import type { CurrentEnrichment } from "./fields.js";

export interface Detections {
  malicious: number;
  suspicious: number;
  harmless: number;
  undetected: number;
  timeout: number;
  total: number;
}

/** The status to show: a FRESH result the freshness rule calls outdated shows as STALE. */
export function shownStatus(e: Pick<CurrentEnrichment, "status" | "outdated">): CurrentEnrichment["status"] {
  return e.status === "FRESH" && e.outdated ? "STALE" : e.status;
}

/** The engines' verdicts; null when the provider has no analysis. */
export function detectionsOf(e: CurrentEnrichment): Detections | null {
  return e.total === null
    ? null
    : {
        malicious: e.malicious ?? 0,
        suspicious: e.suspicious ?? 0,
        harmless: e.harmless ?? 0,
        undetected: e.undetected ?? 0,
        timeout: e.timeout ?? 0,
        total: e.total,
      };
}
