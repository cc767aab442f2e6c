package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const serversDir = "../../testdata/servers"

// runCLI runs mcpsafe in-process, as a user would from a shell.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"mcpsafe"}, args...), &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
		getenv: func(string) string { return "" }})
	return code, stdout.String(), stderr.String()
}

var (
	durationJSON = regexp.MustCompile(`"duration_ms": [0-9]+`)
	durationText = regexp.MustCompile(`(fast|deep) mode  ·  [0-9.]+ m?s`)
	resolvedJSON = regexp.MustCompile(`"resolved": "[^"]*"`)
	versionJSON  = regexp.MustCompile(`"version": "[^"]*"`)
)

// normalize removes what differs between machines and runs.
func normalize(s string) string {
	s = durationJSON.ReplaceAllString(s, `"duration_ms": 0`)
	s = durationText.ReplaceAllString(s, "$1 mode  ·  0 ms")
	s = resolvedJSON.ReplaceAllString(s, `"resolved": "<resolved>"`)
	s = versionJSON.ReplaceAllString(s, `"version": "<version>"`)
	return s
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("../../testdata/golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/cli -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./internal/cli -update rewrites it)\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

var servers = []struct {
	dir      string
	exitCode int
}{
	{"python-fastmcp", ExitFindings},
	{"typescript", ExitFindings},
	{"go-sdk", ExitFindings},
	{"not-mcp", ExitOK},
}

func TestScanGolden(t *testing.T) {
	for _, s := range servers {
		for _, format := range []string{"text", "json", "sarif"} {
			t.Run(s.dir+"/"+format, func(t *testing.T) {
				code, out, errOut := runCLI(t, "scan", filepath.Join(serversDir, s.dir), "--format", format)
				if code != s.exitCode {
					t.Fatalf("exit code %d, want %d; stderr: %s", code, s.exitCode, errOut)
				}
				if format == "sarif" {
					return // checked against the schema, not a golden file
				}
				golden(t, s.dir+"."+format, normalize(out))
			})
		}
	}
}

// TestScanFindsExactlyTheVulnerableLines pins MCP-279's findings on the
// end-to-end servers: each vulnerable line, and nothing else.
func TestScanFindsExactlyTheVulnerableLines(t *testing.T) {
	want := map[string][]string{
		"python-fastmcp": {"src/crm_mcp/legacy.py:9", "src/crm_mcp/upstream.py:20", "src/crm_mcp/upstream.py:29"},
		"typescript":     {"src/auth.ts:8"},
		"go-sdk":         {"internal/upstream/oauth.go:24", "internal/upstream/oauth.go:34"},
		"not-mcp":        nil,
	}
	for dir, lines := range want {
		_, out, _ := runCLI(t, "scan", filepath.Join(serversDir, dir), "--format", "json", "--rule", "MCP-279")
		var rep struct {
			Findings []struct {
				RuleID string `json:"rule_id"`
				File   string `json:"file"`
				Line   int    `json:"line"`
			} `json:"findings"`
			Suppressed []struct {
				File   string `json:"file"`
				Line   int    `json:"line"`
				Reason string `json:"reason"`
			} `json:"suppressed"`
			MCP struct {
				IsMCP  bool   `json:"is_mcp"`
				Reason string `json:"reason"`
			} `json:"mcp_context"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		var got []string
		for _, f := range rep.Findings {
			if f.RuleID != "MCP-279" {
				continue // other rules' findings are pinned by the golden files
			}
			got = append(got, f.File+":"+strconv.Itoa(f.Line))
		}
		if strings.Join(got, " ") != strings.Join(lines, " ") {
			t.Errorf("%s: findings at %v, want %v", dir, got, lines)
		}
		if dir == "not-mcp" {
			if rep.MCP.IsMCP || !strings.HasPrefix(rep.MCP.Reason, "not an MCP server: ") {
				t.Errorf("not-mcp: mcp_context = %+v", rep.MCP)
			}
		} else if !rep.MCP.IsMCP {
			t.Errorf("%s: not recognised as MCP: %s", dir, rep.MCP.Reason)
		}
		if dir == "python-fastmcp" && (len(rep.Suppressed) != 1 || rep.Suppressed[0].Line != 35 || !strings.Contains(rep.Suppressed[0].Reason, "nosem")) {
			t.Errorf("python-fastmcp: suppressed = %+v, want the nosem'd line 35 with its reason", rep.Suppressed)
		}
	}
}

func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(path)
	if err != nil {
		t.Fatalf("compiling %s: %v", path, err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, name, doc string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("%s: not JSON: %v", name, err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s does not validate: %v", name, err)
	}
}

// TestJSONReportValidates checks real output against docs/report.schema.json.
func TestJSONReportValidates(t *testing.T) {
	sch := compileSchema(t, "../../docs/report.schema.json")
	for _, s := range servers {
		_, out, _ := runCLI(t, "scan", filepath.Join(serversDir, s.dir), "--format", "json")
		validate(t, sch, s.dir, out)
	}
}

// TestSARIFValidates checks real output against the official SARIF 2.1.0
// schema (testdata/schemas/sarif-schema-2.1.0.json).
func TestSARIFValidates(t *testing.T) {
	sch := compileSchema(t, "../../testdata/schemas/sarif-schema-2.1.0.json")
	for _, s := range servers {
		_, out, _ := runCLI(t, "scan", filepath.Join(serversDir, s.dir), "--format", "sarif")
		validate(t, sch, s.dir, out)
		var log struct {
			Runs []struct {
				Tool struct {
					Driver struct {
						Rules []struct {
							ID         string         `json:"id"`
							HelpURI    string         `json:"helpUri"`
							Help       map[string]any `json:"help"`
							Properties map[string]any `json:"properties"`
							Default    struct {
								Level string `json:"level"`
							} `json:"defaultConfiguration"`
						} `json:"rules"`
					} `json:"driver"`
				} `json:"tool"`
				Results []struct {
					RuleID              string            `json:"ruleId"`
					PartialFingerprints map[string]string `json:"partialFingerprints"`
					Suppressions        []any             `json:"suppressions"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		rules := log.Runs[0].Tool.Driver.Rules
		if len(rules) == 0 {
			t.Fatalf("%s: no rules in the SARIF driver", s.dir)
		}
		for _, r := range rules {
			// INFO rules (level note) have no security-severity.
			if r.HelpURI == "" || r.Help["text"] == nil || (r.Properties["security-severity"] == nil && r.Default.Level != "note") {
				t.Errorf("%s: rule %s lacks help, helpUri or security-severity", s.dir, r.ID)
			}
			tags, _ := r.Properties["tags"].([]any)
			hasCWE := false
			for _, tag := range tags {
				if s, _ := tag.(string); strings.HasPrefix(s, "external/cwe/cwe-") {
					hasCWE = true
				}
			}
			if !hasCWE {
				t.Errorf("%s: rule %s has no CWE tag", s.dir, r.ID)
			}
		}
		for _, res := range log.Runs[0].Results {
			if res.PartialFingerprints["mcpsafe/v1"] == "" {
				t.Errorf("%s: result of %s has no partial fingerprint", s.dir, res.RuleID)
			}
		}
	}
}
