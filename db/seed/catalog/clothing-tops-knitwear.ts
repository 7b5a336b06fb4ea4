/** Demo products in Clothing: Tops & Tees, Knitwear & Hoodies. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import { SIZES, SIZES_XS } from "./sizes";
import type { SeedProduct } from "../types";

export const CLOTHING_TOPS_KNITWEAR: SeedProduct[] = [
  // ---------------------------------------------------------------- Tops & Tees
  {
    title: "Organic Cotton Crew Tee",
    slug: "organic-cotton-crew-tee",
    category: "tops-tees",
    brand: "northloom",
    description:
      "A midweight crew-neck T-shirt knitted from GOTS-certified organic cotton. The fabric is garment-washed for a soft hand from the first wear, and the taped shoulder seams keep it in shape wash after wash.",
    specs: [
      { name: "Material", value: "100% organic cotton, 180 g/m²" },
      { name: "Fit", value: "Regular" },
      { name: "Origin", value: "Portugal" },
      { name: "Care", value: "Machine wash 30 °C" },
    ],
    tags: ["t-shirt", "organic", "cotton", "basics"],
    options: [
      { name: "Size", values: SIZES },
      { name: "Color", values: ["White", "Black", "Navy", "Olive"] },
    ],
    basePrice: 2400,
    compareAtPrice: 2900,
    surcharges: { XL: 200 },
    motif: "tshirt",
    hue: 210,
  },
  {
    title: "Linen Camp-Collar Shirt",
    slug: "linen-camp-collar-shirt",
    category: "tops-tees",
    brand: "casa-linea",
    description:
      "A relaxed short-sleeve shirt in washed European linen with an open camp collar. It breathes on the hottest days and only looks better with a few creases. Coconut-shell buttons and a straight hem for wearing untucked.",
    specs: [
      { name: "Material", value: "100% linen" },
      { name: "Fit", value: "Relaxed" },
      { name: "Origin", value: "Lithuania" },
      { name: "Care", value: "Machine wash 40 °C, line dry" },
    ],
    tags: ["linen", "shirt", "summer"],
    options: [
      { name: "Size", values: SIZES },
      { name: "Color", values: ["Sand", "White", "Blue"] },
    ],
    basePrice: 4900,
    motif: "tshirt",
    hue: 40,
  },
  {
    title: "Merino Wool Long-Sleeve Base Layer",
    slug: "merino-wool-long-sleeve-base-layer",
    category: "tops-tees",
    brand: "fieldhouse",
    description:
      "A fine 200 g merino wool top that regulates temperature on cold hikes and long commutes alike. Merino resists odour, so it can be worn for days between washes. Flatlock seams sit comfortably under a pack.",
    specs: [
      { name: "Material", value: "100% merino wool, 17.5 micron" },
      { name: "Weight", value: "200 g/m²" },
      { name: "Fit", value: "Slim" },
      { name: "Care", value: "Wool cycle, lay flat to dry" },
    ],
    tags: ["wool", "merino", "base-layer", "outdoor"],
    options: [
      { name: "Size", values: SIZES },
      { name: "Color", values: ["Black", "Grey", "Green"] },
    ],
    basePrice: 5900,
    motif: "tshirt",
    hue: 150,
  },
  {
    title: "纯棉圆领T恤",
    slug: "chunmian-yuanling-tshirt",
    category: "tops-tees",
    brand: "hanfeng",
    description: "精选新疆长绒棉，面料柔软透气，贴身穿着舒适不刺激。经典圆领设计，领口加固不易变形。简约百搭，适合日常通勤与居家。",
    specs: [
      { name: "Material", value: "100% 新疆长绒棉" },
      { name: "Fit", value: "宽松版型" },
      { name: "Origin", value: "中国" },
      { name: "Care", value: "30 °C 机洗，反面晾晒" },
    ],
    tags: ["t恤", "纯棉", "基础款"],
    options: [
      { name: "Size", values: SIZES },
      { name: "Color", values: ["White", "Black", "Grey", "Pink"] },
    ],
    basePrice: 1900,
    motif: "tshirt",
    hue: 0,
  },
  {
    title: "Heavyweight Pocket Tee",
    slug: "heavyweight-pocket-tee",
    category: "tops-tees",
    brand: "fieldhouse",
    description:
      "A boxy, heavyweight T-shirt in 260 g/m² ring-spun cotton with a chest pocket. Pre-shrunk so the fit you buy is the fit you keep.",
    specs: [
      { name: "Material", value: "100% ring-spun cotton, 260 g/m²" },
      { name: "Fit", value: "Boxy" },
      { name: "Origin", value: "Portugal" },
      { name: "Care", value: "Machine wash 30 °C" },
    ],
    tags: ["t-shirt", "cotton", "heavyweight"],
    options: [
      { name: "Size", values: SIZES },
      { name: "Color", values: ["Sand", "Brown", "Navy"] },
    ],
    basePrice: 2900,
    surcharges: { XL: 300 },
    motif: "tshirt",
    hue: 28,
  },

  // ---------------------------------------------------------------- Knitwear & Hoodies
  {
    title: "Lambswool Crewneck Sweater",
    slug: "lambswool-crewneck-sweater",
    category: "knitwear-hoodies",
    brand: "northloom",
    description:
      "Knitted in Scotland from soft lambswool, this crewneck is warm without bulk. Ribbed cuffs and hem hold their shape, and the fully fashioned shoulders sit neatly under a coat.",
    specs: [
      { name: "Material", value: "100% lambswool" },
      { name: "Gauge", value: "12 gauge" },
      { name: "Origin", value: "Scotland" },
      { name: "Care", value: "Hand wash cold, dry flat" },
    ],
    tags: ["wool", "sweater", "knitwear"],
    options: [
      { name: "Size", values: SIZES },
      { name: "Color", values: ["Navy", "Grey", "Olive", "Red"] },
    ],
    basePrice: 7900,
    compareAtPrice: 9900,
    motif: "hoodie",
    hue: 220,
  },
  {
    title: "Recycled Fleece Zip Hoodie",
    slug: "recycled-fleece-zip-hoodie",
    category: "knitwear-hoodies",
    brand: "fieldhouse",
    description:
      "A cosy full-zip hoodie in brushed fleece made from recycled bottles. Two zipped hand pockets keep keys safe, and the lined hood has flat drawcords that stay put.",
    specs: [
      { name: "Material", value: "100% recycled polyester fleece" },
      { name: "Weight", value: "540 g (size M)" },
      { name: "Fit", value: "Regular" },
      { name: "Care", value: "Machine wash 30 °C, do not tumble dry" },
    ],
    tags: ["hoodie", "fleece", "recycled"],
    options: [
      { name: "Size", values: SIZES },
      { name: "Color", values: ["Grey", "Black", "Green"] },
    ],
    basePrice: 5400,
    motif: "hoodie",
    hue: 140,
  },
  {
    title: "Brushed Cotton Pullover Hoodie",
    slug: "brushed-cotton-pullover-hoodie",
    category: "knitwear-hoodies",
    brand: "northloom",
    description:
      "Our everyday hoodie in loopback organic cotton, brushed on the inside for warmth. A double-layer hood, kangaroo pocket and rib panels at the sides for easy movement.",
    specs: [
      { name: "Material", value: "100% organic cotton, 400 g/m²" },
      { name: "Fit", value: "Relaxed" },
      { name: "Origin", value: "Portugal" },
      { name: "Care", value: "Machine wash 30 °C" },
    ],
    tags: ["hoodie", "organic", "cotton"],
    options: [
      { name: "Size", values: SIZES_XS },
      { name: "Color", values: ["Sand", "Navy", "Pink", "Black"] },
    ],
    basePrice: 4900,
    compareAtPrice: 5900,
    motif: "hoodie",
    hue: 35,
  },
  {
    title: "Cable-Knit Wool Cardigan",
    slug: "cable-knit-wool-cardigan",
    category: "knitwear-hoodies",
    brand: "casa-linea",
    description:
      "A chunky cardigan with traditional cable panels, knitted from a warm wool and alpaca blend. Horn buttons and deep patch pockets make it the jacket you reach for at home.",
    specs: [
      { name: "Material", value: "70% wool, 30% alpaca" },
      { name: "Gauge", value: "5 gauge" },
      { name: "Origin", value: "Italy" },
      { name: "Care", value: "Hand wash cold, dry flat" },
    ],
    tags: ["wool", "cardigan", "knitwear", "alpaca"],
    options: [
      { name: "Size", values: ["S", "M", "L"] },
      { name: "Color", values: ["Sand", "Brown", "Grey"] },
    ],
    basePrice: 8900,
    motif: "hoodie",
    hue: 30,
  },
];
