ARG PY=3.12
# ok: MCP-073 -- an ARG default gives the tag
FROM python:${PY}-slim AS build
# ruleid: MCP-073
RUN apt-get update && apt-get install -y build-essential
# ok: MCP-073
RUN apt-get install -y --no-install-recommends git
# ruleid: MCP-073
ADD https://example.com/tool.tar.gz /opt/
# ok: MCP-073 -- a local source
ADD requirements.txt /app/
# ruleid: MCP-073
FROM ubuntu
# ok: MCP-073 -- an earlier stage
FROM build AS final
# ok: MCP-073
FROM scratch
USER 65532
