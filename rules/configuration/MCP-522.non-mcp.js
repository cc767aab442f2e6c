// Fixture for MCP-522: a download link handler that is not MCP code.
function download(req, res) {
  // ok: MCP-522 -- not an MCP-context file
  res.send(req.query.token);
}
module.exports = { download };
