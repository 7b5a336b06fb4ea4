/**
 * `npm start`: the production server, the same one the Docker image runs — the build's
 * self-contained `.next/standalone/server.js`, whose configuration `next build` wrote into it.
 * Not `next start`, which reads next.config.ts afresh and loads Next's SWC compiler to do so:
 * 27 MB resident for the life of the process (README, Performance), and Next warns that it
 * does not support `output: "standalone"`.
 *
 * Takes `-p`/`--port` and `-H`/`--hostname` as `next start` did (else PORT, and all interfaces).
 * The server runs from its own folder, so the relative data folders are made absolute first,
 * against the project. Plain JavaScript: nothing to compile at start.
 *
 * Without DATABASE_URL (a demo on one machine) it is `next start` after all: the standalone folder
 * leaves the embedded PostgreSQL out (README, Deploying), the project's node_modules has it.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

if (!process.env.DATABASE_URL) {
  console.log("[start] no DATABASE_URL: `next start` with the embedded PostgreSQL (set DATABASE_URL for the standalone server)");
  process.argv = [process.argv[0], "next", "start", ...process.argv.slice(2)];
  await import("next/dist/bin/next");
} else {
  await startStandalone();
}

async function startStandalone() {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  });
  const server = join(process.env.NEXT_DIST_DIR || ".next", "standalone", "server.js");
  if (!existsSync(server)) {
    console.error(`[start] ${server} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (values.port) process.env.PORT = values.port;
  // Not an inherited HOSTNAME: shells and containers set it to the machine's name.
  process.env.HOSTNAME = values.hostname ?? "0.0.0.0";
  process.env.DATA_DIR = resolve(process.env.DATA_DIR ?? ".data");
  if (process.env.MEDIA_DIR) process.env.MEDIA_DIR = resolve(process.env.MEDIA_DIR);
  await import(pathToFileURL(resolve(server)).href);
}
