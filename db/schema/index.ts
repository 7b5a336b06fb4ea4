export * from "./banners";
export * from "./brands";
export * from "./categories";
export * from "./product-images";
export * from "./products";
export * from "./relations";
export * from "./variants";
