FROM node:22-slim AS build
RUN npm ci
USER node
# ruleid: MCP-208
FROM node:22-slim
COPY --from=build /app /app
CMD ["node", "/app/dist/index.js"]
