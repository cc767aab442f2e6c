FROM python:3.12-slim
# ruleid: MCP-207
RUN wget -qO- https://astral.sh/uv/install.sh | sh
# ok: MCP-207 -- downloaded, checked, then run
RUN curl -fsSLo /tmp/uv.sh https://astral.sh/uv/0.8.0/install.sh && echo "abc  /tmp/uv.sh" | sha256sum -c && sh /tmp/uv.sh
USER app
