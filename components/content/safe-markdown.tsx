import Markdown, { type Components } from "react-markdown";
import { isExternalUrl, safeMarkdownUrl } from "@/lib/content/pages/markdown-rules";

/**
 * Store-page Markdown rendered to React elements (react-markdown: the text is
 * parsed, never handed to the browser as HTML). Raw HTML in the text shows as
 * the literal text, a link or image address outside safeMarkdownUrl's rules is
 * dropped (a link without one reads as plain text), and headings start at level
 * 2 under the page's own heading. Used by /pages/<slug> and the editor's preview.
 */
const components: Components = {
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
  a: ({ node: _node, href, children }) =>
    href ? (
      <a href={href} rel={isExternalUrl(href) ? "noopener noreferrer nofollow" : undefined}>
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ node: _node, src, alt }) => (typeof src === "string" && src ? <img src={src} alt={alt ?? ""} loading="lazy" /> : null),
};

const prose =
  "max-w-3xl leading-relaxed text-zinc-800 [&_a]:text-zinc-900 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-4 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_h2]:mt-8 [&_h2]:mb-3 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:font-semibold [&_hr]:my-6 [&_img]:my-4 [&_img]:max-w-full [&_li]:my-1 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6";

export function SafeMarkdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={`${prose} ${className ?? ""}`}>
      <Markdown urlTransform={safeMarkdownUrl} components={components}>
        {children}
      </Markdown>
    </div>
  );
}
