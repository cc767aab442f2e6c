// Fixture for MCP-266: a web app keyed by session, not MCP code.
const passport = require("passport");

const carts = {};
function cart(req, res) {
  const sessionId = req.sessionID;
  // ok: MCP-266 -- not an MCP-context file
  const items = carts[sessionId];
  res.json(items);
}
module.exports = { cart, passport };
