// Fixture for MCP-275: server-supplied URLs and names opened through a shell (MCP client code).
import open from "open";
import { exec, execFile, spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import {
  discoverAuthorizationServerMetadata,
  startAuthorization,
  type OAuthClientProvider,
} from "@modelcontextprotocol/sdk/client/auth.js";

function launch(target: string) {
  // ruleid: MCP-275 -- reached from the providers below through a helper (deep mode)
  exec(`xdg-open "${target}"`);
}

export class OpenProvider implements Partial<OAuthClientProvider> {
  async redirectToAuthorization(authorizationUrl: URL): Promise<void> {
    // ruleid: MCP-275
    await open(authorizationUrl.toString());
  }
}

export class WindowsProvider implements Partial<OAuthClientProvider> {
  redirectToAuthorization(url: URL): void {
    // ruleid: MCP-275 -- cmd /c start parses & and ^ in the URL
    spawn("cmd", ["/c", "start", "", url.href]);
  }
}

export class ShellProvider implements Partial<OAuthClientProvider> {
  redirectToAuthorization(url: URL): void {
    // ruleid: MCP-275 -- any parameter name: the URL comes from the authorization server
    exec(`open "${url.href}"`);
  }
}

export class HelperProvider implements Partial<OAuthClientProvider> {
  redirectToAuthorization(authorizationUrl: URL): void {
    launch(authorizationUrl.href);
  }
}

export async function loginFlow(serverUrl: string, clientInformation: any, redirectUrl: string) {
  const metadata = await discoverAuthorizationServerMetadata(new URL(serverUrl));
  // ruleid: MCP-275 -- authorization_endpoint chosen by the server
  exec(`start ${metadata!.authorization_endpoint}`);
  const { authorizationUrl } = await startAuthorization(serverUrl, { metadata, clientInformation, redirectUrl });
  launch(authorizationUrl.href);
}

export async function announce(client: Client) {
  const info = client.getServerVersion();
  // ruleid: MCP-275 -- the server names itself (CVE-2025-62801)
  exec(`notify-send "Connected to ${info?.name}"`);
}

// ---- must not fire ---------------------------------------------------------

export class SafeProvider implements Partial<OAuthClientProvider> {
  redirectToAuthorization(authorizationUrl: URL): void {
    if (authorizationUrl.protocol !== "https:") {
      throw new Error("refusing a non-https authorization URL");
    }
    // ok: MCP-275 -- no shell: the URL is one argument of xdg-open
    execFile("xdg-open", [authorizationUrl.href]);
  }
}

export class RundllProvider implements Partial<OAuthClientProvider> {
  redirectToAuthorization(url: URL): void {
    // ok: MCP-275 -- rundll32 url.dll,FileProtocolHandler does not go through cmd
    spawn("rundll32", ["url.dll,FileProtocolHandler", url.href]);
  }
}

export function openDocs() {
  // ok: MCP-275 -- a constant URL
  void open("https://modelcontextprotocol.io/docs");
  // ok: MCP-275 -- a constant command
  exec("xdg-settings get default-web-browser");
}

export function openLocal(path: string) {
  // ok: MCP-275 -- a local value, not supplied by a server
  exec(`code ${JSON.stringify(path)}`);
}
