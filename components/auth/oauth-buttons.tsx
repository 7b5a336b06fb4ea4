import { getTranslations } from "next-intl/server";
import { oauthSignInAction } from "@/lib/auth/actions";
import { oauthChoices } from "@/lib/auth/oauth-providers";

/** "Continue with GitHub/Google", only for the providers whose env vars are set. */
export async function OAuthButtons({ next }: { next: string }) {
  const choices = oauthChoices();
  if (choices.length === 0) return null;
  const t = await getTranslations("auth.oauth");
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-3 text-sm text-zinc-600 before:h-px before:flex-1 before:bg-zinc-200 after:h-px after:flex-1 after:bg-zinc-200">
        {t("or")}
      </p>
      {choices.map((c) => (
        <form key={c.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={c.id} />
          <input type="hidden" name="next" value={next} />
          <button type="submit" className="w-full rounded-full border border-zinc-400 px-4 py-2.5 font-medium hover:bg-zinc-50">
            {t("continueWith", { provider: c.name })}
          </button>
        </form>
      ))}
    </div>
  );
}
