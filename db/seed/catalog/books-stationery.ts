/** Demo products in Books & Toys: Books, Stationery. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import type { SeedProduct } from "../types";

export const BOOKS_STATIONERY: SeedProduct[] = [
  // ---------------------------------------------------------------- Books
  {
    title: "The Slow Kitchen: Recipes for Long Weekends",
    slug: "the-slow-kitchen",
    category: "books",
    brand: "lantern-press",
    description:
      "Ninety recipes for braises, breads and big salads that reward a little patience. Each chapter follows a season, with notes on making ahead and feeding a crowd.",
    specs: [
      { name: "Pages", value: "288" },
      { name: "Format", value: "Hardcover, 19 × 25 cm" },
      { name: "Language", value: "English" },
      { name: "Published", value: "2025" },
    ],
    tags: ["cookbook", "recipes", "hardcover"],
    options: [],
    basePrice: 3200,
    motif: "book",
    hue: 20,
  },
  {
    title: "Maps of the Quiet Sea",
    slug: "maps-of-the-quiet-sea",
    category: "books",
    brand: "lantern-press",
    description:
      "A lighthouse keeper's daughter finds her father's unsent letters and follows them along the coast. A tender, slow-burning novel about family, weather and what we leave unsaid.",
    specs: [
      { name: "Pages", value: "352" },
      { name: "Format", value: "Paperback" },
      { name: "Language", value: "English" },
      { name: "Genre", value: "Literary fiction" },
    ],
    tags: ["novel", "fiction", "paperback"],
    options: [{ name: "Format", values: ["Paperback", "Hardcover"] }],
    basePrice: 1800,
    surcharges: { Hardcover: 800 },
    motif: "book",
    hue: 200,
  },
  {
    title: "A Field Guide to Garden Birds",
    slug: "field-guide-garden-birds",
    category: "books",
    brand: "lantern-press",
    description:
      "Over 120 common garden birds, each with a full-colour illustration, range map and notes on song and behaviour. Small enough to keep by the kitchen window.",
    specs: [
      { name: "Pages", value: "224" },
      { name: "Format", value: "Flexibound, 12 × 19 cm" },
      { name: "Language", value: "English" },
    ],
    tags: ["nature", "birds", "field-guide"],
    options: [],
    basePrice: 2400,
    compareAtPrice: 2900,
    motif: "book",
    hue: 110,
  },
  {
    title: "The Tea Road: A History in Twelve Cups",
    slug: "the-tea-road",
    category: "books",
    brand: "lantern-press",
    description:
      "From the hills of Yunnan to the docks of London, twelve chapters trace how a leaf changed the world. Richly illustrated with old maps and trade labels.",
    specs: [
      { name: "Pages", value: "320" },
      { name: "Format", value: "Hardcover" },
      { name: "Language", value: "English" },
      { name: "Genre", value: "History" },
    ],
    tags: ["history", "tea", "hardcover"],
    options: [],
    basePrice: 2800,
    motif: "book",
    hue: 140,
  },
  {
    title: "Running Well: A Beginner's Guide",
    slug: "running-well-beginners-guide",
    category: "books",
    brand: "lantern-press",
    description:
      "A friendly, science-based guide that takes you from your first run to a confident 10 km. Includes a 12-week plan, strength routines and advice on shoes and injuries.",
    specs: [
      { name: "Pages", value: "192" },
      { name: "Format", value: "Paperback" },
      { name: "Language", value: "English" },
    ],
    tags: ["running", "fitness", "guide"],
    options: [],
    basePrice: 1600,
    motif: "book",
    hue: 10,
  },

  // ---------------------------------------------------------------- Stationery
  {
    title: "A5 Dot Grid Notebook",
    slug: "a5-dot-grid-notebook",
    category: "stationery",
    brand: "quillmark",
    description:
      "A lay-flat notebook with 160 numbered pages of 100 g/m² paper that takes fountain pen ink without bleeding. Elastic closure, ribbon marker and a pocket at the back.",
    specs: [
      { name: "Pages", value: "160, numbered" },
      { name: "Paper", value: "100 g/m², dot grid" },
      { name: "Dimensions", value: "A5, 14.8 × 21 cm" },
    ],
    tags: ["notebook", "dot-grid", "journal"],
    options: [{ name: "Color", values: ["Black", "Navy", "Olive", "Red"] }],
    basePrice: 1600,
    motif: "notebook",
    hue: 0,
  },
  {
    title: "Linen-Bound Sketchbook",
    slug: "linen-bound-sketchbook",
    category: "stationery",
    brand: "quillmark",
    description:
      "A hardback sketchbook covered in natural linen, with heavy 160 g/m² cartridge paper for pencil, ink and light washes. Sewn binding lets it open fully flat.",
    specs: [
      { name: "Pages", value: "96" },
      { name: "Paper", value: "160 g/m² cartridge" },
      { name: "Dimensions", value: "A4, 21 × 29.7 cm" },
    ],
    tags: ["linen", "sketchbook", "art"],
    options: [{ name: "Size", values: ["A5", "A4"] }],
    basePrice: 2400,
    surcharges: { A4: 600 },
    motif: "notebook",
    hue: 40,
  },
  {
    title: "Weekly Planner 2026",
    slug: "weekly-planner-2026",
    category: "stationery",
    brand: "quillmark",
    description:
      "A week-on-two-pages planner with monthly overviews, habit trackers and plenty of room for notes. Runs from January to December 2026.",
    specs: [
      { name: "Pages", value: "176" },
      { name: "Layout", value: "Week on two pages" },
      { name: "Dimensions", value: "B6, 12.8 × 18.2 cm" },
    ],
    tags: ["planner", "2026", "organiser"],
    options: [{ name: "Color", values: ["Pink", "Green", "Grey"] }],
    basePrice: 1900,
    motif: "notebook",
    hue: 320,
  },
  {
    title: "Recycled Kraft Notebook 3-Pack",
    slug: "recycled-kraft-notebook-3-pack",
    category: "stationery",
    brand: "quillmark",
    description:
      "Three slim stapled notebooks with kraft covers and lined recycled paper. Perfect for shopping lists, lecture notes and a pocket on every coat.",
    specs: [
      { name: "Pages", value: "3 × 48" },
      { name: "Paper", value: "80 g/m² recycled, lined" },
      { name: "Dimensions", value: "A6, 10.5 × 14.8 cm" },
    ],
    tags: ["notebook", "recycled", "pocket"],
    options: [],
    basePrice: 900,
    motif: "notebook",
    hue: 30,
  },
];
