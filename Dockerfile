# dondoc's image: `npm ci --omit=dev` (the Prisma clients are generated at install, no
# download needed), then `npm start`. Configuration comes from the environment (README,
# "Configuration"); data lives in PostgreSQL (see compose.yaml) or in /app/data (SQLite).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HTTP_PORT=8080
# better-sqlite3 builds from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY locales ./locales
COPY fixtures/plans ./fixtures/plans
COPY tsconfig.json ./
# The compiled JavaScript that `bin/start.js` runs (README, "How dondoc starts").
RUN node scripts/build.mjs
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.HTTP_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM reaches node itself (not npm), which finishes or gives back what it holds.
CMD ["node", "bin/start.js"]
