import type { Metadata, Viewport } from "next";
import "./globals.css";

const siteUrl = process.env.SITE_URL ?? "http://localhost:3000";
const storeName = process.env.STORE_NAME ?? "Mercato";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: `${storeName} — everyday things, well made`, template: `%s · ${storeName}` },
  description: "Clothing, electronics, home goods, tea and more, shipped fast.",
  openGraph: { siteName: storeName, type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#18181b" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
