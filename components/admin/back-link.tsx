import { Link } from "@/lib/i18n/navigation";

/** The way back to a section's list, beside a back-office page's title. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="underline">
      {children}
    </Link>
  );
}
