// Fixture for MCP-543: an Electron MCP host handling server URLs.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { dialog, shell } from "electron";

export const client = new Client({ name: "desk", version: "1.0.0" }, { capabilities: { elicitation: { url: {} } } });

export const unsafeProvider: Partial<OAuthClientProvider> = {
  async redirectToAuthorization(authorizationUrl: URL) {
    // ruleid: MCP-543
    await shell.openExternal(authorizationUrl.toString());
  },
};

export const safeProvider: Partial<OAuthClientProvider> = {
  async redirectToAuthorization(authorizationUrl: URL) {
    if (authorizationUrl.protocol !== "https:") throw new Error("refusing a non-https authorization URL");
    // ok: MCP-543 -- scheme checked first
    await shell.openExternal(authorizationUrl.href);
  },
};

client.setRequestHandler(ElicitRequestSchema, async (request) => {
  if (request.params.mode !== "url") return { action: "decline" };
  const target = new URL(request.params.url);
  if (!["https:", "http:"].includes(target.protocol)) return { action: "decline" };
  // ruleid: MCP-543 -- elicitation URL fetched before the user agreed
  await fetch(request.params.url, { method: "HEAD" });
  const { response } = await dialog.showMessageBox({ message: `Open ${target.host}?`, buttons: ["Open", "Cancel"] });
  if (response !== 0) return { action: "decline" };
  // ok: MCP-543 -- scheme allow-list and consent first
  await shell.openExternal(target.href);
  return { action: "accept" };
});

export async function openDocs() {
  // ok: MCP-543 -- a constant URL
  await shell.openExternal("https://modelcontextprotocol.io/docs");
}

export function renderError(el: HTMLElement, message: string) {
  // ruleid: MCP-543
  el.insertAdjacentHTML("beforeend", `<p class="error">${message}</p>`);
  // ok: MCP-543
  el.insertAdjacentHTML("beforeend", "<hr/>");
}
