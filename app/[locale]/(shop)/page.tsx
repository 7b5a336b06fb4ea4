import { HomeView } from "./_components/home-view";

// Reached only when proxy.ts does not run; normally "/" is served from ./home/[edition].
export const dynamic = "force-dynamic";

export default function HomePage() {
  return <HomeView />;
}
