import { describe, expect, it } from "vitest";
import { found } from "./helpers.js";

describe("antivirus detection names", () => {
  it.each([
    "Win32/Korplug.TC",
    "WinGo/Agent.ET",
    "MSIL/TrojanDropper.Agent.FKQ",
    "Trojan.Win32.Agent.ad",
    "HEUR:Trojan-Downloader.Win32.Agent.xyz",
    "Backdoor.Linux.Mirai.b",
  ])("%s", (name) => {
    expect(found(`| ${name} | detected |`)).toEqual([]);
  });
});

describe("file names with a TLD-like extension", () => {
  it.each([
    "invoice.zip",
    "lib.so",
    "run.sh",
    "README.md",
    "et2z7q0FREZ.cr",
    "clip.mov",
    "notes.one",
    "report.pdf.zip",
  ])("%s", (name) => {
    expect(found(`File name: ${name}`)).toEqual([]);
  });

  it("does not take the file name at the end of a URL path as a domain", () => {
    expect(found("hxxps[:]//evil[.]co[.]uk/chao/omgsoft.zip", "DOMAIN")).toEqual([]);
  });

  it("still accepts a defanged name or a longer host with such a TLD", () => {
    expect(found("evil[.]zip cdn.evil.sh")).toEqual(["evil.zip", "cdn.evil.sh"]);
  });
});

describe("code identifiers", () => {
  it("refuses property chains and calls", () => {
    const code =
      "this.isExludedDomain(document.location.host); b.style.display = 'none'; logger.info(x); app.run()";
    expect(found(code)).toEqual([]);
  });

  it("refuses statements and property names", () => {
    expect(
      found("err.name; if (user.name === x) b.style = 1; where: { id: args.input.id }, ev.data"),
    ).toEqual([]);
  });

  it("refuses reverse-DNS package names", () => {
    expect(found("com.example.app and org.telegram.messenger")).toEqual([]);
  });

  it("refuses namespaces and .NET names", () => {
    expect(found("System.IO, ASP.NET Core and VB.NET")).toEqual([]);
  });
});

describe("Ethereum addresses", () => {
  it("is not a SHA-1", () => {
    expect(found("0xd070c48cd3bdeb8a6ca90310249aae90a7f26303 (0.10 ETH)")).toEqual([]);
  });
});

describe("colon-hex that is not IPv6", () => {
  it.each([
    "Serial Number: f0:fb:13:90:f5:34:0c:d2:57:24:51:d9:5d:b1:d9:2d",
    "serial 01:02:03:04:05:06:07:08",
    "MAC 00:1A:2B:3C:4D:5E",
    "Not Before: Mar 16 00:00:00 2021 GMT, 11:04:10 -0500",
    "std::string and ::",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("numbers that are not IPv4", () => {
  it.each([
    "build 2018.12.15.14.05.43",
    "OID 1.3.6.1.4.1.311.2.1.21",
    "version 1.2.3.4",
    "v10.0.17763.1",
    "256.1.1.1",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("version numbers in prose", () => {
  it.each([
    "Affected versions 1.2.3.4 and 2.0.0.1",
    "Versions: 1.2.3.4, 1.2.3.5 and 1.2.3.6 are vulnerable",
    "versions 1.0.0.1 through 1.0.0.9 are affected",
    "all versions prior to 4.0.0.1",
    "build 10.0.19041.1",
    "Build: 1.0.0.5",
    "v1.2.3.4",
    "version 4.0.0.1",
    "version v1.2.3.4",
    "ver. 1.2.0.3",
    "rev. 1.0.0.2",
    "FileVersion: 1.0.0.1\nProductVersion = 2.0.0.1",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["Fixed in version 2.4. The C2 was 1.2.3.4.", ["1.2.3.4"]],
    ["Update to version 2.4.\nC2: 1.2.3.4", ["1.2.3.4"]],
    ["version 2.1 beacons to 5.6.7.8", ["5.6.7.8"]],
    ["The version check contacts 5.6.7.8", ["5.6.7.8"]],
    ["version 1.2.3[.]4 is the C2's address, as is version 5.6.7(.)8", ["1.2.3.4", "5.6.7.8"]],
  ])("still finds the address in %j", (text, addresses) => {
    expect(found(text, "IP_ADDRESS")).toEqual(addresses);
  });
});

describe("hex that is not a file hash", () => {
  it("refuses hex DNS labels", () => {
    expect(found("owkky.c8030120000007210000000025000000.0.v6.isavscan[.]biz")).toEqual([
      "owkky.c8030120000007210000000025000000.0.v6.isavscan.biz",
    ]);
  });

  it("refuses labelled import hashes, fingerprints and serials", () => {
    expect(
      found(
        "Imphash: f34d5f2d4577ed6d9ceec516c1f5a744\nJA3: 72a589da586844d7f0818ce684948eea\nSerial: 0e4418e2dede36dd2974c3443afb5ce5",
      ),
    ).toEqual([]);
  });

  it("refuses hex runs of other lengths and hex inside words", () => {
    expect(
      found(
        "d41d8cd98f00b204e9800998ecf8427e0 xd41d8cd98f00b204e9800998ecf8427e d41d8cd98f00b204e9800998ecf8427eg",
      ),
    ).toEqual([]);
  });

  it("finds a hash glued to a word of the other case, as in a pasted web table", () => {
    expect(
      found(
        "loader) d41d8cd98f00b204e9800998ecf8427eMath_*.js DA39A3EE5E6B4B0D3255BFEF95601890AFD80709sample",
      ),
    ).toEqual(["d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709"]);
  });

  it("still finds hashes next to file names", () => {
    expect(found("sample_d41d8cd98f00b204e9800998ecf8427e.bin")).toEqual([
      "d41d8cd98f00b204e9800998ecf8427e",
    ]);
  });
});

describe("punycode", () => {
  it("never reports half of a punycode label", () => {
    expect(found("xn----7sbpbmda7aknrei7dwb9f.xn--p1ai", "DOMAIN")).toEqual([
      "xn----7sbpbmda7aknrei7dwb9f.xn--p1ai",
    ]);
  });

  it("refuses invalid punycode", () => {
    expect(found("xn--zz.com")).toEqual([]);
  });
});

describe("unknown suffixes", () => {
  it("refuses names without a public suffix", () => {
    expect(found("printer.local host.internal a.b.c svchost.exe")).toEqual([]);
  });
});
