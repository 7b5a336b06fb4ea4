/** Demo products in Electronics: Computers & Cameras. Part of PRODUCTS in ../catalog-data.ts; keep the order. */
import type { SeedProduct } from "../types";

export const ELECTRONICS_COMPUTERS_CAMERAS: SeedProduct[] = [
  // ---------------------------------------------------------------- Computers & Cameras
  {
    title: "Kestrel Book 14 Laptop",
    slug: "kestrel-book-14-laptop",
    category: "computers-cameras",
    brand: "kestrel-labs",
    description:
      "A 14-inch aluminium laptop with a 2.8K display, 16 GB of memory and up to 18 hours of battery life. Silent when you work, quick when you compile, and only 1.3 kg.",
    specs: [
      { name: "Display", value: '14" 2880 × 1800, 120 Hz' },
      { name: "Memory", value: "16 GB" },
      { name: "Battery life", value: "Up to 18 hours" },
      { name: "Weight", value: "1.3 kg" },
    ],
    tags: ["laptop", "ultrabook", "computer"],
    options: [
      { name: "Storage", values: ["512 GB", "1 TB"] },
      { name: "Color", values: ["Grey", "Black"] },
    ],
    basePrice: 129900,
    surcharges: { "1 TB": 20000 },
    motif: "laptop",
    hue: 215,
  },
  {
    title: "Voltwave Air 13 Laptop",
    slug: "voltwave-air-13-laptop",
    category: "computers-cameras",
    brand: "voltwave",
    description:
      "A light 13-inch laptop for study and everyday work, with a sharp IPS display, a backlit keyboard and USB-C charging. A fanless design keeps it silent in the library.",
    specs: [
      { name: "Display", value: '13.3" 2560 × 1600' },
      { name: "Memory", value: "8 GB" },
      { name: "Battery life", value: "Up to 14 hours" },
      { name: "Weight", value: "1.1 kg" },
    ],
    tags: ["laptop", "computer", "student"],
    options: [{ name: "Storage", values: ["256 GB", "512 GB"] }],
    basePrice: 79900,
    compareAtPrice: 89900,
    surcharges: { "512 GB": 10000 },
    motif: "laptop",
    hue: 45,
  },
  {
    title: "Wireless Mechanical Keyboard",
    slug: "wireless-mechanical-keyboard",
    category: "computers-cameras",
    brand: "voltwave",
    description:
      "A compact 75% mechanical keyboard with hot-swappable tactile switches and PBT keycaps. Connects to three devices over Bluetooth or by cable, with a gasket mount that softens every keystroke.",
    specs: [
      { name: "Layout", value: "75%, 84 keys" },
      { name: "Switches", value: "Tactile, hot-swappable" },
      { name: "Battery life", value: "Up to 200 hours (backlight off)" },
      { name: "Weight", value: "860 g" },
    ],
    tags: ["keyboard", "wireless", "mechanical"],
    options: [{ name: "Color", values: ["Grey", "White", "Black"] }],
    basePrice: 8900,
    motif: "keyboard",
    hue: 200,
  },
  {
    title: "Compact Mirrorless Camera",
    slug: "compact-mirrorless-camera",
    category: "computers-cameras",
    brand: "kestrel-labs",
    description:
      "A 24 MP APS-C mirrorless camera with a flip screen, in-body stabilisation and fast eye-detect autofocus. Small enough for a jacket pocket with the 28 mm pancake lens it comes with.",
    specs: [
      { name: "Sensor", value: "24 MP APS-C" },
      { name: "Video", value: "4K 30p" },
      { name: "Battery life", value: "420 shots" },
      { name: "Weight", value: "390 g with battery" },
    ],
    tags: ["camera", "mirrorless", "photography"],
    options: [],
    basePrice: 64900,
    motif: "camera",
    hue: 20,
  },
  {
    title: "Instant Film Camera",
    slug: "instant-film-camera",
    category: "computers-cameras",
    brand: "voltwave",
    description:
      "A cheerful instant camera with automatic exposure, a selfie mirror and a close-up mode. Prints appear in about 90 seconds, ready to pin on the fridge.",
    specs: [
      { name: "Film", value: "Instant mini film" },
      { name: "Lens", value: "60 mm f/12.7" },
      { name: "Power", value: "2 × AA batteries" },
      { name: "Weight", value: "306 g" },
    ],
    tags: ["camera", "instant", "gift"],
    options: [{ name: "Color", values: ["Pink", "Blue", "White"] }],
    basePrice: 8900,
    motif: "camera",
    hue: 340,
  },
  {
    title: "Low-Profile Wireless Keyboard",
    slug: "low-profile-wireless-keyboard",
    category: "computers-cameras",
    brand: "xiaoshan",
    description:
      "A slim full-size keyboard with quiet scissor keys and a numeric pad. Runs for months on two AAA batteries and switches between computer, tablet and phone at the press of a key.",
    specs: [
      { name: "Layout", value: "Full size, 104 keys" },
      { name: "Battery life", value: "Up to 24 months" },
      { name: "Connection", value: "Bluetooth and USB receiver" },
      { name: "Weight", value: "490 g" },
    ],
    tags: ["keyboard", "wireless", "office"],
    options: [],
    basePrice: 4900,
    motif: "keyboard",
    hue: 0,
  },
];
