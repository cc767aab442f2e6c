package secrets

import "testing"

func TestDataLoads(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
}

func TestProvider(t *testing.T) {
	yes := map[string]string{
		"AKIAIOSFODNN7EXAMPLQ":                           "aws-access-key-id",
		"token ghp_R8zL2kQv9XwT4mN7pB3cJ6dF1hY5sA0eUoKi": "github-token",
		"sk-proj-Zq8Lw3Kp9Tx2Vb7Nm4Rc1Hd6Fg5Js0YaEoUi":   "openai-key",
		"sk-ant-api03-Zq8Lw3Kp9Tx2Vb7Nm4Rc1Hd6Fg5Js0Ya":  "anthropic-key",
		"xoxb-1234567890-abcdefghijkl":                   "slack-token",
		"-----BEGIN RSA PRIVATE KEY-----\nMIIE":          "private-key",
		"AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW":        "google-api-key",
	}
	for v, kind := range yes {
		m, ok := Provider(v)
		if !ok || m.Kind != kind {
			t.Errorf("%q: got %v %v, want %s", v, m, ok, kind)
		}
	}
	for _, v := range []string{"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIAXXXXXXXXXXXXXXXX",
		"your-api-key", "sk-your-key-here-please-replace", "hello world"} {
		if m, ok := Provider(v); ok {
			t.Errorf("%q: reported as %v", v, m)
		}
	}
}

func TestHighEntropyAndExemptions(t *testing.T) {
	for _, v := range []string{"9f8Kx2LqP7vB3nZ6mT1wR4yC8hJ5dS0g", "Bearer 9f8Kx2LqP7vB3nZ6mT1wR4yC8hJ5dS0g"} {
		if _, ok := HighEntropy(v); !ok {
			t.Errorf("%q: not high-entropy", v)
		}
	}
	for _, v := range []string{"changeme", "${GITHUB_TOKEN}", "aaaaaaaaaaaaaaaaaaaaaa", "/usr/local/bin/server", "https://example.com/path/to/x",
		"this is a sentence with words", "<your-token-here>", "abcabcabcabcabcabc", "${input:token}", "{env:TOKEN}"} {
		if _, ok := HighEntropy(v); ok {
			t.Errorf("%q: high-entropy", v)
		}
	}
	for _, v := range []string{"${X}", "$HOME", "%APPDATA%", "{env:KEY}", "${input:api-key}", "op://vault/item/field"} {
		if !Reference(v) {
			t.Errorf("%q: not a reference", v)
		}
	}
	if Literal("xxx") || Literal("") || !Literal("hunter2-secret!") {
		t.Error("Literal")
	}
}

func FuzzSecrets(f *testing.F) {
	for _, s := range []string{"ghp_R8zL2kQv9XwT4mN7pB3cJ6dF1hY5sA0eUoKi", "${x}", "Bearer abc", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := Provider(s); ok && (m.Start < 0 || m.End > len(s) || m.Start > m.End) {
			t.Fatalf("bad match %v", m)
		}
		_, _ = HighEntropy(s)
		_ = Placeholder(s)
	})
}
