/** Demo products in Beauty. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import type { SeedProduct } from "../types";

export const BEAUTY: SeedProduct[] = [
  // ---------------------------------------------------------------- Skincare
  {
    title: "Daily Hydrating Face Cream 50 ml",
    slug: "daily-hydrating-face-cream",
    category: "skincare",
    brand: "petal-and-pine",
    description:
      "A light daily moisturiser with hyaluronic acid and squalane that sinks in quickly and sits well under make-up. Fragrance-free and suitable for sensitive skin.",
    specs: [
      { name: "Capacity", value: "50 ml" },
      { name: "Key ingredients", value: "Hyaluronic acid, squalane, niacinamide" },
      { name: "Skin type", value: "All, including sensitive" },
      { name: "Origin", value: "France" },
    ],
    tags: ["moisturiser", "face-cream", "fragrance-free"],
    options: [],
    basePrice: 2800,
    motif: "cream",
    hue: 140,
  },
  {
    title: "Organic Rosehip Face Oil 30 ml",
    slug: "organic-rosehip-face-oil",
    category: "skincare",
    brand: "petal-and-pine",
    description:
      "Cold-pressed organic rosehip oil rich in vitamin A and essential fatty acids. A few drops at night help even out skin tone and soften dry patches.",
    specs: [
      { name: "Capacity", value: "30 ml" },
      { name: "Ingredients", value: "100% organic rosehip seed oil" },
      { name: "Origin", value: "Chile" },
    ],
    tags: ["organic", "face-oil", "rosehip"],
    options: [],
    basePrice: 3400,
    compareAtPrice: 3900,
    motif: "bottle",
    hue: 15,
  },
  {
    title: "Gentle Foaming Cleanser 150 ml",
    slug: "gentle-foaming-cleanser",
    category: "skincare",
    brand: "solenne",
    description:
      "A low-pH gel cleanser that lifts sunscreen and city grime without leaving skin tight. Green tea and oat extract calm redness.",
    specs: [
      { name: "Capacity", value: "150 ml" },
      { name: "pH", value: "5.5" },
      { name: "Key ingredients", value: "Green tea, oat extract, glycerin" },
    ],
    tags: ["cleanser", "gentle", "green-tea"],
    options: [],
    basePrice: 1800,
    motif: "bottle",
    hue: 170,
  },
  {
    title: "山茶花保湿面霜 50ml",
    slug: "shanchahua-moisturizing-cream",
    category: "skincare",
    brand: "petal-and-pine",
    description:
      "添加山茶花籽油与神经酰胺，深层滋润，修护肌肤屏障。质地丰润却不黏腻，干燥季节早晚使用，肌肤柔软有光泽。",
    specs: [
      { name: "Capacity", value: "50 ml" },
      { name: "Key ingredients", value: "山茶花籽油、神经酰胺" },
      { name: "Skin type", value: "干性及混合性肌肤" },
    ],
    tags: ["面霜", "保湿", "护肤"],
    options: [],
    basePrice: 3800,
    compareAtPrice: 4600,
    motif: "cream",
    hue: 350,
  },
  {
    title: "SPF 50 Mineral Sunscreen",
    slug: "spf-50-mineral-sunscreen",
    category: "skincare",
    brand: "solenne",
    description:
      "A broad-spectrum mineral sunscreen with non-nano zinc oxide that blends in without a white cast. Water-resistant for 40 minutes and gentle around the eyes.",
    specs: [
      { name: "Capacity", value: "50 ml" },
      { name: "Protection", value: "SPF 50, UVA/UVB" },
      { name: "Filter", value: "Non-nano zinc oxide" },
    ],
    tags: ["sunscreen", "spf", "mineral"],
    options: [],
    basePrice: 2400,
    compareAtPrice: 2900,
    motif: "cream",
    hue: 48,
  },

  // ---------------------------------------------------------------- Make-up & Fragrance
  {
    title: "Velvet Matte Lipstick",
    slug: "velvet-matte-lipstick",
    category: "makeup-fragrance",
    brand: "solenne",
    description:
      "A creamy matte lipstick with rich pigment that lasts through lunch without drying your lips. Shea butter and vitamin E in a refillable metal case.",
    specs: [
      { name: "Weight", value: "3.5 g" },
      { name: "Finish", value: "Matte" },
      { name: "Key ingredients", value: "Shea butter, vitamin E" },
    ],
    tags: ["lipstick", "matte", "makeup"],
    options: [{ name: "Color", values: ["Red", "Pink", "Brown"] }],
    basePrice: 2200,
    motif: "lipstick",
    hue: 355,
  },
  {
    title: "Tinted Lip Balm Trio",
    slug: "tinted-lip-balm-trio",
    category: "makeup-fragrance",
    brand: "petal-and-pine",
    description:
      "Three organic lip balms with a sheer wash of colour: berry, coral and nude. Beeswax and sunflower oil keep lips soft all day.",
    specs: [
      { name: "Weight", value: "3 × 4.5 g" },
      { name: "Ingredients", value: "Beeswax, sunflower oil, mineral pigments" },
      { name: "Certification", value: "Organic" },
    ],
    tags: ["lip-balm", "organic", "gift"],
    options: [],
    basePrice: 1600,
    motif: "lipstick",
    hue: 10,
  },
  {
    title: "Cedar & Fig Eau de Parfum 50 ml",
    slug: "cedar-fig-eau-de-parfum",
    category: "makeup-fragrance",
    brand: "solenne",
    description:
      "Green fig leaf and bergamot open onto a warm heart of cedarwood and iris. A quiet, woody scent that lingers close to the skin for hours.",
    specs: [
      { name: "Capacity", value: "50 ml" },
      { name: "Concentration", value: "Eau de parfum, 18%" },
      { name: "Notes", value: "Fig leaf, bergamot, cedarwood, iris" },
      { name: "Origin", value: "Grasse, France" },
    ],
    tags: ["perfume", "woody", "fig"],
    options: [],
    basePrice: 7900,
    compareAtPrice: 9500,
    motif: "perfume",
    hue: 100,
  },
  {
    title: "Linen & Neroli Eau de Toilette 100 ml",
    slug: "linen-neroli-eau-de-toilette",
    category: "makeup-fragrance",
    brand: "petal-and-pine",
    description:
      "A fresh, clean scent of sun-dried linen, neroli and white musk. Light enough for the office and lovely on a summer morning.",
    specs: [
      { name: "Capacity", value: "100 ml" },
      { name: "Concentration", value: "Eau de toilette, 10%" },
      { name: "Notes", value: "Neroli, linen accord, white musk" },
    ],
    tags: ["perfume", "linen", "fresh"],
    options: [],
    basePrice: 5900,
    motif: "perfume",
    hue: 200,
  },
];
