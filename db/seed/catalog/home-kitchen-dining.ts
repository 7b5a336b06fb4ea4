/** Demo products in Home & Kitchen: Kitchen & Dining. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import type { SeedProduct } from "../types";

export const HOME_KITCHEN_DINING: SeedProduct[] = [
  // ---------------------------------------------------------------- Kitchen & Dining
  {
    title: "陶瓷茶壶套装",
    slug: "taoci-teapot-set",
    category: "kitchen-dining",
    brand: "jingci-studio",
    description:
      "景德镇手工拉坯陶瓷茶壶，配四只品茗杯。壶嘴出水顺畅不滴漏，内置滤网方便冲泡散茶。釉色温润，适合家用待客或作为礼品。",
    specs: [
      { name: "Material", value: "高温陶瓷" },
      { name: "Capacity", value: "壶 450 ml，杯 80 ml" },
      { name: "Origin", value: "景德镇" },
      { name: "Care", value: "可用洗碗机清洗" },
    ],
    tags: ["茶壶", "陶瓷", "茶具", "礼物"],
    options: [],
    basePrice: 12900,
    compareAtPrice: 15900,
    motif: "teapot",
    hue: 190,
  },
  {
    title: "Stoneware Ceramic Mug Set of 4",
    slug: "stoneware-ceramic-mug-set",
    category: "kitchen-dining",
    brand: "claybird",
    description:
      "Four hand-glazed stoneware mugs with a speckled reactive glaze, so no two look quite alike. A generous 350 ml size with a comfortable looped handle.",
    specs: [
      { name: "Material", value: "Stoneware" },
      { name: "Capacity", value: "350 ml each" },
      { name: "Care", value: "Dishwasher and microwave safe" },
      { name: "Origin", value: "Portugal" },
    ],
    tags: ["ceramic", "mug", "stoneware"],
    options: [{ name: "Color", values: ["Sand", "Blue", "Green"] }],
    basePrice: 3900,
    motif: "mug",
    hue: 35,
  },
  {
    title: "Cast Iron Skillet 26 cm",
    slug: "cast-iron-skillet-26",
    category: "kitchen-dining",
    brand: "emberly-home",
    description:
      "A pre-seasoned cast iron skillet that goes from hob to oven to table. It holds heat for a proper sear and only gets better with use.",
    specs: [
      { name: "Material", value: "Cast iron, pre-seasoned" },
      { name: "Diameter", value: "26 cm" },
      { name: "Weight", value: "2.6 kg" },
      { name: "Hob", value: "All including induction" },
    ],
    tags: ["cast-iron", "skillet", "cookware"],
    options: [],
    basePrice: 4900,
    motif: "pan",
    hue: 0,
  },
  {
    title: "Nonstick Ceramic Frying Pan 28 cm",
    slug: "nonstick-ceramic-frying-pan",
    category: "kitchen-dining",
    brand: "emberly-home",
    description:
      "A PFAS-free ceramic nonstick pan on a thick aluminium base that heats evenly. Eggs slide right off, and the stay-cool handle is riveted for life.",
    specs: [
      { name: "Coating", value: "Ceramic, PFAS-free" },
      { name: "Diameter", value: "28 cm" },
      { name: "Weight", value: "1.1 kg" },
      { name: "Hob", value: "All including induction" },
    ],
    tags: ["ceramic", "pan", "nonstick", "cookware"],
    options: [{ name: "Color", values: ["Grey", "Green", "Sand"] }],
    basePrice: 3900,
    compareAtPrice: 4900,
    motif: "pan",
    hue: 150,
  },
  {
    title: "Borosilicate Glass Teapot",
    slug: "borosilicate-glass-teapot",
    category: "kitchen-dining",
    brand: "emberly-home",
    description:
      "A heat-proof glass teapot with a removable stainless-steel infuser, so you can watch the leaves unfurl. Safe on a gas hob for gentle warming.",
    specs: [
      { name: "Material", value: "Borosilicate glass, stainless steel" },
      { name: "Capacity", value: "900 ml" },
      { name: "Care", value: "Dishwasher safe" },
    ],
    tags: ["teapot", "glass", "tea"],
    options: [],
    basePrice: 2900,
    motif: "teapot",
    hue: 175,
  },
  {
    title: "手工青瓷马克杯",
    slug: "shougong-qingci-mug",
    category: "kitchen-dining",
    brand: "jingci-studio",
    description:
      "龙泉青瓷匠人手工制作，釉面如玉，触感细腻。杯身厚实保温，握把贴合手指。适合咖啡、牛奶或花草茶，每一只釉色都略有不同。",
    specs: [
      { name: "Material", value: "青瓷" },
      { name: "Capacity", value: "320 ml" },
      { name: "Origin", value: "浙江龙泉" },
      { name: "Care", value: "可微波，建议手洗" },
    ],
    tags: ["马克杯", "陶瓷", "青瓷"],
    options: [],
    basePrice: 3500,
    motif: "mug",
    hue: 160,
  },
];
