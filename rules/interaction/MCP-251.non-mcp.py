"""Fixture for MCP-251: a Django view that is not MCP code."""

import logging

log = logging.getLogger(__name__)


def signup(request, user):
    # ok: MCP-251 -- not an MCP-context file
    log.info("new signup %s", user.email)
