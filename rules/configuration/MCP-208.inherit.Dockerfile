FROM node:22-slim AS base
USER node
# ok: MCP-208 -- the USER of the stage it builds on applies
FROM base
CMD ["node", "index.js"]
