import { serializeJsonLd } from "@/lib/catalog/structured-data";

/** A JSON-LD script for search engines ("<" escaped, so no text can close the tag). */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
