# ruleid: MCP-073
FROM ghcr.io/example/mcp-base:latest
# ok: MCP-073 -- a digest pins even :latest
FROM ghcr.io/example/mcp-base:latest@sha256:0b0a9b6c3b1b3f4c6b0e7e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d
