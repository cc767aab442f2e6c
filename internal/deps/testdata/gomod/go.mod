module github.com/acme/weather-mcp

go 1.24

toolchain go1.24.2

require (
	github.com/mark3labs/mcp-go v0.55.0
	github.com/modelcontextprotocol/go-sdk v1.3.0
	github.com/acme/fork-target v1.0.0
	golang.org/x/sync v0.10.0 // indirect
)

require github.com/docker/mcp-gateway v0.27.0

replace github.com/acme/fork-target => github.com/someone/fork-target v1.0.1

replace github.com/modelcontextprotocol/go-sdk v1.3.0 => github.com/modelcontextprotocol/go-sdk v1.4.1

replace github.com/docker/mcp-gateway => ../mcp-gateway
