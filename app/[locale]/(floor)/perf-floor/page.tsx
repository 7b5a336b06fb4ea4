import type { Metadata } from "next";

export const metadata: Metadata = { title: "Empty page", robots: { index: false, follow: false } };

/**
 * An empty page under the root layout alone: the JavaScript every page of this
 * build ships whatever it shows (Next's runtime and React), the floor that
 * `npm run lighthouse` measures shopper pages against.
 */
export default function PerfFloorPage() {
  return <main id="main">Empty page</main>;
}
