import { z } from "zod";
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
    linkUrl: z.string().trim().refine(isAllowedBannerLink, "Enter a path on this site such as /c/tea, or an https:// address."),
    active: checkbox,
    startsAt: when("start"),
    endsAt: when("end"),
  })
  .refine((b) => !b.startsAt || !b.endsAt || b.endsAt > b.startsAt, { path: ["endsAt"], message: "The end must be after the start." });
export type BannerInput = z.infer<typeof bannerSchema>;

export const bannerIdSchema = z.coerce.number().int().positive();
export const bannerMoveSchema = z.object({ id: bannerIdSchema, direction: z.enum(["up", "down"]) });
