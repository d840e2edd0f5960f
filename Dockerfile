# syntax=docker/dockerfile:1
# SEND Register: one image that serves the API and the built SPA on one port.
#   docker build -t send-register .
# docker-compose.yml beside this file runs it with PostgreSQL; see the README's "Deployment".

# ---- build: every dependency, then the API (SWC) and the SPA (Vite) through Nx ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY package.json package-lock.json ./
# `npm install` rather than `npm ci`: the lockfile is written where only this platform's optional native
# packages (@swc/core-*, @rollup/rollup-*) can be fetched, so `npm ci` finds it "out of sync".
# `npm install` still takes every version from package-lock.json.
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api,web --outputStyle=static

# ---- runtime: production dependencies and the build output only ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# argon2 ships prebuilt binaries, so no compiler is needed here.
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Only used when the container runs without DATABASE_URL (embedded PostgreSQL in DATA_DIR).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# Ready means: the database answers and no migration is pending.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]
