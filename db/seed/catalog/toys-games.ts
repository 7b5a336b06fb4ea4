/** Demo products in Books & Toys: Toys & Games. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import type { SeedProduct } from "../types";

export const TOYS_GAMES: SeedProduct[] = [
  // ---------------------------------------------------------------- Toys & Games
  {
    title: "儿童积木 100 块",
    slug: "ertong-building-blocks-100",
    category: "toys-games",
    brand: "xiongmao-toys",
    description:
      "100 块天然榉木积木，圆角打磨，水性漆上色，宝宝啃咬也安心。多种形状自由搭建，锻炼手眼协调与空间想象力。附收纳布袋，适合 2 岁以上儿童。",
    specs: [
      { name: "Material", value: "榉木，水性漆" },
      { name: "Pieces", value: "100 块" },
      { name: "Age", value: "2 岁以上" },
    ],
    tags: ["积木", "儿童", "益智玩具"],
    options: [],
    basePrice: 4900,
    compareAtPrice: 5900,
    motif: "blocks",
    hue: 40,
  },
  {
    title: "Wooden Pull-Back Race Car",
    slug: "wooden-pull-back-race-car",
    category: "toys-games",
    brand: "tinkerbox",
    description:
      "Pull it back, let go and watch it zoom across the kitchen floor. Made from solid beech with rubber tyres and non-toxic paint.",
    specs: [
      { name: "Material", value: "Beech wood, rubber tyres" },
      { name: "Dimensions", value: "14 × 7 × 6 cm" },
      { name: "Age", value: "3+" },
    ],
    tags: ["car", "wooden", "toy"],
    options: [{ name: "Color", values: ["Red", "Blue", "Yellow"] }],
    basePrice: 1800,
    motif: "toy-car",
    hue: 0,
  },
  {
    title: "Classic Plush Teddy Bear 35 cm",
    slug: "classic-plush-teddy-bear",
    category: "toys-games",
    brand: "tinkerbox",
    description:
      "A huggable teddy with soft mohair-look plush, embroidered eyes and jointed arms. Surface washable and safe from birth.",
    specs: [
      { name: "Height", value: "35 cm" },
      { name: "Material", value: "Polyester plush, recycled filling" },
      { name: "Age", value: "0+" },
    ],
    tags: ["teddy", "plush", "gift"],
    options: [{ name: "Color", values: ["Brown", "Sand", "White"] }],
    basePrice: 3200,
    motif: "teddy",
    hue: 30,
  },
  {
    title: "1000-Piece Jigsaw Puzzle: Harbour at Dusk",
    slug: "jigsaw-puzzle-harbour-at-dusk",
    category: "toys-games",
    brand: "tinkerbox",
    description:
      "A thousand thick, snug-fitting pieces that build into a painting of fishing boats at sunset. Printed on recycled board with a poster for reference.",
    specs: [
      { name: "Pieces", value: "1000" },
      { name: "Finished size", value: "68 × 48 cm" },
      { name: "Age", value: "12+" },
    ],
    tags: ["puzzle", "jigsaw", "1000-pieces"],
    options: [],
    basePrice: 2400,
    motif: "puzzle",
    hue: 20,
  },
  {
    title: "Remote Control Off-Road Car",
    slug: "remote-control-off-road-car",
    category: "toys-games",
    brand: "tinkerbox",
    description:
      "A tough 1:18 off-road car with four-wheel drive and spring suspension that climbs kerbs and crosses gravel. The rechargeable battery gives 25 minutes of driving.",
    specs: [
      { name: "Scale", value: "1:18" },
      { name: "Battery life", value: "25 minutes" },
      { name: "Range", value: "50 m" },
      { name: "Age", value: "8+" },
    ],
    tags: ["car", "remote-control", "toy"],
    options: [],
    basePrice: 5900,
    compareAtPrice: 6900,
    motif: "toy-car",
    hue: 220,
  },
  {
    title: "熊猫毛绒公仔",
    slug: "xiongmao-panda-plush",
    category: "toys-games",
    brand: "xiongmao-toys",
    description:
      "憨态可掬的大熊猫公仔，短毛绒面料细腻亲肤，填充饱满有弹性。眼睛采用刺绣工艺，无小零件，适合宝宝抱睡。",
    specs: [
      { name: "Height", value: "30 cm" },
      { name: "Material", value: "短毛绒，PP 棉填充" },
      { name: "Age", value: "0 岁以上" },
    ],
    tags: ["熊猫", "毛绒玩具", "礼物"],
    options: [],
    basePrice: 3900,
    motif: "teddy",
    hue: 0,
  },
  {
    title: "Magnetic Building Tiles 60 pcs",
    slug: "magnetic-building-tiles-60",
    category: "toys-games",
    brand: "tinkerbox",
    description:
      "Sixty translucent magnetic tiles in squares and triangles that click together into towers, houses and rockets. Strong magnets and riveted edges for years of play.",
    specs: [
      { name: "Pieces", value: "60" },
      { name: "Material", value: "ABS plastic, magnets" },
      { name: "Age", value: "3+" },
    ],
    tags: ["building", "magnetic", "blocks"],
    options: [],
    basePrice: 5400,
    motif: "blocks",
    hue: 200,
  },
];
