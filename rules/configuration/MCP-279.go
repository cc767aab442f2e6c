//go:build ignore

// Fixture for MCP-279: a Go MCP server that signs in to an upstream API.
package upstream

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"
)

const mcpServerURL = "https://crm-mcp.example.com/mcp"

var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)

func exchange(ctx context.Context, conf *oauth2.Config, code, verifier string) (*oauth2.Token, error) {
	// ruleid: MCP-279
	tok, err := conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return nil, err
	}
	// ok: MCP-279
	tok, err = conf.Exchange(ctx, code, oauth2.VerifierOption(verifier), oauth2.SetAuthURLParam("resource", mcpServerURL))
	return tok, err
}

func exchangeWithOptions(ctx context.Context, conf *oauth2.Config, code, verifier string) (*oauth2.Token, error) {
	opts := []oauth2.AuthCodeOption{oauth2.VerifierOption(verifier)}
	opts = append(opts, oauth2.SetAuthURLParam("resource", mcpServerURL))
	// deepok: MCP-279 -- the resource option is built before the call; deep mode sees it
	return conf.Exchange(ctx, code, opts...)
}

func exchangeWithoutResource(ctx context.Context, conf *oauth2.Config, code, verifier string) (*oauth2.Token, error) {
	opts := []oauth2.AuthCodeOption{oauth2.VerifierOption(verifier)}
	opts = append(opts, oauth2.AccessTypeOffline)
	// ruleid: MCP-279 -- options built over statements, without resource
	return conf.Exchange(ctx, code, opts...)
}

func postFormBuilt(tokenURL, code string) (*http.Response, error) {
	vals := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	vals.Set("resource", mcpServerURL)
	// deepok: MCP-279 -- resource set on the form before the call
	return http.PostForm(tokenURL, vals)
}

func rawExchange(ctx context.Context, tokenURL, code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	// ruleid: MCP-279
	res, err := http.PostForm(tokenURL, form)
	if err != nil {
		return nil, err
	}
	res.Body.Close()
	// ok: MCP-279
	res, err = http.PostForm(tokenURL, url.Values{"code": {code}, "resource": {mcpServerURL}})
	if err != nil {
		return nil, err
	}
	res.Body.Close()
	// ruleid: MCP-279
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	// ok: MCP-279 -- a GET of the metadata document, not a token request
	meta, err := http.NewRequestWithContext(ctx, http.MethodGet, tokenURL+"/.well-known", nil)
	_ = meta
	return http.DefaultClient.Do(req)
}
