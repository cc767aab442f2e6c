//go:build ignore

// Fixture for MCP-583: a struct named like the SDK's in code that is not MCP code.
package wizard

type ElicitParams struct{ URL string }

func invite(token string) ElicitParams {
	// ok: MCP-583 -- not an MCP-context file
	return ElicitParams{URL: "https://app.example.com/join?token=" + token}
}
