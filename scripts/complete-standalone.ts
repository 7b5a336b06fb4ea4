/**
 * Run by `npm run build` after `next build`: Next's standalone server
 * (.next/standalone/server.js) serves the static assets only when they sit
 * beside it, and `next build` leaves them out. Copies .next/static and public/
 * (when the project has one) into it, so the folder is the whole deployable
 * artefact (what the Dockerfile copies).
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = join(distDir, "standalone");
if (!existsSync(join(standalone, "server.js"))) {
  console.error(`[build] ${standalone}/server.js is missing: next.config.ts must keep output: "standalone".`);
  process.exit(1);
}
const copies: [string, string][] = [
  [join(distDir, "static"), join(standalone, distDir, "static")],
  ["public", join(standalone, "public")],
];
for (const [from, to] of copies) {
  if (!existsSync(from)) continue;
  rmSync(to, { recursive: true, force: true }); // no stale chunks from an earlier build
  cpSync(from, to, { recursive: true });
}
console.log(`[build] ${standalone} is complete: node ${join(standalone, "server.js")}`);
