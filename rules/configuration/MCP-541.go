//go:build ignore

// Fixture for MCP-541: token stores of Go MCP clients.
package client

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/zalando/go-keyring"
	"golang.org/x/oauth2"
)

type FileTokenStore struct{ Path string }

func (s *FileTokenStore) GetToken(ctx context.Context) (*transport.Token, error) { return nil, nil }

func (s *FileTokenStore) SaveToken(ctx context.Context, t *transport.Token) error {
	b, _ := json.Marshal(t)
	// ruleid: MCP-541
	return os.WriteFile(s.Path, b, 0644)
}

type PrivateStore struct{ Path string }

func (s *PrivateStore) SaveToken(ctx context.Context, t *transport.Token) error {
	b, _ := json.Marshal(t)
	// ok: MCP-541
	return os.WriteFile(s.Path, b, 0o600)
}

type KeyringStore struct{}

func (KeyringStore) SaveToken(ctx context.Context, t *transport.Token) error {
	b, _ := json.Marshal(t)
	// ok: MCP-541 -- OS keychain
	return keyring.Set("crm-mcp", "token", string(b))
}

func persist(tok *oauth2.Token) error {
	b, _ := json.Marshal(tok)
	// ruleid: MCP-541
	f, err := os.OpenFile(filepath.Join(os.Getenv("HOME"), ".crm", "token.json"), os.O_CREATE|os.O_WRONLY, 0666)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.Write(b)
	return err
}

func tokenPath() string {
	// ruleid: MCP-541
	return filepath.Join(os.TempDir(), "crm-mcp-token.json")
}

func writeReport(b []byte) error {
	// ok: MCP-541 -- not a token store
	return os.WriteFile("report.txt", b, 0644)
}
