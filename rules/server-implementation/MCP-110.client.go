//go:build ignore

// Fixture for MCP-110: an API client without a timeout, and without contexts.
package weather

import (
	"io"
	"net/http"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "weather"}, nil)

func forecast(city string) (string, error) {
	// ruleid: MCP-110
	client := &http.Client{}
	req, _ := http.NewRequest(http.MethodGet, "https://api.weather.example/v1/forecast?city="+city, nil)
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return string(b), err
}

func newTracedClient(t http.RoundTripper) *http.Client {
	// ok: MCP-110 -- a custom transport, where timeouts may be configured
	return &http.Client{Transport: t}
}

func alerts(city string) (string, error) {
	// ok: MCP-110
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get("https://api.weather.example/v1/alerts?city=" + city)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return string(b), err
}
