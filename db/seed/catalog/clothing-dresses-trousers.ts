/** Demo products in Clothing: Dresses & Trousers. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import { SIZES_XS } from "./sizes";
import type { SeedProduct } from "../types";

export const CLOTHING_DRESSES_TROUSERS: SeedProduct[] = [
  // ---------------------------------------------------------------- Dresses & Trousers
  {
    title: "Linen Wrap Dress",
    slug: "linen-wrap-dress",
    category: "dresses-trousers",
    brand: "casa-linea",
    description:
      "A midi wrap dress in stonewashed linen with a tie waist and flutter sleeves. The wrap adjusts to your shape, and the fabric keeps you cool through a summer afternoon.",
    specs: [
      { name: "Material", value: "100% linen" },
      { name: "Length", value: "Midi, 118 cm (size M)" },
      { name: "Origin", value: "Lithuania" },
      { name: "Care", value: "Machine wash 30 °C, line dry" },
    ],
    tags: ["linen", "dress", "summer"],
    options: [
      { name: "Size", values: SIZES_XS },
      { name: "Color", values: ["Sand", "Olive", "Navy"] },
    ],
    basePrice: 6900,
    compareAtPrice: 8900,
    motif: "dress",
    hue: 45,
  },
  {
    title: "Slim Stretch Jeans",
    slug: "slim-stretch-jeans",
    category: "dresses-trousers",
    brand: "fieldhouse",
    description:
      "Slim-fit five-pocket jeans in a 12 oz denim with just enough stretch to move. The indigo is ring-dyed so it fades gradually and personally.",
    specs: [
      { name: "Material", value: "98% cotton, 2% elastane" },
      { name: "Weight", value: "12 oz denim" },
      { name: "Fit", value: "Slim, mid rise" },
      { name: "Care", value: "Wash inside out, 30 °C" },
    ],
    tags: ["jeans", "denim", "stretch"],
    options: [
      { name: "Size", values: ["28", "30", "32", "34", "36"] },
      { name: "Color", values: ["Blue", "Black"] },
    ],
    basePrice: 5900,
    motif: "jeans",
    hue: 215,
  },
  {
    title: "Relaxed Linen Trousers",
    slug: "relaxed-linen-trousers",
    category: "dresses-trousers",
    brand: "casa-linea",
    description:
      "Easy drawstring trousers in mid-weight linen with a wide, straight leg. Side pockets, a back pocket and a soft elastic waist make them as comfortable as pyjamas and smart enough for dinner.",
    specs: [
      { name: "Material", value: "100% linen" },
      { name: "Fit", value: "Relaxed, wide leg" },
      { name: "Origin", value: "Lithuania" },
      { name: "Care", value: "Machine wash 30 °C" },
    ],
    tags: ["linen", "trousers", "summer"],
    options: [
      { name: "Size", values: SIZES_XS },
      { name: "Color", values: ["Sand", "Olive", "Black"] },
    ],
    basePrice: 5400,
    motif: "jeans",
    hue: 60,
  },
  {
    title: "Cotton Poplin Midi Dress",
    slug: "cotton-poplin-midi-dress",
    category: "dresses-trousers",
    brand: "northloom",
    description:
      "A crisp poplin dress with a fitted bodice, thin adjustable straps and a full tiered skirt. Fully lined and finished with hidden side pockets.",
    specs: [
      { name: "Material", value: "100% organic cotton poplin" },
      { name: "Lining", value: "Cotton voile" },
      { name: "Length", value: "Midi, 112 cm (size M)" },
      { name: "Care", value: "Machine wash 30 °C" },
    ],
    tags: ["dress", "cotton", "organic"],
    options: [
      { name: "Size", values: SIZES_XS },
      { name: "Color", values: ["White", "Blue", "Yellow"] },
    ],
    basePrice: 5900,
    compareAtPrice: 7400,
    motif: "dress",
    hue: 200,
  },
  {
    title: "Mulberry Silk Slip Dress",
    slug: "mulberry-silk-slip-dress",
    category: "dresses-trousers",
    brand: "hanfeng",
    description:
      "A bias-cut slip dress in 19 momme mulberry silk that drapes beautifully and feels cool on the skin. Wear it alone on warm evenings or layered under a knit.",
    specs: [
      { name: "Material", value: "100% mulberry silk, 19 momme" },
      { name: "Length", value: "Midi, 120 cm" },
      { name: "Origin", value: "Hangzhou, China" },
      { name: "Care", value: "Hand wash cold or dry clean" },
    ],
    tags: ["silk", "dress", "evening"],
    options: [
      { name: "Size", values: ["XS", "S", "M", "L"] },
      { name: "Color", values: ["Black", "Sand", "Green"] },
    ],
    basePrice: 12900,
    motif: "dress",
    hue: 330,
  },
];
