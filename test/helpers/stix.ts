// STIX 2.1 objects as producers write them, for import tests.

/** An indicator with a STIX pattern; `extra` adds or overrides properties (markings, labels, …). */
export const stixIndicator = (pattern: string, extra: Record<string, unknown> = {}) => ({
  type: "indicator",
  spec_version: "2.1",
  id: `indicator--${crypto.randomUUID()}`,
  created: "2024-01-01T00:00:00.000Z",
  modified: "2024-01-01T00:00:00.000Z",
  pattern,
  pattern_type: "stix",
  valid_from: "2024-01-01T00:00:00Z",
  ...extra,
});
