import { describe, expect, it } from "vitest";
import { canonicalize, defang } from "../../src/extraction/canonical.js";
import type { CanonicalIoc, CanonicalResult } from "../../src/extraction/types.js";

const ok = (ioc: CanonicalIoc): CanonicalResult => ({ ok: true, ioc });

describe("canonicalize hashes", () => {
  it("lower-cases and names the kind by length", () => {
    expect(canonicalize("D41D8CD98F00B204E9800998ECF8427E")).toEqual(
      ok({ type: "FILE", value: "d41d8cd98f00b204e9800998ecf8427e", hashKind: "md5" }),
    );
    expect(canonicalize(" da39a3ee5e6b4b0d3255bfef95601890afd80709 ", "FILE")).toEqual(
      ok({ type: "FILE", value: "da39a3ee5e6b4b0d3255bfef95601890afd80709", hashKind: "sha1" }),
    );
    const sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    expect(canonicalize(`\`${sha256}\``)).toEqual(ok({ type: "FILE", value: sha256, hashKind: "sha256" }));
    expect(canonicalize(` "<${sha256}>" `)).toEqual(ok({ type: "FILE", value: sha256, hashKind: "sha256" }));
  });

  it("explains a wrong length", () => {
    const result = canonicalize("d41d8cd98f00b204e9800998ecf8427", "FILE");
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("31 hex digits") });
  });
});

describe("canonicalize domains", () => {
  it("refangs, lower-cases and drops the trailing dot", () => {
    expect(canonicalize("Evil-C2[.]COM.", "DOMAIN")).toEqual(ok({ type: "DOMAIN", value: "evil-c2.com" }));
  });

  it("turns IDN into punycode", () => {
    expect(canonicalize("вирус[.]рф")).toEqual(ok({ type: "DOMAIN", value: "xn--b1amyej.xn--p1ai" }));
  });

  it("accepts .onion names of the right length only", () => {
    const onion = "mbrlkbtq5jonaqkurjwmxftytyn2ethqvbxfu4rgjbkkknndqwae6byd.onion";
    expect(canonicalize(onion)).toEqual(ok({ type: "DOMAIN", value: onion }));
    expect(canonicalize("short.onion", "DOMAIN").ok).toBe(false);
  });

  it("names an unknown public suffix", () => {
    expect(canonicalize("printer.local", "DOMAIN")).toEqual({
      ok: false,
      reason: "not a valid domain: unknown public suffix 'local'",
    });
  });

  it("rejects a bare public suffix and a URL typed as a domain", () => {
    expect(canonicalize("co.uk", "DOMAIN").ok).toBe(false);
    expect(canonicalize("http://evil.com/", "DOMAIN").ok).toBe(false);
  });
});

describe("canonicalize IP addresses", () => {
  it("refangs IPv4 and drops zero padding", () => {
    expect(canonicalize("010.001.002[.]003")).toEqual(ok({ type: "IP_ADDRESS", value: "10.1.2.3" }));
  });

  it("compresses IPv6 per RFC 5952", () => {
    expect(canonicalize("2A03:B0C0:0001:00E0:0000:0000:6134:E001")).toEqual(
      ok({ type: "IP_ADDRESS", value: "2a03:b0c0:1:e0::6134:e001" }),
    );
    expect(canonicalize("[2001:db8[:]0:0:0:0:0:1]", "IP_ADDRESS")).toEqual(
      ok({ type: "IP_ADDRESS", value: "2001:db8::1" }),
    );
  });

  it("explains a port", () => {
    expect(canonicalize("1.2.3.4:8080", "IP_ADDRESS")).toEqual({
      ok: false,
      reason: "not a valid IP address: remove the port ':8080'",
    });
  });

  it("explains an out-of-range octet", () => {
    expect(canonicalize("1.2.3.256", "IP_ADDRESS")).toEqual({
      ok: false,
      reason: expect.stringContaining("256"),
    });
  });
});

describe("canonicalize URLs", () => {
  it("lower-cases scheme and host, keeps path case, drops the default port, adds an empty path", () => {
    expect(canonicalize("HXXPS[:]//EVIL[.]com:443/Login.PHP?A=B")).toEqual(
      ok({ type: "URL", value: "https://evil.com/Login.PHP?A=B" }),
    );
    expect(canonicalize("http://evil.com:8080")).toEqual(ok({ type: "URL", value: "http://evil.com:8080/" }));
    expect(canonicalize("wss://api.evil.info?x=1")).toEqual(
      ok({ type: "URL", value: "wss://api.evil.info/?x=1" }),
    );
  });

  it("explains a missing or unsupported scheme", () => {
    expect(canonicalize("evil.com/gate.php", "URL")).toEqual({
      ok: false,
      reason: expect.stringContaining("missing scheme"),
    });
    expect(canonicalize("gopher://evil.com/", "URL")).toEqual({
      ok: false,
      reason: "not a valid URL: unsupported scheme 'gopher'",
    });
  });

  it("rejects a URL whose host is not valid", () => {
    expect(canonicalize("http://localhost/x", "URL")).toEqual({
      ok: false,
      reason: "not a valid URL (not a valid domain: needs at least a name and a top-level domain)",
    });
  });
});

describe("canonicalize with an explicit type", () => {
  it("refuses a value of another type", () => {
    expect(canonicalize("1.2.3.4", "DOMAIN").ok).toBe(false);
    expect(canonicalize("evil.com", "IP_ADDRESS").ok).toBe(false);
    expect(canonicalize("evil.com", "FILE").ok).toBe(false);
  });

  it("refuses an empty value", () => {
    expect(canonicalize("  \n", "DOMAIN")).toEqual({ ok: false, reason: "empty value" });
  });
});

describe("defang", () => {
  const iocs: CanonicalIoc[] = [
    { type: "URL", value: "http://evil.com/x" },
    { type: "URL", value: "https://user@sub.evil.co.uk:8443/a.b?c=d" },
    { type: "URL", value: "wss://api.evil.info/ws" },
    { type: "URL", value: "http://[2001:db8::1]/x" },
    { type: "DOMAIN", value: "evil.com" },
    { type: "IP_ADDRESS", value: "1.2.3.4" },
    { type: "IP_ADDRESS", value: "2001:db8::1" },
    { type: "FILE", value: "d41d8cd98f00b204e9800998ecf8427e", hashKind: "md5" },
  ];

  it("produces the conventional safe forms", () => {
    expect(iocs.map(defang)).toEqual([
      "hxxp://evil[.]com/x",
      "hxxps://user@sub.evil.co[.]uk:8443/a.b?c=d",
      "wss://api.evil[.]info/ws",
      "hxxp://[2001:db8::1]/x",
      "evil[.]com",
      "1.2.3[.]4",
      "2001:db8:[:]1",
      "d41d8cd98f00b204e9800998ecf8427e",
    ]);
  });

  it("round-trips through canonicalize", () => {
    for (const ioc of iocs) expect(canonicalize(defang(ioc), ioc.type)).toEqual(ok(ioc));
  });
});
