# syntax=docker/dockerfile:1
# Mercato's images, from one multi-stage build (docker compose builds both, see compose.yaml):
#   default target  - the web server: Next's standalone output (.next/standalone, completed by `npm run build`)
#   --target worker - the periodic jobs alone (`npm run worker`), from the sources with production dependencies
# Debian (glibc), like the lock file's native packages (sharp's @img/sharp-linux-x64, argon2, embedded PostgreSQL).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The security headers (HSTS, CSP upgrades) are fixed at build time from SITE_URL: build with the public origin.
ARG SITE_URL=http://localhost:8080
ENV SITE_URL=${SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# next build, then scripts/complete-standalone.ts copies .next/static (and public/, if any) into .next/standalone.
RUN npm run build

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS worker
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 DATA_DIR=/data
COPY --from=prod-deps /app/node_modules ./node_modules
COPY . .
RUN mkdir -p /data && chown node:node /data
USER node
# Plain node (no npm or tsx wrapper process), so SIGTERM from `docker stop` reaches the worker, which stops between sweeps.
CMD ["node", "--conditions=react-server", "--import", "tsx", "scripts/worker.ts"]

FROM ${NODE_IMAGE} AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_MANUAL_SIG_HANDLE=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data
# The heap bound that keeps one instance within 300 MiB resident (package.json "start", README "Performance").
ENV NODE_OPTIONS=--max-old-space-size=192
RUN mkdir -p /data/media && chown -R node:node /data
# server.js, the traced node_modules (sharp's native parts, postgres, pdfkit's font metrics, the invoice font),
# the cache handler (lib/cache/*.mjs), db/migrations (applied at boot) and the static assets.
# Owned by the app's user: Next writes regenerated pages under .next/server (lib/cache/cache-handler.mjs bounds it).
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
