package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"os/exec"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

type runner struct{ dir string }

func (r *runner) exec(line string) error {
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir = r.dir
	return cmd.Run()
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	r := &runner{dir: "/srv"}
	return nil, nil, r.exec("make " + in.Arg)
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
