// Turning what a caller sent (typed IoC items and/or pasted text) into canonical IoCs, within the caps.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Limits } from "../config.js";
import { LimitExceededError } from "../errors.js";
import { canonicalize } from "../extraction/canonical.js";
import { extractionSteps } from "../extraction/extract.js";
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import { iocKey } from "../iocs/identity.js";

export interface IocInputItem {
  type?: IocType | null;
  value: string;
}

export interface InvalidItem {
  input: string;
  reason: string;
}

export interface ResolvedIocs {
  /** Distinct canonical IoCs, in the order they were first given. */
  iocs: CanonicalIoc[];
  invalid: InvalidItem[];
  /** Items that repeated an earlier item of the same call. */
  repeated: number;
}

/** Refuses a pasted text larger than the configured cap before any work is done on it. */
export function checkRawTextSize(text: string, limits: Limits): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits.maxRawTextBytes) {
    throw new LimitExceededError(
      `A text is limited to ${limits.maxRawTextBytes} bytes; got ${bytes}.`,
      limits.maxRawTextBytes,
    );
  }
}

/**
 * Typed items canonicalised between two turns of the event loop: 100,000 of them take long enough to stall
 * every other request (and /healthz) if done at once.
 */
const ITEMS_PER_TURN = 1000;

/** Throws LimitExceededError (nothing is written) when the call is larger than the configured caps. */
export async function resolveIocInputs(
  items: readonly IocInputItem[] | null | undefined,
  rawText: string | null | undefined,
  limits: Limits,
): Promise<ResolvedIocs> {
  const given = items ?? [];
  if (given.length > limits.maxIocsPerCall) {
    throw new LimitExceededError(
      `A call takes at most ${limits.maxIocsPerCall} IoCs; got ${given.length}.`,
      limits.maxIocsPerCall,
    );
  }
  if (rawText) checkRawTextSize(rawText, limits);
  const seen = new Set<string>();
  const iocs: CanonicalIoc[] = [];
  const invalid: InvalidItem[] = [];
  let repeated = 0;
  const accept = (ioc: CanonicalIoc) => {
    const key = iocKey(ioc);
    if (seen.has(key)) {
      repeated++;
      return;
    }
    seen.add(key);
    iocs.push(ioc);
  };
  for (const [index, item] of given.entries()) {
    if (index > 0 && index % ITEMS_PER_TURN === 0) await nextTurn();
    const result = canonicalize(item.value, item.type ?? undefined);
    if (result.ok) accept(result.ioc);
    else invalid.push({ input: item.value, reason: result.reason });
  }
  if (rawText) {
    const steps = extractionSteps(rawText);
    let step = steps.next();
    while (!step.done) {
      await nextTurn();
      step = steps.next();
    }
    for (const found of step.value)
      accept({ type: found.type, value: found.value, hashKind: found.hashKind });
  }
  if (iocs.length > limits.maxIocsPerCall) {
    throw new LimitExceededError(
      `A call takes at most ${limits.maxIocsPerCall} IoCs; got ${iocs.length}.`,
      limits.maxIocsPerCall,
    );
  }
  return { iocs, invalid, repeated };
}
