import { ProductSkeleton } from "@/components/ui/skeletons";

export default function Loading() {
  return <ProductSkeleton />;
}
