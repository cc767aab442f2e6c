// Fixture for MCP-566: a deep merge outside MCP code.
function merge(dst, src) {
  // ok: MCP-566 -- not an MCP-context file
  for (const k in src) {
    if (typeof src[k] === "object") merge(dst[k] = dst[k] || {}, src[k]);
    else dst[k] = src[k];
  }
  return dst;
}

module.exports = { merge };
