import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SafeMarkdown } from "@/components/content/safe-markdown";
import { safeMarkdownUrl } from "./markdown-rules";

const html = (markdown: string) => renderToStaticMarkup(createElement(SafeMarkdown, null, markdown));

describe("store page Markdown", () => {
  it("renders the usual Markdown", () => {
    const out = html(
      "## Returns\n\nSend it **back** within *30 days*.\n\n- one\n- two\n\n[Track](/track) or [mail](mailto:help@example.com)",
    );
    expect(out).toContain("<h2>Returns</h2>");
    expect(out).toContain("<strong>back</strong>");
    expect(out).toContain("<em>30 days</em>");
    expect(out).toContain("<li>two</li>");
    expect(out).toContain('<a href="/track">Track</a>');
    expect(out).toContain('<a href="mailto:help@example.com">mail</a>');
  });

  it("turns a top-level heading into a second-level one (the page has its own h1)", () => {
    expect(html("# Big")).toContain("<h2>Big</h2>");
  });

  it("shows raw HTML as text: a <script>, an <img onerror> and inline tags come out inert", () => {
    const out = html(
      '<script>alert("x")</script>\n\nHello <b onclick="steal()">bold</b> <img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(out).not.toMatch(/<script|<img|<iframe|<b[\s>]/i);
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("&lt;img src=x onerror=");
    expect(out).toContain("&lt;b onclick=");
  });

  it("drops javascript:, data: and other unsafe link targets, keeping the link text", () => {
    const out = html(
      "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](java&#x09;script:alert(1)) [d](data:text/html,<script>x</script>) [e](vbscript:x) [f](//evil.example/x) [g](<java\nscript:alert(1)>)",
    );
    expect(out).not.toMatch(/href=/);
    expect(out).not.toMatch(/javascript:/i);
    for (const text of ["a", "b", "c", "d", "e", "f"]) expect(out).toContain(`<span>${text}</span>`);
  });

  it("keeps http(s) links, marked as leaving the site", () => {
    expect(html("[site](https://example.com/a?b=1)")).toContain(
      '<a href="https://example.com/a?b=1" rel="noopener noreferrer nofollow">site</a>',
    );
    expect(html("<https://example.com>")).toContain('href="https://example.com"');
  });

  it("shows pictures from this site only", () => {
    expect(html("![Our shop](/media/seed/shop.webp)")).toContain('<img src="/media/seed/shop.webp" alt="Our shop" loading="lazy"/>');
    for (const src of ["https://evil.example/p.png", "//evil.example/p.png", "data:image/png;base64,AAAA", "javascript:alert(1)"])
      expect(html(`![x](${src})`), src).not.toContain("<img");
  });
});

describe("safeMarkdownUrl", () => {
  it("allows relative, http(s) and mailto links only", () => {
    for (const ok of ["/pages/returns", "#top", "?a=1", "returns", "https://example.com", "http://example.com/x", "mailto:a@b.example"])
      expect(safeMarkdownUrl(ok, "href"), ok).toBe(ok);
    for (const bad of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:x",
      "/\\evil.example",
      "//evil.example",
      "ftp://x.example",
      "data:x",
      "tel:123",
      "https://",
      "",
      "java%09script:x",
    ])
      expect(safeMarkdownUrl(bad, "href"), bad).toBeNull();
  });

  it("allows images from this site's paths only", () => {
    expect(safeMarkdownUrl("/media/a.webp", "src")).toBe("/media/a.webp");
    expect(safeMarkdownUrl("https://example.com/a.webp", "src")).toBeNull();
    expect(safeMarkdownUrl("a.webp", "src")).toBeNull();
  });
});
