package upstream

import (
	"context"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var _ mcp.Tool

func TestLogin(t *testing.T) {
	_, _ = conf.Exchange(context.Background(), "code")
}
