// Fixture for MCP-543: a React host UI that shows MCP tool data.
import DOMPurify from "dompurify";
import { marked } from "marked";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";

export function ToolCard({ tool, result }: { tool: Tool; result: CallToolResult }) {
  const first = result.content[0];
  const text = first.type === "text" ? first.text : "";
  // ruleid: MCP-543
  const description = <p dangerouslySetInnerHTML={{ __html: tool.description ?? "" }} />;
  // ok: MCP-543 -- sanitized
  const body = <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(text) as string) }} />;
  // ok: MCP-543 -- a constant
  const rule = <hr dangerouslySetInnerHTML={{ __html: "&nbsp;" }} />;
  // ok: MCP-543 -- text rendering
  const raw = <pre>{text}</pre>;
  return (
    <section>
      {description}
      {body}
      {rule}
      {raw}
    </section>
  );
}

export function Markdown({ source }: { source: string }) {
  // ruleid: MCP-543
  const html = marked.parse(source) as string;
  // ruleid: MCP-543
  return <article dangerouslySetInnerHTML={{ __html: html }} />;
}
