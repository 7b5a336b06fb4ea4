/**
 * The security headers every response carries (next.config.ts `headers()`:
 * pages, cached pages, route handlers, /media and static files alike). Pure,
 * so next.config.ts can import it and a unit test can read it.
 *
 * No per-request nonce: cached pages are the same bytes for everyone. Next
 * inlines its RSC payload as `<script>self.__next_f.push(…)</script>` whose
 * text differs per page, so scripts need 'unsafe-inline' (hashes cannot be
 * known ahead); everything else is held to this origin.
 */

/** Where a form may send the browser besides this site: a form's 303 to these is a navigation after a form post. */
export const FORM_TARGETS = [
  // `Place order` with Stripe redirects to its hosted checkout.
  "https://checkout.stripe.com",
  // "Sign in with GitHub / Google" redirect to the provider's consent page.
  "https://github.com",
  "https://accounts.google.com",
] as const;

export type SecurityHeaderOptions = {
  /** The public origin (SITE_URL): https turns on HSTS and upgrades stray http requests. */
  siteUrl: string;
  /** `next dev` needs eval for React's debugging and fast refresh. */
  dev?: boolean;
};

export function contentSecurityPolicy({ siteUrl, dev = false }: SecurityHeaderOptions): string {
  const https = new URL(siteUrl).protocol === "https:";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (bars of charts and ratings) and Next's own style tags.
    "style-src 'self' 'unsafe-inline'",
    // Pictures come from /media on this origin; data: for generated ones (a QR code), blob: for local previews.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self' ${FORM_TARGETS.join(" ")}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Powerful features the shop never uses, refused for the page and anything it embeds. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** Stored pictures (/media): an SVG opened on its own must not run scripts. */
export const MEDIA_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

type Header = { key: string; value: string };
type HeaderRule = { source: string; headers: Header[]; has?: { type: "header"; key: string; value: string }[] };

export const HSTS: Header = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/**
 * The headers for next.config.ts: pages and everything else get the shop's
 * policy, /media its own stricter one. Next fixes them when it builds, so HSTS
 * is also sent whenever a request arrived over https through the proxy
 * (X-Forwarded-Proto), even if the build did not know the https SITE_URL.
 */
export function securityHeaderRules(options: SecurityHeaderOptions): HeaderRule[] {
  const https = new URL(options.siteUrl).protocol === "https:";
  return [
    { source: "/:path*", headers: securityHeaders(options) },
    ...(https
      ? []
      : [{ source: "/:path*", has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }], headers: [HSTS] }]),
    // Later rules override earlier ones for the same header.
    { source: "/media/:path*", headers: [{ key: "Content-Security-Policy", value: MEDIA_CSP }] },
  ];
}

export function securityHeaders(options: SecurityHeaderOptions): Header[] {
  const https = new URL(options.siteUrl).protocol === "https:";
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    // Only over https: browsers ignore it on http, and a localhost shop must stay reachable over http.
    ...(https ? [HSTS] : []),
  ];
}
