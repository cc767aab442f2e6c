//go:build ignore

// Fixture for MCP-580: a struct with the same field in code that is not MCP code.
package llm

type Request struct {
	IncludeContext string
	MaxTokens      int
}

func build() Request {
	// ok: MCP-580 -- not an MCP-context file
	return Request{IncludeContext: "allServers", MaxTokens: 10}
}
