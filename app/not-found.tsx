import Link from "next/link";
import "./globals.css";

/** An address outside every language (proxy.ts routes every page into one): a plain document of its own. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <main className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center gap-4 px-4 py-24 text-center">
          <p className="text-sm font-semibold text-zinc-500">404</p>
          <h1 className="text-3xl font-bold tracking-tight">We can’t find that page</h1>
          <Link href="/" className="text-sm underline">
            Back to the home page
          </Link>
        </main>
      </body>
    </html>
  );
}
