// Fixture for MCP-543: a web page that is not MCP code.
export function render(el, html, url) {
  // ok: MCP-543 -- not an MCP-context file
  el.innerHTML = html;
  // ok: MCP-543 -- not an MCP-context file
  window.open(url);
}
