import { ListingSkeleton } from "@/components/ui/skeletons";

export default function Loading() {
  return <ListingSkeleton />;
}
