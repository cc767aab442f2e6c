"""Fixture for MCP-306: the same middleware in a web app that is not MCP code."""

import logging

log = logging.getLogger(__name__)


async def dispatch(request, call_next):
    # ok: MCP-306 -- not an MCP-context file
    log.info("headers=%s", dict(request.headers))
    return await call_next(request)
