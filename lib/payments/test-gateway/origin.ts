/**
 * Where the test gateway posts its webhook: the shop's own public origin
 * (SITE_URL), never an origin taken from the request's Host header, which a
 * client can forge to make the server call any address (SSRF).
 */
export function webhookOrigin(siteUrl: string): string {
  return new URL(siteUrl).origin;
}
