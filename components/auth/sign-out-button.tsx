import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";

/** Ends the session and goes home; a plain form, so it works without JavaScript. */
export async function SignOutButton({ className }: { className?: string }) {
  const t = await getTranslations("auth");
  return (
    <form action={signOutAction}>
      <button type="submit" className={className ?? "rounded-full border border-zinc-400 px-4 py-2 text-sm font-medium hover:bg-zinc-50"}>
        {t("signOut")}
      </button>
    </form>
  );
}
