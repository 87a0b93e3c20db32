// The vocabularies a collection's metadata is checked against. Regions are ISO 3166-1 alpha-2 codes as
// i18n-iso-countries keeps them (the 249 assigned codes and XK, Kosovo's user-assigned code, in general use);
// industries are STIX 2.1's open vocabulary industry-sector-ov (STIX 2.1 §10.12), the one VirusTotal and
// OpenCTI map targeted industries onto.
import countries from "i18n-iso-countries/index.js";

const REGIONS: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** An ISO 3166-1 alpha-2 code in its stored form (upper-case), or null when it is not one. */
export function regionCode(input: string): string | null {
  const code = input.trim().toUpperCase();
  return REGIONS.has(code) ? code : null;
}

/** STIX 2.1 industry-sector-ov (§10.12), in the spec's order. */
export const INDUSTRY_SECTORS = [
  "agriculture",
  "aerospace",
  "automotive",
  "chemical",
  "commercial",
  "communications",
  "construction",
  "defense",
  "education",
  "energy",
  "entertainment",
  "financial-services",
  "government",
  "government-emergency-services",
  "government-local",
  "government-national",
  "government-public-services",
  "government-regional",
  "healthcare",
  "hospitality-leisure",
  "infrastructure",
  "infrastructure-dams",
  "infrastructure-nuclear",
  "infrastructure-water",
  "insurance",
  "manufacturing",
  "mining",
  "non-profit",
  "pharmaceuticals",
  "retail",
  "technology",
  "telecommunications",
  "transportation",
  "utilities",
] as const;

const SECTORS: ReadonlySet<string> = new Set(INDUSTRY_SECTORS);

/** An industry-sector-ov value in its stored form (lower-case, `-` for spaces and `_`), or null. */
export function industrySector(input: string): string | null {
  const sector = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return SECTORS.has(sector) ? sector : null;
}
