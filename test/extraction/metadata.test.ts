import { describe, expect, it } from "vitest";
import { extractIocs } from "../../src/extraction/extract.js";

describe("per-IoC extras", () => {
  const text = [
    "Report",
    "C2: evil[.]com and 1.2.3.4",
    "again evil.com, EVIL.COM",
    "hash D41D8CD98F00B204E9800998ECF8427E",
    "hash d41d8cd98f00b204e9800998ecf8427e",
  ].join("\r\n");
  const iocs = extractIocs(text);

  it("deduplicates on canonical value, in order of first appearance", () => {
    expect(iocs.map((ioc) => `${ioc.type} ${ioc.value}`)).toEqual([
      "DOMAIN evil.com",
      "IP_ADDRESS 1.2.3.4",
      "FILE d41d8cd98f00b204e9800998ecf8427e",
    ]);
  });

  it("counts occurrences", () => {
    expect(iocs.map((ioc) => ioc.count)).toEqual([3, 1, 2]);
  });

  it("flags IoCs defanged at least once", () => {
    expect(iocs.map((ioc) => ioc.defanged)).toEqual([true, false, false]);
  });

  it("records the 1-based first line", () => {
    expect(iocs.map((ioc) => ioc.firstLine)).toEqual([2, 2, 4]);
  });

  it("sets hashKind for files only", () => {
    expect(iocs.map((ioc) => ioc.hashKind)).toEqual([undefined, undefined, "md5"]);
  });
});

describe("hosts of URLs", () => {
  it("are not reported separately unless they also occur on their own", () => {
    const iocs = extractIocs("hxxp://evil[.]com/gate.php\nhxxp://other[.]net/a\nother[.]net");
    expect(iocs.map((ioc) => ioc.value)).toEqual([
      "http://evil.com/gate.php",
      "http://other.net/a",
      "other.net",
    ]);
  });
});

describe("other notations", () => {
  it("reports .onion names and IDN as punycode", () => {
    const iocs = extractIocs("mbrlkbtq5jonaqkurjwmxftytyn2ethqvbxfu4rgjbkkknndqwae6byd.onion вирус[.]рф");
    expect(iocs.map((ioc) => ioc.value)).toEqual([
      "mbrlkbtq5jonaqkurjwmxftytyn2ethqvbxfu4rgjbkkknndqwae6byd.onion",
      "xn--b1amyej.xn--p1ai",
    ]);
  });

  it("reports the domain of an e-mail address", () => {
    expect(extractIocs("fhtgbbwi@mail[.]ru").map((ioc) => ioc.value)).toEqual(["mail.ru"]);
  });
});
