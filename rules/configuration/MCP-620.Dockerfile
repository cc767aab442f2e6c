FROM node:22-slim
# ruleid: MCP-620
RUN npm install -g @modelcontextprotocol/inspector@0.13.0 && npm cache clean --force
# ok: MCP-620
RUN npm install -g typescript@5.6.3
USER node
