import { Client } from "@modelcontextprotocol/sdk/client/index.js";
test("exchange", async () => { await fetch("https://a.example.com/oauth/token", { method: "POST", body: "grant_type=x" }); });
