// Fixture for MCP-543: a browser MCP client (use-mcp style).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";

export function showTools(list, tools) {
  for (const tool of tools) {
    const li = document.createElement("li");
    // ruleid: MCP-543
    li.innerHTML = `<b>${tool.name}</b> ${tool.description}`;
    // ok: MCP-543 -- text, not HTML
    li.title = tool.description;
    // ok: MCP-543 -- constant markup
    li.innerHTML = "<i>loading…</i>";
    list.appendChild(li);
  }
}

export function onAuthRequired(url) {
  // ruleid: MCP-543
  window.location.href = url;
}

export function onAuthRequiredSafely(url) {
  const u = new URL(url);
  if (u.protocol !== "https:") return;
  // ok: MCP-543
  window.open(u.href, "_blank", "noopener");
}

export const client = new Client({ name: "web", version: "1.0.0" });
