//go:build ignore

// Fixture for MCP-544: Go proxies starting stdio MCP servers (mcp-go client, go-sdk CommandTransport).
package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"

	"github.com/mark3labs/mcp-go/client"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var servers = map[string][]string{
	"git":  {"uvx", "mcp-server-git"},
	"time": {"uvx", "mcp-server-time"},
}

func connectCommand(ctx context.Context, name string, args ...string) (*mcp.ClientSession, error) {
	c := mcp.NewClient(&mcp.Implementation{Name: "hub"}, nil)
	// ruleid: MCP-544 -- reached from launch through a helper (deep mode)
	cmd := exec.CommandContext(ctx, name, args...)
	return c.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
}

func stdio(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	// ruleid: MCP-544
	c, err := client.NewStdioMCPClient(q.Get("command"), os.Environ(), q["arg"]...)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer c.Close()
	json.NewEncoder(w).Encode("connected")
}

func launch(w http.ResponseWriter, r *http.Request) {
	session, err := connectCommand(r.Context(), r.FormValue("command"), r.FormValue("arg"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer session.Close()
	json.NewEncoder(w).Encode("connected")
}

type addIn struct {
	Name    string   `json:"name"`
	Command string   `json:"command"`
	Args    []string `json:"args"`
}

func addServer(ctx context.Context, req *mcp.CallToolRequest, in addIn) (*mcp.CallToolResult, any, error) {
	cfg := map[string]any{"mcpServers": map[string]any{in.Name: map[string]any{"command": in.Command, "args": in.Args}}}
	data, _ := json.MarshalIndent(cfg, "", "  ")
	// ruleid: MCP-544 -- persisted into the client configuration
	err := os.WriteFile(os.ExpandEnv("$HOME/.cursor/mcp.json"), data, 0o600)
	return nil, "added", err
}

// ---- must not fire ---------------------------------------------------------

func known(w http.ResponseWriter, r *http.Request) {
	def, ok := servers[r.URL.Query().Get("server")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	// ok: MCP-544 -- looked up by name in a constant table
	c, err := client.NewStdioMCPClient(def[0], nil, def[1:]...)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer c.Close()
	json.NewEncoder(w).Encode("connected")
}

func timeServer(ctx context.Context) (*mcp.ClientSession, error) {
	c := mcp.NewClient(&mcp.Implementation{Name: "hub"}, nil)
	// ok: MCP-544 -- constant command
	return c.Connect(ctx, &mcp.CommandTransport{Command: exec.Command("uvx", "mcp-server-time")}, nil)
}

func saveNote(ctx context.Context, req *mcp.CallToolRequest, in addIn) (*mcp.CallToolResult, any, error) {
	// ok: MCP-544 -- data written to a file that is not a client configuration
	err := os.WriteFile("/tmp/note.txt", []byte(in.Name), 0o600)
	return nil, "saved", err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "hub"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "add_server"}, addServer)
	mcp.AddTool(s, &mcp.Tool{Name: "save_note"}, saveNote)
	http.HandleFunc("/stdio", stdio)
	http.HandleFunc("/launch", launch)
	http.HandleFunc("/known", known)
	http.ListenAndServe("127.0.0.1:6277", nil)
}
