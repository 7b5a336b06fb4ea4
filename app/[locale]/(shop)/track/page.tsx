import type { Metadata } from "next";
import { TrackForm } from "./_components/track-form";

export const metadata: Metadata = { title: "Track your order", robots: { index: false } };

// The action sets a per-visitor cookie; nothing here is worth caching.
export const dynamic = "force-dynamic";

export default function TrackPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 py-8">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Track your order</h1>
      <p className="text-zinc-600">Enter the order number from your confirmation e-mail and the e-mail address you ordered with.</p>
      <TrackForm />
    </div>
  );
}
