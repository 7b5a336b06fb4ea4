import { notFound } from "next/navigation";
import { getCachedProduct } from "@/lib/catalog/cached";
import { slugParam } from "@/lib/catalog/slug";

// Checked here, above loading.tsx, so an unknown or unpublished product answers with a real 404 status.
export default async function ProductLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const slug = slugParam((await params).slug);
  if (!(await getCachedProduct(slug))) notFound();
  return children;
}
