/**
 * Every page lives under app/[locale], whose layout renders <html lang>; this root only passes
 * through, so the few routes outside it (app/not-found.tsx) bring their own document.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
