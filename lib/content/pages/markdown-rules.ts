/**
 * Where links and images in a store page's Markdown may point, for
 * react-markdown's `urlTransform`: links to a path on this site (`/pages/returns`,
 * `#top`, `returns`), to http(s) addresses and to mailto:; images only from this
 * site (a path such as `/media/…`). Anything else (javascript:, data:,
 * protocol-relative `//host`, backslashes, hidden whitespace) gives null, and the
 * attribute is left out.
 */
export function safeMarkdownUrl(url: string, key: string): string | null {
  // Browsers drop tabs and newlines inside URLs ("java\nscript:") and read "\" as "/": refuse both outright.
  if (url === "" || /[\s\\\u0000-\u001f\u007f]/.test(url)) return null;
  const sitePath = url.startsWith("/") && !url.startsWith("//");
  if (key === "src") return sitePath ? url : null;
  if (sitePath || url.startsWith("#") || url.startsWith("?")) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  // A relative address whose first segment has a colon ("java%09script:…") is refused rather than guessed at.
  if (!scheme) return url.startsWith("//") || /^[^/?#]*:/.test(url) ? null : url;
  const protocol = scheme[1]!.toLowerCase();
  if (protocol === "mailto") return url;
  if (protocol !== "http" && protocol !== "https") return null;
  try {
    return new URL(url).hostname ? url : null;
  } catch {
    return null;
  }
}

/** Whether a link leaves the site (it then opens with rel="noopener noreferrer nofollow"). */
export const isExternalUrl = (url: string) => /^https?:/i.test(url);
