import { describe, expect, it } from "vitest";
import { found } from "./helpers.js";

describe("scheme defangs", () => {
  it.each([
    ["hxxp://evil-c2[.]com/gate.php", "http://evil-c2.com/gate.php"],
    ["hXXps://evil-c2[.]com/a", "https://evil-c2.com/a"],
    ["HXXP://EVIL-C2[.]COM/Panel/Login.PHP", "http://evil-c2.com/Panel/Login.PHP"],
    ["h**p://evil-c2.com/a", "http://evil-c2.com/a"],
    ["fxp://files.evil-c2.com/drop.bin", "ftp://files.evil-c2.com/drop.bin"],
    ["[hxxp]://evil-c2[.]com/a", "http://evil-c2.com/a"],
    ["(https)://evil-c2.com/a", "https://evil-c2.com/a"],
    ["http[s]://evil-c2.com/a", "https://evil-c2.com/a"],
    ["stratum+tcp://pool.evil-c2.com:3333", "stratum+tcp://pool.evil-c2.com:3333/"],
  ])("%s", (input, url) => {
    expect(found(input, "URL")).toEqual([url]);
  });
});

describe("schemes inside longer words", () => {
  it("does not cut a scheme out of another one", () => {
    expect(found("git+ssh://evil-c2.com/repo.git xtcp://evil-c2.com/", "URL")).toEqual([]);
  });
});

describe("separator defangs", () => {
  it.each([
    "hxxps[:]//evil-c2[.]com/x",
    "hxxps(:)//evil-c2[.]com/x",
    "hxxps{:}//evil-c2[.]com/x",
    "https[://]evil-c2[.]com/x",
    "https:[//]evil-c2[.]com/x",
    "https[:/]/evil-c2[.]com/x",
    "https:\\/\\/evil-c2.com\\/x",
  ])("%s", (input) => {
    expect(found(input, "URL")).toEqual(["https://evil-c2.com/x"]);
  });
});

describe("dot defangs", () => {
  it.each([
    "evil-c2[.]com",
    "evil-c2(.)com",
    "evil-c2{.}com",
    "evil-c2[dot]com",
    "evil-c2(DOT)com",
    "evil-c2{dot}com",
    "evil-c2\\.com",
    "evil-c2\\[.\\]com",
    "EVIL-C2[.]COM",
  ])("%s", (input) => {
    expect(found(input)).toEqual(["evil-c2.com"]);
  });

  it("applies to only some of the dots", () => {
    expect(found("c2.update.evil-c2[.]co.uk and 185.87.151[.]130")).toEqual([
      "c2.update.evil-c2.co.uk",
      "185.87.151.130",
    ]);
  });

  it("absorbs a literal dot next to a bracketed one", () => {
    expect(found("195.226.218.[.]234:80")).toEqual(["195.226.218.234"]);
  });

  it("refangs dots in URL paths too", () => {
    expect(found("http[://]141[.]164[.]50[.]141/sdk/win-x64[.]rar")).toEqual([
      "http://141.164.50.141/sdk/win-x64.rar",
    ]);
  });
});

describe("slash, colon and at defangs inside URLs", () => {
  it("refangs [/]", () => {
    expect(found("http://evil-c2[.]com[/]test")).toEqual(["http://evil-c2.com/test"]);
  });

  it("refangs [:] before a port", () => {
    expect(found("hxxp://evil-c2[.]com[:]8080/x")).toEqual(["http://evil-c2.com:8080/x"]);
  });

  it("refangs [@] in user info", () => {
    expect(found("hxxp://admin[@]evil-c2[.]com/")).toEqual(["http://admin@evil-c2.com/"]);
  });
});

describe("IPv6 defangs", () => {
  it("refangs [:]", () => {
    expect(found("nameserver 2605:6400:20:9d:2d8c:6f33:f4db[:]ab02")).toEqual([
      "2605:6400:20:9d:2d8c:6f33:f4db:ab02",
    ]);
  });

  it("refangs [::]", () => {
    expect(found("2001:db8[::]1")).toEqual(["2001:db8::1"]);
  });

  it("keeps the real brackets of an IPv6 URL host", () => {
    expect(found("hxxp://[2001:db8::1]:8080/a and https://[2001:0DB8:0:0::2]/")).toEqual([
      "http://[2001:db8::1]:8080/a",
      "https://[2001:db8::2]/",
    ]);
  });
});
