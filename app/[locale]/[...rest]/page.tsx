import { notFound } from "next/navigation";

/** Any other address in a language: that language's "not found" page (app/[locale]/not-found.tsx). */
export default function UnknownPage() {
  notFound();
}
