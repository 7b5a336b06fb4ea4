import { z } from "zod";
import { ALERT_KINDS, type AlertPreference } from "./kinds";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The preferences form: two checkboxes per kind, `bell.<kind>` and `email.<kind>` (unchecked: absent, so off). */
export const alertPreferencesSchema = z
  .object(
    Object.fromEntries(
      ALERT_KINDS.flatMap((k) => [
        [`bell.${k}`, checkbox],
        [`email.${k}`, checkbox],
      ]),
    ) as Record<string, typeof checkbox>,
  )
  .transform((form): AlertPreference[] =>
    ALERT_KINDS.map((kind) => ({ kind, bell: form[`bell.${kind}`] === true, email: form[`email.${kind}`] === true })),
  );

export const alertIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
