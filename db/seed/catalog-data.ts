/**
 * The hand-written demo catalog: categories, brands and products of a small
 * general online shop. All brand names are invented. Prices are in cents.
 */
import type { SeedBrand, SeedCategory, SeedProduct } from "./types";
import { CLOTHING_TOPS_KNITWEAR } from "./catalog/clothing-tops-knitwear";
import { CLOTHING_DRESSES_TROUSERS } from "./catalog/clothing-dresses-trousers";
import { SHOES_ACCESSORIES } from "./catalog/shoes-accessories";
import { ELECTRONICS_AUDIO_PHONES } from "./catalog/electronics-audio-phones";
import { ELECTRONICS_COMPUTERS_CAMERAS } from "./catalog/electronics-computers-cameras";
import { HOME_KITCHEN_DINING } from "./catalog/home-kitchen-dining";
import { HOME_DECOR_FURNITURE } from "./catalog/home-decor-furniture";
import { BEAUTY } from "./catalog/beauty";
import { SPORTS_OUTDOORS } from "./catalog/sports-outdoors";
import { BOOKS_STATIONERY } from "./catalog/books-stationery";
import { TOYS_GAMES } from "./catalog/toys-games";
import { TEA_SNACKS } from "./catalog/tea-snacks";

export const CATEGORIES: SeedCategory[] = [
  {
    slug: "clothing",
    name: "Clothing",
    description: "Everyday wardrobe staples in natural fabrics, from tees to knitwear.",
    children: [
      { slug: "tops-tees", name: "Tops & Tees", description: "T-shirts, shirts and base layers for every season." },
      { slug: "knitwear-hoodies", name: "Knitwear & Hoodies", description: "Sweaters, cardigans and hoodies to layer up in." },
      { slug: "dresses-trousers", name: "Dresses & Trousers", description: "Dresses, jeans and trousers cut for comfort." },
    ],
  },
  {
    slug: "shoes-accessories",
    name: "Shoes & Accessories",
    description: "Footwear and finishing touches, from running shoes to silk scarves.",
    children: [
      { slug: "sneakers", name: "Sneakers", description: "Running shoes and everyday sneakers." },
      { slug: "boots", name: "Boots", description: "Leather, hiking and winter boots built to last." },
      { slug: "hats-scarves", name: "Hats & Scarves", description: "Caps, beanies and scarves in wool, linen and silk." },
    ],
  },
  {
    slug: "electronics",
    name: "Electronics",
    description: "Audio, phones, computers and cameras that are a pleasure to use.",
    children: [
      { slug: "audio", name: "Audio", description: "Wireless headphones, earbuds and speakers." },
      { slug: "phones-wearables", name: "Phones & Wearables", description: "Smartphones, smartwatches and fitness trackers." },
      { slug: "computers-cameras", name: "Computers & Cameras", description: "Laptops, keyboards and cameras for work and play." },
    ],
  },
  {
    slug: "home-kitchen",
    name: "Home & Kitchen",
    description: "Ceramics, cookware, furniture and decor for a calmer home.",
    children: [
      { slug: "kitchen-dining", name: "Kitchen & Dining", description: "Pans, mugs and teapots for cooking and serving." },
      { slug: "home-decor", name: "Home Decor", description: "Cushions, vases and plants that make a room feel lived in." },
      { slug: "furniture-lighting", name: "Furniture & Lighting", description: "Chairs, stools and lamps in solid wood and ceramic." },
    ],
  },
  {
    slug: "beauty",
    name: "Beauty",
    description: "Skincare, make-up and fragrance with short, readable ingredient lists.",
    children: [
      { slug: "skincare", name: "Skincare", description: "Cleansers, creams, oils and sun protection." },
      { slug: "makeup-fragrance", name: "Make-up & Fragrance", description: "Lipsticks, balms and perfumes." },
    ],
  },
  {
    slug: "sports-outdoors",
    name: "Sports & Outdoors",
    description: "Gear for training at home, on the court and out on the trail.",
    children: [
      { slug: "fitness-yoga", name: "Fitness & Yoga", description: "Yoga mats, dumbbells and kettlebells for home workouts." },
      { slug: "camping-hiking", name: "Camping & Hiking", description: "Tents, backpacks and bottles for days outside." },
      { slug: "ball-racket-sports", name: "Ball & Racket Sports", description: "Balls, rackets and paddles for every level." },
    ],
  },
  {
    slug: "books-toys",
    name: "Books & Toys",
    description: "Books, paper goods and toys for curious minds of every age.",
    children: [
      { slug: "books", name: "Books", description: "Cookbooks, novels and field guides." },
      { slug: "stationery", name: "Stationery", description: "Notebooks, sketchbooks and planners." },
      { slug: "toys-games", name: "Toys & Games", description: "Building blocks, plush toys, puzzles and cars." },
    ],
  },
  {
    slug: "tea-snacks",
    name: "Tea & Snacks",
    description: "Loose-leaf tea, fresh-roasted coffee, chocolate and honey.",
    children: [
      { slug: "tea", name: "Tea", description: "Green, black, dark and herbal teas from small gardens." },
      { slug: "coffee", name: "Coffee", description: "Whole beans, ground coffee and drip bags." },
      { slug: "sweets-pantry", name: "Sweets & Pantry", description: "Chocolate bars, pralines and raw honey." },
    ],
  },
];

