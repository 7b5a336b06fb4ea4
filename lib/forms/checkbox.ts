import { z } from "zod";

/** A checkbox field: "on" (what a browser sends), "true" or true when ticked; absent or anything else when not. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
