import type { Metadata, Viewport } from "next";
import "./globals.css";
import { storeName } from "@/lib/settings/store";
import { env } from "@/lib/env";

// Pages prerendered by `next build` (which has no database) show the store name from the environment; this refreshes them with the saved settings.
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const name = await storeName();
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: `${name} — everyday things, well made`, template: `%s · ${name}` },
    description: "Clothing, electronics, home goods, tea and more, shipped fast.",
    openGraph: { siteName: name, type: "website" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#18181b" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