export const BRANDS: SeedBrand[] = [
  { slug: "northloom", name: "Northloom" },
  { slug: "fieldhouse", name: "Fieldhouse Apparel" },
  { slug: "casa-linea", name: "Casa Linea" },
  { slug: "hanfeng", name: "Hanfeng" },
  { slug: "stride-co", name: "Stride & Co." },
  { slug: "ironbark", name: "Ironbark Boots" },
  { slug: "voltwave", name: "Voltwave" },
  { slug: "lumen-audio", name: "Lumen Audio" },
  { slug: "kestrel-labs", name: "Kestrel Labs" },
  { slug: "xiaoshan", name: "Xiaoshan" },
  { slug: "emberly-home", name: "Emberly Home" },
  { slug: "oak-and-ash", name: "Oak & Ash" },
  { slug: "claybird", name: "Claybird Ceramics" },
  { slug: "jingci-studio", name: "Jingci Studio" },
  { slug: "petal-and-pine", name: "Petal & Pine" },
  { slug: "solenne", name: "Solenne" },
  { slug: "summit-trail", name: "Summit Trail" },
  { slug: "pulsefit", name: "Pulsefit" },
  { slug: "baseline-sports", name: "Baseline Sports" },
  { slug: "quillmark", name: "Quillmark" },
  { slug: "lantern-press", name: "Lantern Press" },
  { slug: "tinkerbox", name: "Tinkerbox" },
  { slug: "xiongmao-toys", name: "Xiongmao Toys" },
  { slug: "jiangnan-tea", name: "Jiangnan Tea Co." },
  { slug: "kettle-and-leaf", name: "Kettle & Leaf" },
  { slug: "yunling-coffee", name: "Yunling Coffee" },
  { slug: "golden-comb", name: "Golden Comb Apiary" },
  { slug: "brava-cacao", name: "Brava Cacao" },
];

/** Every product, in catalog order: generated IDs, SKUs and tests depend on this order. */
export const PRODUCTS: SeedProduct[] = [
  ...CLOTHING_TOPS_KNITWEAR,
  ...CLOTHING_DRESSES_TROUSERS,
  ...SHOES_ACCESSORIES,
  ...ELECTRONICS_AUDIO_PHONES,
  ...ELECTRONICS_COMPUTERS_CAMERAS,
  ...HOME_KITCHEN_DINING,
  ...HOME_DECOR_FURNITURE,
  ...BEAUTY,
  ...SPORTS_OUTDOORS,
  ...BOOKS_STATIONERY,
  ...TOYS_GAMES,
  ...TEA_SNACKS,
];
