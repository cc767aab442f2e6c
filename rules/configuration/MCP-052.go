//go:build ignore

// Fixture for MCP-052: a go-sdk MCP server over Streamable HTTP.
package main

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

const localAddr = "127.0.0.1:8080"

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)
	port := os.Getenv("PORT")

	// ruleid: MCP-052
	http.ListenAndServe(":8080", handler)
	// ruleid: MCP-052
	http.ListenAndServe(":"+port, handler)
	// ruleid: MCP-052
	http.ListenAndServe(fmt.Sprintf("0.0.0.0:%s", port), handler)
	// ok: MCP-052 -- loopback
	http.ListenAndServe("127.0.0.1:8080", handler)
	// ok: MCP-052 -- loopback through a constant
	http.ListenAndServe(localAddr, handler)
	// ok: MCP-052 -- address from the environment, not visible here
	http.ListenAndServe(os.Getenv("ADDR"), handler)

	// ruleid: MCP-052
	l, _ := net.Listen("tcp", ":9090")
	// ok: MCP-052 -- loopback
	l2, _ := net.Listen("tcp", "localhost:9090")
	go http.Serve(l, handler)
	go http.Serve(l2, handler)

	client := &http.Client{Transport: &http.Transport{
		// ruleid: MCP-052
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	// ruleid: MCP-052
	cfg.InsecureSkipVerify = true
	// ok: MCP-052 -- verification on
	safe := &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
	_, _, _ = client, cfg, safe
}
