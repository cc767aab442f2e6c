"""Fixture for MCP-266: a web app keyed by session, not MCP code."""
from auth import login_required

carts = {}


@login_required
def cart(request):
    # ok: MCP-266 -- not an MCP-context file
    items = carts.get(request.session_id)
    return items
