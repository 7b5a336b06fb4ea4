import { z } from "zod";
import { secondLanguage } from "@/lib/i18n/content";
import { checkbox } from "@/lib/forms/checkbox";
import { isAllowedBannerLink, parseScheduleTime } from "./rules";

const when = (label: string) =>
  z
    .string()
    .default("")
    .transform((s, ctx) => {
      const d = parseScheduleTime(s);
      if (d === "invalid") {
        ctx.addIssue({ code: "custom", message: `Enter the ${label} date and time, or leave it empty.` });
        return z.NEVER;
      }
      return d;
    });

/** The banner form's text fields (the image is checked separately, see image.ts). */
export const bannerSchema = z
  .object({
    title: z.string().trim().min(1, "Enter a title.").max(80, "Keep the title under 80 characters."),
    subtitle: z.string().trim().max(160, "Keep the subtitle under 160 characters.").default(""),
    zhTitle: z.string().trim().max(80, "Keep the Chinese title under 80 characters.").optional(),
    zhSubtitle: z.string().trim().max(160, "Keep the Chinese subtitle under 160 characters.").optional(),
    linkUrl: z.string().trim().refine(isAllowedBannerLink, "Enter a path on this site such as /c/tea, or an https:// address."),
    active: checkbox,
    startsAt: when("start"),
    endsAt: when("end"),
  })
  .refine((b) => !b.startsAt || !b.endsAt || b.endsAt > b.startsAt, { path: ["endsAt"], message: "The end must be after the start." })
  .transform(({ zhTitle, zhSubtitle, ...banner }) => ({
    ...banner,
    translations: secondLanguage({ title: zhTitle, subtitle: zhSubtitle }),
  }));
type BannerOutput = z.output<typeof bannerSchema>;
/** A banner to save; `translations` left out keeps the saved ones. */
export type BannerInput = Omit<BannerOutput, "translations"> & Partial<Pick<BannerOutput, "translations">>;

export const bannerIdSchema = z.coerce.number().int().positive();
export const bannerMoveSchema = z.object({ id: bannerIdSchema, direction: z.enum(["up", "down"]) });
