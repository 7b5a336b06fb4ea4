export const dynamic = "force-dynamic";

/**
 * The server's clock, for flash-sale countdowns on cached pages (the product
 * page's HTML may be older than a minute, so the time it was rendered at says
 * nothing about now). No database, no cache.
 */
export function GET() {
  return Response.json({ now: new Date().toISOString() }, { headers: { "Cache-Control": "no-store" } });
}
