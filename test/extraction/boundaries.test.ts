import { describe, expect, it } from "vitest";
import { found } from "./helpers.js";

describe("markdown", () => {
  it("ends a URL at the link target's closing parenthesis, keeping balanced ones", () => {
    expect(found("See [report](https://evil.com/a_(b)) and [x](hxxps://evil[.]net/y).")).toEqual([
      "https://evil.com/a_(b)",
      "https://evil.net/y",
    ]);
  });

  it("ends a URL at the closing bracket of link text", () => {
    expect(found("[https://evil.com/x](https://evil.com/y)", "URL")).toEqual([
      "https://evil.com/x",
      "https://evil.com/y",
    ]);
  });

  it("ends a URL at an autolink's angle bracket", () => {
    expect(found("Analysis at <https://decoded.example.io/post/>")).toEqual([
      "https://decoded.example.io/post/",
    ]);
  });

  it("drops emphasis markers and markdown escapes", () => {
    expect(found("**https://evil.com/bold** _https://evil.com/it_ https://evil.com/a\\_b")).toEqual([
      "https://evil.com/bold",
      "https://evil.com/it",
      "https://evil.com/a_b",
    ]);
  });

  it("reads table cells", () => {
    const table = "| IP | Domain |\n|---|---|\n| `185.87.148[.]86` | centrocspupdate[.]com |";
    expect(found(table)).toEqual(["185.87.148.86", "centrocspupdate.com"]);
  });
});

describe("asciidoc", () => {
  it("ends a URL before its [link text]", () => {
    expect(
      found(
        "https://www.welivesecurity.com[WeLiveSecurity] and https://www.recordedfuture.com/reddelta/[documented by RF]",
      ),
    ).toEqual(["https://www.welivesecurity.com/", "https://www.recordedfuture.com/reddelta/"]);
  });

  it("ends a URL before link text that continues on the next line", () => {
    expect(found("https://blog.example.com/2019/post/[_Stantinko\nbotnet_]")).toEqual([
      "https://blog.example.com/2019/post/",
    ]);
  });

  it("keeps a bracketed part in the middle of a path", () => {
    expect(found("https://x.netlify.app/index/file/[PDF]2025_doc.zip,url")).toEqual([
      "https://x.netlify.app/index/file/[PDF]2025_doc.zip",
    ]);
  });

  it("drops the backslash escaping an autolink", () => {
    expect(found("- `\\https://www.youtube.com/watch?v=kS1jXg99WiM`")).toEqual([
      "https://www.youtube.com/watch?v=kS1jXg99WiM",
    ]);
  });

  it("drops passthrough plus signs", () => {
    expect(found("+https://evil.com/raw+")).toEqual(["https://evil.com/raw"]);
  });
});

describe("CSV", () => {
  it("ends a URL at the field delimiter", () => {
    expect(found("url,hxxp://45.227.252.247/download/22.dll,file host")).toEqual([
      "http://45.227.252.247/download/22.dll",
    ]);
  });

  it("reads every field of a row", () => {
    expect(
      found("www.twmoc.info,url,C2\n80.85.154.48:443,url,C2\nwss://outlook.windows-app.store/ws ,url"),
    ).toEqual(["www.twmoc.info", "80.85.154.48", "wss://outlook.windows-app.store/ws"]);
  });
});

describe("quotes, backticks and code", () => {
  it("ends a URL at a quote or backtick", () => {
    expect(
      found(`b.src = "http://api.evil.me/detect/i.php?ss=" + x; \`hxxps://evil[.]org/\`. 'ftp://evil.net/a'`),
    ).toEqual(["http://api.evil.me/detect/i.php?ss=", "https://evil.org/", "ftp://evil.net/a"]);
  });

  it("ends a URL at an escaped newline in JSON", () => {
    expect(found('"auth-url": "http://example.com/#;\\nssl_engine /proc/1/fd/2;"')).toEqual([
      "http://example.com/#",
    ]);
  });
});

describe("sentence punctuation", () => {
  it("strips trailing punctuation from URLs", () => {
    expect(
      found("Go to hxxp://evil-c2[.]com/x?a=1). Or hxxps://evil.org/path/, then http://evil.net!"),
    ).toEqual(["http://evil-c2.com/x?a=1", "https://evil.org/path/", "http://evil.net/"]);
  });

  it("reads lists separated by semicolons and hosts followed by a remark", () => {
    expect(found("C2: update-check.com; backup-c2.net (port 443)")).toEqual([
      "update-check.com",
      "backup-c2.net",
    ]);
  });

  it("stops domains and IPs at a full stop", () => {
    expect(found("Traffic went to 157.20.182.172. The domain was evil.com.")).toEqual([
      "157.20.182.172",
      "evil.com",
    ]);
  });

  it("stops at CJK and full-width punctuation", () => {
    expect(found("下载地址：http://evil.com/a，然后 C2地址为：evil.net。然后")).toEqual([
      "http://evil.com/a",
      "evil.net",
    ]);
  });

  it("separates hosts from words of scripts written without spaces", () => {
    expect(found("域名evil.com是恶意的, IP地址1.2.3.4是, 访问http://evil.net是")).toEqual([
      "evil.com",
      "1.2.3.4",
      "http://evil.net/",
    ]);
  });

  it("keeps internationalised names whole", () => {
    expect(found("例子.中国。 bücher.de http://пример.рф/путь")).toEqual([
      "xn--fsqu00a.xn--fiqs8s",
      "xn--bcher-kva.de",
      "http://xn--e1afmkfd.xn--p1ai/путь",
    ]);
  });
});

describe("ports", () => {
  it("reads the address of ip:port and host:port", () => {
    expect(found("185.28.22[.]22:81 93.188.161.17:8000 evil[.]com[:]443")).toEqual([
      "185.28.22.22",
      "93.188.161.17",
      "evil.com",
    ]);
  });

  it("drops only default ports from URLs", () => {
    expect(
      found("https://a.cdn-apple.info:443/updates.rss http://evil.com:80/ http://evil.com:8080"),
    ).toEqual(["https://a.cdn-apple.info/updates.rss", "http://evil.com/", "http://evil.com:8080/"]);
  });
});

describe("line endings and byte order marks", () => {
  it("handles CRLF and a leading BOM", () => {
    expect(found("\ufeffevil.com\r\n1.2.3.4\r\nhttp://evil.net/a\r\n")).toEqual([
      "evil.com",
      "1.2.3.4",
      "http://evil.net/a",
    ]);
  });

  it("treats a no-break space as white space", () => {
    expect(found("C2:\u00a0185.87.151[.]130\u00a0(NightClub)")).toEqual(["185.87.151.130"]);
  });
});
