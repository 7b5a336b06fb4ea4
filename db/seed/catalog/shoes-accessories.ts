/** Demo products in Shoes & Accessories. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import { SHOE_SIZES } from "./sizes";
import type { SeedProduct } from "../types";

export const SHOES_ACCESSORIES: SeedProduct[] = [
  // ---------------------------------------------------------------- Sneakers
  {
    title: "Cloudstep Running Shoe",
    slug: "cloudstep-running-shoe",
    category: "sneakers",
    brand: "stride-co",
    description:
      "A neutral daily running shoe with a responsive foam midsole and an 8 mm drop. The engineered mesh upper breathes on long runs, and the rubber outsole is placed where you wear through first.",
    specs: [
      { name: "Weight", value: "265 g (EU 42)" },
      { name: "Drop", value: "8 mm" },
      { name: "Upper", value: "Engineered mesh" },
      { name: "Use", value: "Road running" },
    ],
    tags: ["running", "shoes", "road"],
    options: [
      { name: "Size", values: SHOE_SIZES },
      { name: "Color", values: ["Black", "White", "Blue"] },
    ],
    basePrice: 8900,
    compareAtPrice: 10900,
    motif: "sneaker",
    hue: 205,
  },
  {
    title: "Canvas Low-Top Sneaker",
    slug: "canvas-low-top-sneaker",
    category: "sneakers",
    brand: "stride-co",
    description:
      "A classic vulcanised sneaker in heavy cotton canvas with a cushioned cork insole. Simple, light and easy to pair with everything.",
    specs: [
      { name: "Upper", value: "12 oz cotton canvas" },
      { name: "Sole", value: "Vulcanised natural rubber" },
      { name: "Insole", value: "Cork and latex" },
      { name: "Weight", value: "380 g (EU 42)" },
    ],
    tags: ["sneakers", "canvas", "casual"],
    options: [
      { name: "Size", values: SHOE_SIZES },
      { name: "Color", values: ["White", "Navy", "Red"] },
    ],
    basePrice: 4500,
    motif: "sneaker",
    hue: 355,
  },
  {
    title: "Trail Running Shoe GTX",
    slug: "trail-running-shoe-gtx",
    category: "sneakers",
    brand: "summit-trail",
    description:
      "A grippy trail shoe with 5 mm lugs, a rock plate and a waterproof membrane for wet mornings. The gusseted tongue keeps grit out on technical descents.",
    specs: [
      { name: "Weight", value: "310 g (EU 42)" },
      { name: "Lugs", value: "5 mm" },
      { name: "Drop", value: "6 mm" },
      { name: "Waterproof", value: "Yes, membrane lining" },
    ],
    tags: ["running", "trail", "waterproof", "shoes"],
    options: [
      { name: "Size", values: SHOE_SIZES },
      { name: "Color", values: ["Olive", "Black"] },
    ],
    basePrice: 11900,
    motif: "sneaker",
    hue: 90,
  },
  {
    title: "Leather Court Sneaker",
    slug: "leather-court-sneaker",
    category: "sneakers",
    brand: "ironbark",
    description:
      "A minimal court sneaker in full-grain leather on a stitched cupsole. The leather lining softens with wear and the sole can be resoled by any cobbler.",
    specs: [
      { name: "Upper", value: "Full-grain calf leather" },
      { name: "Sole", value: "Stitched rubber cupsole" },
      { name: "Origin", value: "Portugal" },
      { name: "Weight", value: "520 g (EU 42)" },
    ],
    tags: ["sneakers", "leather", "minimal"],
    options: [
      { name: "Size", values: SHOE_SIZES },
      { name: "Color", values: ["White", "Black"] },
    ],
    basePrice: 9900,
    compareAtPrice: 12900,
    motif: "sneaker",
    hue: 30,
  },

  // ---------------------------------------------------------------- Boots
  {
    title: "Classic Chelsea Boot",
    slug: "classic-chelsea-boot",
    category: "boots",
    brand: "ironbark",
    description:
      "A Goodyear-welted Chelsea boot in waxed suede with elastic side gores and a pull tab. The leather-and-rubber sole grips in the wet and can be resoled for years.",
    specs: [
      { name: "Upper", value: "Waxed suede" },
      { name: "Construction", value: "Goodyear welt" },
      { name: "Sole", value: "Leather with rubber inserts" },
      { name: "Origin", value: "Portugal" },
    ],
    tags: ["boots", "chelsea", "leather"],
    options: [
      { name: "Size", values: SHOE_SIZES },
      { name: "Color", values: ["Brown", "Black"] },
    ],
    basePrice: 14900,
    motif: "boot",
    hue: 25,
  },
  {
    title: "Waterproof Hiking Boot",
    slug: "waterproof-hiking-boot",
    category: "boots",
    brand: "summit-trail",
    description:
      "A mid-cut hiking boot with a nubuck upper, waterproof lining and a deep-lugged sole. Supportive enough for a loaded pack, flexible enough to wear from the first day.",
    specs: [
      { name: "Upper", value: "Nubuck leather and nylon" },
      { name: "Waterproof", value: "Yes, membrane lining" },
      { name: "Weight", value: "1.2 kg per pair (EU 42)" },
      { name: "Use", value: "Day hikes and trekking" },
    ],
    tags: ["boots", "hiking", "waterproof"],
    options: [{ name: "Size", values: SHOE_SIZES }],
    basePrice: 13900,
    compareAtPrice: 16900,
    motif: "boot",
    hue: 80,
  },
  {
    title: "Wool-Lined Winter Boot",
    slug: "wool-lined-winter-boot",
    category: "boots",
    brand: "ironbark",
    description:
      "A warm lace-up boot lined with natural wool felt and set on a thermal rubber sole that stays soft below zero. Sealed seams keep slush out.",
    specs: [
      { name: "Upper", value: "Oiled leather" },
      { name: "Lining", value: "Wool felt" },
      { name: "Rated to", value: "-25 °C" },
      { name: "Weight", value: "1.5 kg per pair (EU 42)" },
    ],
    tags: ["boots", "wool", "winter"],
    options: [
      { name: "Size", values: SHOE_SIZES },
      { name: "Color", values: ["Brown", "Black", "Grey"] },
    ],
    basePrice: 12900,
    motif: "boot",
    hue: 20,
  },
  {
    title: "Moc-Toe Work Boot",
    slug: "moc-toe-work-boot",
    category: "boots",
    brand: "ironbark",
    description:
      "A 15 cm moc-toe boot in oil-tanned leather on a white crepe wedge sole. Hand-stitched toe, triple-stitched seams and a leather insole that moulds to your foot.",
    specs: [
      { name: "Upper", value: "Oil-tanned leather" },
      { name: "Shaft height", value: "15 cm" },
      { name: "Sole", value: "Crepe wedge" },
      { name: "Origin", value: "Portugal" },
    ],
    tags: ["boots", "leather", "workwear"],
    options: [{ name: "Size", values: SHOE_SIZES }],
    basePrice: 17900,
    motif: "boot",
    hue: 15,
  },

  // ---------------------------------------------------------------- Hats & Scarves
  {
    title: "真丝围巾",
    slug: "zhensi-silk-scarf",
    category: "hats-scarves",
    brand: "hanfeng",
    description:
      "采用杭州桑蚕丝织造，手感顺滑，光泽柔和。四边手工卷边，细节精致。可作围巾、发带或包饰，是送礼的好选择。",
    specs: [
      { name: "Material", value: "100% 桑蚕丝" },
      { name: "Dimensions", value: "90 × 90 cm" },
      { name: "Origin", value: "杭州" },
      { name: "Care", value: "冷水手洗或干洗" },
    ],
    tags: ["围巾", "真丝", "礼物"],
    options: [{ name: "Color", values: ["Red", "Navy", "Green", "Sand"] }],
    basePrice: 8900,
    compareAtPrice: 11900,
    motif: "scarf",
    hue: 350,
  },
  {
    title: "Merino Wool Rib Beanie",
    slug: "merino-wool-rib-beanie",
    category: "hats-scarves",
    brand: "northloom",
    description:
      "A soft double-layer beanie in fine merino wool with a deep turn-up cuff. Warm, breathable and not itchy, even on a bare forehead.",
    specs: [
      { name: "Material", value: "100% merino wool" },
      { name: "Weight", value: "85 g" },
      { name: "Origin", value: "Scotland" },
      { name: "Care", value: "Hand wash cold" },
    ],
    tags: ["wool", "beanie", "winter"],
    options: [{ name: "Color", values: ["Grey", "Navy", "Red", "Yellow"] }],
    basePrice: 2500,
    motif: "cap",
    hue: 0,
  },
  {
    title: "Washed Cotton Baseball Cap",
    slug: "washed-cotton-baseball-cap",
    category: "hats-scarves",
    brand: "fieldhouse",
    description:
      "A six-panel cap in garment-washed cotton twill with a curved brim and a brass slide buckle. Unstructured, so it packs flat in a bag.",
    specs: [
      { name: "Material", value: "100% cotton twill" },
      { name: "Closure", value: "Brass slide buckle" },
      { name: "Fit", value: "One size, adjustable" },
    ],
    tags: ["cap", "cotton", "summer"],
    options: [{ name: "Color", values: ["Navy", "Olive", "Sand", "Black"] }],
    basePrice: 2200,
    motif: "cap",
    hue: 220,
  },
  {
    title: "Chunky Wool Scarf",
    slug: "chunky-wool-scarf",
    category: "hats-scarves",
    brand: "casa-linea",
    description:
      "A long, thick scarf in rib-knitted wool with fringed ends. Wraps twice around the neck for real warmth on windy days.",
    specs: [
      { name: "Material", value: "100% wool" },
      { name: "Dimensions", value: "200 × 30 cm" },
      { name: "Weight", value: "320 g" },
      { name: "Care", value: "Hand wash cold, dry flat" },
    ],
    tags: ["wool", "scarf", "winter"],
    options: [{ name: "Color", values: ["Grey", "Brown", "Olive"] }],
    basePrice: 3900,
    compareAtPrice: 4900,
    motif: "scarf",
    hue: 30,
  },
  {
    title: "Linen Bucket Hat",
    slug: "linen-bucket-hat",
    category: "hats-scarves",
    brand: "casa-linea",
    description:
      "A lightweight bucket hat in washed linen with a stitched brim that shades your eyes and neck. Folds into a pocket and dries quickly after a swim.",
    specs: [
      { name: "Material", value: "100% linen" },
      { name: "Brim", value: "6 cm" },
      { name: "Care", value: "Hand wash, reshape while damp" },
    ],
    tags: ["linen", "hat", "summer"],
    options: [
      { name: "Size", values: ["S/M", "L/XL"] },
      { name: "Color", values: ["Sand", "White", "Olive"] },
    ],
    basePrice: 2900,
    motif: "cap",
    hue: 45,
  },
];
