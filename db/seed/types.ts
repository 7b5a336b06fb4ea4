/** Shapes of the hand-written demo catalog (catalog-data.ts) and its drawings (images.ts). */

export type SeedCategory = {
  slug: string;
  name: string;
  description: string;
  children?: SeedCategory[];
};

export type SeedBrand = { slug: string; name: string };

export const MOTIFS = [
  "tshirt",
  "hoodie",
  "dress",
  "jeans",
  "sneaker",
  "boot",
  "cap",
  "scarf",
  "headphones",
  "earbuds",
  "phone",
  "laptop",
  "watch",
  "speaker",
  "camera",
  "keyboard",
  "mug",
  "pan",
  "teapot",
  "lamp",
  "chair",
  "pillow",
  "plant",
  "vase",
  "bottle",
  "lipstick",
  "perfume",
  "cream",
  "book",
  "notebook",
  "ball",
  "racket",
  "tent",
  "backpack",
  "yoga-mat",
  "dumbbell",
  "toy-car",
  "blocks",
  "teddy",
  "puzzle",
  "tea",
  "coffee",
  "chocolate",
  "honey",
] as const;
export type Motif = (typeof MOTIFS)[number];

export type SeedProduct = {
  title: string;
  /** lowercase a-z, 0-9 and dashes; unique across the catalog */
  slug: string;
  /** slug of a leaf category in CATEGORIES */
  category: string;
  /** slug of a brand in BRANDS */
  brand: string;
  /** 2–4 sentences of plain text; paragraphs separated by a blank line */
  description: string;
  specs: { name: string; value: string }[];
  tags: string[];
  /** 0–2 options, e.g. [{ name: "Size", values: ["S","M","L"] }, { name: "Color", values: ["Black","Sand"] }] */
  options: { name: string; values: string[] }[];
  /** price of the cheapest variant, in cents */
  basePrice: number;
  /** optional "was" price in cents, strictly above basePrice */
  compareAtPrice?: number;
  /** extra cents for a given option value, e.g. { "XL": 200, "256 GB": 10000 } */
  surcharges?: Record<string, number>;
  motif: Motif;
  /** 0–359, the main colour of its pictures */
  hue: number;
};

export type ProductImageInput = {
  motif: Motif;
  /** 0–359 */
  hue: number;
  /** 0, 1 or 2: three different compositions of the same product */
  view: number;
  /** optional colour name from a Color option ("Black", "Navy", "Sand", "Red", …) that tints the object */
  colorName?: string;
};

export type BannerImageInput = {
  title: string;
  hue: number;
  motifs: Motif[];
};
