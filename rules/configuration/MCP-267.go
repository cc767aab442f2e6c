//go:build ignore

// Fixture for MCP-267: go-sdk session ID generators.
package main

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var counter int64

func servers() []*mcp.Server {
	impl := &mcp.Implementation{Name: "files", Version: "1.0.0"}
	return []*mcp.Server{
		mcp.NewServer(impl, &mcp.ServerOptions{
			// ruleid: MCP-267
			GetSessionID: func() string { return strconv.FormatInt(atomic.AddInt64(&counter, 1), 10) },
		}),
		mcp.NewServer(impl, &mcp.ServerOptions{
			// ruleid: MCP-267
			GetSessionID: func() string { return fmt.Sprint(time.Now().UnixNano()) },
		}),
		mcp.NewServer(impl, &mcp.ServerOptions{
			// ok: MCP-267 -- crypto/rand
			GetSessionID: func() string { return rand.Text() },
		}),
		// ok: MCP-267 -- the SDK default is crypto/rand
		mcp.NewServer(impl, nil),
	}
}

func handler(w http.ResponseWriter, r *http.Request) {
	// ruleid: MCP-267
	sessionID := strconv.FormatInt(time.Now().Unix(), 10)
	// ok: MCP-267 -- a timestamp for a log line
	started := time.Now()
	w.Header().Set("X-Started", started.String())
	// ruleid: MCP-267
	w.Header().Set("Mcp-Session-Id", strconv.Itoa(int(atomic.AddInt64(&counter, 1))))
	_ = sessionID
}
