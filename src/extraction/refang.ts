// Undoing the "defanging" analysts apply so that indicators cannot be clicked or resolved by accident.
// The same conventions are recognised by the extraction scanner (see patterns.ts) and here, where a
// matched or typed value is turned back into its live form.

// One alternation so that a value is rewritten in a single left-to-right pass. A literal dot next to a
// bracketed dot ("195.226.218.[.]234") is absorbed, as the author clearly meant a single dot.
const DEFANG_TOKEN =
  /\.?(?:\\?\[(?:\.|dot)\\?\]|\((?:\.|dot)\)|\{(?:\.|dot)\})\.?|\\\.|\\?\[(:\/\/|:\/|::|:|\/\/|\/|@|at)\\?\]|\((:|@|at)\)|\{(:|@|\/)\}|\\([/_*~#&!+()-])/gi;

export interface Refanged {
  text: string;
  /** True if anything was rewritten. */
  changed: boolean;
}

export function refang(input: string): Refanged {
  let changed = false;
  const text = input.replace(
    DEFANG_TOKEN,
    (_match, bracketed?: string, paren?: string, curly?: string, escaped?: string) => {
      // JSON and markdown escapes ("http:\/\/host", "a\_b") are an encoding, not a defang.
      if (escaped === undefined) changed = true;
      const inner = (bracketed ?? paren ?? curly ?? escaped ?? ".").toLowerCase();
      return inner === "at" ? "@" : inner;
    },
  );
  return { text, changed };
}

/**
 * Live scheme for one matched by SCHEME in patterns.ts, possibly defanged (hxxp, hXXps, h**p, fxp) or
 * bracketed ([http], (hxxps), http[s]).
 */
export function refangScheme(raw: string): { scheme: string; changed: boolean } {
  const letters = raw.replace(/[[\]()]/g, "").toLowerCase();
  let scheme = letters;
  if (/^h[tx*]{2}ps?$/.test(letters)) scheme = letters.length === 5 ? "https" : "http";
  else if (/^f[tx]ps?$/.test(letters)) scheme = letters.length === 4 ? "ftps" : "ftp";
  return { scheme, changed: scheme !== raw.toLowerCase() };
}
