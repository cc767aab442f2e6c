// Command server is an MCP server answering weather questions over stdio.
package main

import (
	"context"
	"log"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"example.com/weather-mcp/internal/upstream"
)

type forecastIn struct {
	City string `json:"city" jsonschema:"the city, e.g. Lisbon"`
}

type forecastOut struct {
	Summary string `json:"summary"`
}

func forecast(ctx context.Context, req *mcp.CallToolRequest, in forecastIn) (*mcp.CallToolResult, forecastOut, error) {
	s, err := upstream.Forecast(ctx, in.City)
	if err != nil {
		return nil, forecastOut{}, err
	}
	return nil, forecastOut{Summary: s}, nil
}

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "weather", Version: "v0.2.0"}, nil)
	mcp.AddTool(server, &mcp.Tool{Name: "forecast", Description: "Tomorrow's forecast for a city"}, forecast)
	if err := server.Run(context.Background(), &mcp.StdioTransport{}); err != nil {
		log.Fatal(err)
	}
}
