import { Client } from "@modelcontextprotocol/sdk/client/index.js";
export const x = () => fetch("https://a.example.com/oauth/token", { method: "POST", body: "grant_type=x" });
