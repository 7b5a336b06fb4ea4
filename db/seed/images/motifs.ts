import type { Motif } from "../types";
import type { Palette } from "./palette";
import { WEAR_MOTIFS } from "./motifs-wear";
import { TECH_MOTIFS } from "./motifs-tech";
import { HOME_MOTIFS } from "./motifs-home";
import { BEAUTY_FOOD_MOTIFS } from "./motifs-beauty-food";
import { BOOKS_SPORT_TOYS_MOTIFS } from "./motifs-books-sport-toys";

// ---------------------------------------------------------------------------
// The 44 motifs
// ---------------------------------------------------------------------------

/** Every motif's drawing; the full Record type makes TypeScript check that none of the 44 is missing. */
export const DRAW: Record<Motif, (p: Palette) => string> = {
  ...WEAR_MOTIFS,
  ...TECH_MOTIFS,
  ...HOME_MOTIFS,
  ...BEAUTY_FOOD_MOTIFS,
  ...BOOKS_SPORT_TOYS_MOTIFS,
};
