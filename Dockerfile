# Minimal image of the API + admin (see docs/deploy.md). Not built or run in CI: this machine has no Docker engine.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY --from=build /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM: stop accepting, drain in-flight requests (GRASSROOTS_SHUTDOWN_TIMEOUT_MS), close the database.
STOPSIGNAL SIGTERM
CMD ["node", "apps/api/dist/src/main.js"]
