import { describe, expect, it } from "vitest";
import { extractIocs } from "../../src/extraction/extract.js";
import { found } from "./helpers.js";

// Deterministic bytes (xorshift32), so a failure can be reproduced.
function randomBytes(length: number, seed: number): Buffer {
  let state = seed;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

function millisecondsFor(text: string): number {
  const start = performance.now();
  extractIocs(text);
  return performance.now() - start;
}

describe("binary junk", () => {
  it.each(["latin1", "utf8", "utf16le"] as const)(
    "decoded as %s yields no IoCs and does not throw",
    (encoding) => {
      for (const seed of [1, 2, 3])
        expect(extractIocs(randomBytes(300_000, seed).toString(encoding))).toEqual([]);
    },
  );

  it("survives lone surrogates", () => {
    expect(extractIocs("\ud800evil.com \udfff1.2.3.4\udfff").map((ioc) => ioc.value)).toEqual([
      "evil.com",
      "1.2.3.4",
    ]);
  });

  it("ignores host-like strings between control characters", () => {
    expect(extractIocs("\u0001\u0002y.gw\u0000\u0003 1.2.3.4\u0007")).toEqual([]);
  });
});

describe("adversarial input stays linear", () => {
  const repeat = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length));
  // The bar, checked by the bench, is under a second per megabyte (about 0.1 s here). Quadratic behaviour
  // on a megabyte takes tens of seconds, so this looser bound catches it without failing on a busy machine.
  it.each([
    ["dots", repeat(".")],
    ["hex", repeat("a")],
    ["dotted labels", repeat("a.")],
    ["defanged dots", repeat("a[.]")],
    ["nested brackets", repeat("[[((")],
    ["colon hex", repeat("a:")],
    ["schemes", repeat("hxxp://")],
    ["one line of prose", repeat("C2 at evil[.]com, hash d41d8cd98f00b204e9800998ecf8427e; ")],
    ["closing parentheses after a URL", (length: number) => `hxxp://evil.com/${")".repeat(length)}`],
    ["link text groups after a URL", (length: number) => `hxxp://evil.com/${"[x]".repeat(length / 3)}`],
  ])("%s", (_name, make) => {
    const input = make(1_000_000);
    extractIocs(input.slice(0, 10_000));
    expect(millisecondsFor(input)).toBeLessThan(5000);
  });
});

describe("tokens longer than the scanner's bounded repetitions", () => {
  it("keeps a URL with a long path whole", () => {
    const path = "x".repeat(5000);
    expect(found(`get hxxp://evil[.]com/${path}?q=1 now`)).toEqual([`http://evil.com/${path}?q=1`]);
  });

  it("takes a long dotted run as one token, not its host-like tail", () => {
    expect(found(`${"a.".repeat(600)}evil.com and good.example.org`)).toEqual(["good.example.org"]);
  });

  it("takes a long colon-hex run as one token, not its address-like tail", () => {
    // 257 pieces "ab[:]" are 514 repetitions of the scanner's IPv6 group: just over its bound.
    expect(found(`${"ab[:]".repeat(257)}2001:db8::1 and 2001:db8::2`)).toEqual(["2001:db8::2"]);
  });
});
