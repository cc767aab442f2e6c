"""Fixture for MCP-220: a static-site generator that is not MCP code."""


def render_post(post) -> str:
    # ok: MCP-220 -- not an MCP-context file
    return f"# {post.title}\n![cover](https://cdn.example.com/{post.slug}/cover.jpg)"
