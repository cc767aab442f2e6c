// Fixture for MCP-541: OAuthClientProvider implementations of TypeScript MCP clients.
import { promises as fsp, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import type { OAuthClientInformationFull, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";
import keytar from "keytar";

const DIR = join(process.env.HOME ?? ".", ".crm-mcp");
// ruleid: MCP-541
const SHARED_TOKEN_FILE = join(tmpdir(), "crm-mcp-tokens.json");

export class FileProvider implements Partial<OAuthClientProvider> {
  // ruleid: MCP-541
  saveTokens(tokens: OAuthTokens) {
    writeFileSync(join(DIR, "tokens.json"), JSON.stringify(tokens));
  }
  // ruleid: MCP-541
  async saveClientInformation(info: OAuthClientInformationFull) {
    await fsp.writeFile(join(DIR, "client.json"), JSON.stringify(info), "utf8");
  }
  // ok: MCP-541 -- mode 0600
  saveCodeVerifier(verifier: string) {
    writeFileSync(join(DIR, "verifier"), verifier, { mode: 0o600 });
  }
}

export class HelperProvider implements Partial<OAuthClientProvider> {
  // ok: MCP-541 -- written through a project helper (which sets the mode itself)
  async saveTokens(tokens: OAuthTokens) {
    await writeJsonFile("tokens.json", tokens);
  }
}

declare function writeJsonFile(name: string, data: unknown): Promise<void>;

export const keychainProvider: Partial<OAuthClientProvider> = {
  // ok: MCP-541 -- OS keychain
  saveTokens: async (tokens: OAuthTokens) => {
    await keytar.setPassword("crm-mcp", "tokens", JSON.stringify(tokens));
  },
};

export const browserProvider: Partial<OAuthClientProvider> = {
  saveTokens: (tokens: OAuthTokens) => {
    // ruleid: MCP-541
    localStorage.setItem("mcp_tokens", JSON.stringify(tokens));
  },
};

export function rememberTheme(theme: string) {
  // ok: MCP-541 -- not a secret
  localStorage.setItem("theme", theme);
}

export function scratch() {
  // ok: MCP-541 -- not tokens
  return join(tmpdir(), "render-cache");
}
