FROM node:22-slim
USER node
RUN npm ci
# ruleid: MCP-208
USER root
CMD ["node", "index.js"]
