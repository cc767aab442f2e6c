// Package catalog loads and validates rule files: the threat catalog as
// data. A rule file is YAML decoded strictly (unknown fields are errors),
// then checked field by field; every error names the file and the field.
//
// The catalog knows the shape of matchers but not how to run them: the
// engine compiles and evaluates them.
package catalog

import (
	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// Category codes and their names, as in the reference catalog.
var Categories = map[string]string{
	"SI":  "Server Implementation",
	"CE":  "Configuration & Environment",
	"IDF": "Interaction & Data Flow",
	"TDL": "Tool Definition & Lifecycle",
}

// Gates say when a rule may fire.
const (
	// GateMCPFile: only in files that import an MCP SDK.
	GateMCPFile = "mcp-file"
	// GateMCPProject: anywhere in a project with MCP context.
	GateMCPProject = "mcp-project"
	// GateAny: no MCP precondition.
	GateAny = "any"
)

// Scan types.
const (
	ScanFast  = "fast"
	ScanDeep  = "deep"
	ScanProbe = "probe"
)

// Rule is one catalog entry: its documentation and its matcher.
type Rule struct {
	ID       string           `yaml:"id"`
	Name     string           `yaml:"name"`
	Title    string           `yaml:"title"`
	Severity finding.Severity `yaml:"severity"`
	CWE      string           `yaml:"cwe"`
	// Category is a code: SI, CE, IDF or TDL.
	Category string `yaml:"category"`
	// ScanType is fast, deep or probe.
	ScanType string `yaml:"scan_type"`
	// Languages are the inputs the rule covers: py, js, ts, go (source),
	// and later manifest, config, description, probe.
	Languages []string `yaml:"languages"`
	Gate      string   `yaml:"gate"`
	// Message is the finding message. {{capture}} is replaced by the
	// text of that capture.
	Message string `yaml:"message"`

	What   string `yaml:"what"`
	WhyMCP string `yaml:"why_mcp"`
	// VulnerableExample and SecureExample map a language code to a code
	// sample. The samples carry fixture annotations (ruleid:/ok:) and are
	// checked like fixtures; the annotations are stripped when shown.
	VulnerableExample map[string]string `yaml:"vulnerable_example"`
	SecureExample     map[string]string `yaml:"secure_example"`
	// Detection says how the rule works and what it misses.
	Detection  string   `yaml:"detection"`
	References []string `yaml:"references"`

	// Keywords is the prefilter: the rule runs on a file only when the
	// file contains at least one of them (exact bytes). Empty means
	// always.
	Keywords []string `yaml:"keywords"`
	// Supersedes lists rules this one owns the occurrence over: when both
	// report the same span, the superseded finding is dropped.
	Supersedes []string `yaml:"supersedes"`
	// Deprecated rules keep their ID and never run.
	Deprecated bool `yaml:"deprecated"`

	Patterns []Pattern `yaml:"patterns"`
	// Taint is the dataflow specification of deep rules.
	Taint *Taint `yaml:"taint"`
	// Documents match non-source files (manifests, Dockerfiles, client
	// configurations, …) and Descriptions the tool model (documents.go).
	Documents    []DocPattern  `yaml:"documents"`
	Descriptions []DescPattern `yaml:"descriptions"`
	// Part names the inputs a rule file adds to a rule defined over
	// several files (<ID>.<part>.yaml; parts.go).
	Part string `yaml:"part"`

	// Path is where the rule was loaded from, for messages.
	Path string `yaml:"-"`
	// Builtin is true for rules embedded in the binary.
	Builtin bool `yaml:"-"`
}

// CategoryName returns the category's full name.
func (r *Rule) CategoryName() string { return Categories[r.Category] }

// Pattern is one structural matcher: a tree-sitter query for some
// languages, conditions on its captures, and the capture to report.
type Pattern struct {
	// Languages are rule language codes (py, js, ts, go) the query is
	// compiled for; "ts" covers TypeScript and TSX.
	Languages []string `yaml:"languages"`
	// Query is a tree-sitter query. Its text predicates (#eq?, #match?,
	// #not-eq?, #not-match?, #any-of?) are evaluated by tree-sitter.
	Query string `yaml:"query"`
	// Report names the capture whose node the finding is located at.
	Report string `yaml:"report"`
	// Where lists conditions that must all hold for a match to be
	// reported.
	Where []Condition `yaml:"where"`
	// Message overrides the rule message for this pattern.
	Message string `yaml:"message"`
	// Modes limits the pattern to fast or deep mode. A rule's fast
	// pattern with single-line semantics and its deep replacement (MCP-279)
	// are two patterns with one mode each. Empty means both.
	Modes []string `yaml:"modes"`
}

// Condition is one test on a match. Exactly one test field is set; Capture
// names the capture it applies to when the test needs one.
type Condition struct {
	Capture string `yaml:"capture"`

	// Matches / NotMatches: a regular expression (RE2 syntax) that the
	// capture's text must / must not contain a match of.
	Matches    string `yaml:"matches"`
	NotMatches string `yaml:"not_matches"`
	// LineMatches / LineNotMatches: the same on the full source line the
	// capture starts on (single-line rules, such as MCP-279 v1).
	LineMatches    string `yaml:"line_matches"`
	LineNotMatches string `yaml:"line_not_matches"`
	// ResolvesTo: the capture, read as a name, resolves through the
	// file's imports to one of these qualified names. "*" matches one
	// name segment or more inside a pattern ("*.fetch_token",
	// "subprocess.*").
	ResolvesTo []string `yaml:"resolves_to"`
	// FileImports: the file imports one of these modules (module
	// patterns as in MCP-context markers: "golang.org/x/oauth2/...",
	// "mcp.*", "@modelcontextprotocol/*").
	FileImports []string `yaml:"file_imports"`

	// HasArg: the call (or constructor, composite literal) captured has
	// an argument of this name: a Python keyword argument, a property of
	// an object-literal argument, a Go keyed field or functional option
	// (an argument calling a function of this name). A dotted name looks
	// inside nested values ("annotations.destructiveHint"). Identifiers
	// are followed to the literal they are bound to in the same file; a
	// splat (**kwargs, ...opts) counts as "maybe present", so a missing
	// option is only reported when it is certainly missing.
	HasArg string `yaml:"has_arg"`
	// HasArgDefinitely is HasArg without the benefit of the doubt: a
	// splat or a value the engine cannot see does not count.
	HasArgDefinitely string `yaml:"has_arg_definitely"`
	// ArgMatches: the named argument is present and its value (constants
	// resolved) matches the regular expression.
	ArgMatches *ArgMatch `yaml:"arg_matches"`
	// ValueMatches: the capture's value matches, where an identifier is
	// replaced by the literal it is bound to in the same function or at
	// module level, when it is bound exactly once.
	ValueMatches string `yaml:"value_matches"`
	// Constant: the capture is (true) or is not (false) a constant: a
	// literal without interpolation, a name bound once to one, or a
	// concatenation of constants.
	Constant *bool `yaml:"constant"`
	// FileMatches: the file's text matches (no capture).
	FileMatches string `yaml:"file_matches"`
	// FunctionMatches: the text of the innermost function around the
	// capture (the whole file at module scope) matches.
	FunctionMatches string `yaml:"function_matches"`
	// BeforeMatches: the text of that function before the capture
	// matches: "something happens earlier in the same function".
	BeforeMatches string `yaml:"before_matches"`
	// HandlerMatches: the capture is inside an MCP handler whose text
	// matches.
	HandlerMatches string `yaml:"handler_matches"`
	// InHandler: the capture is inside a function registered as an MCP
	// handler of one of these kinds: tool, prompt, resource, or any.
	InHandler []string `yaml:"in_handler"`
	// ToolInput: the capture's value derives (true) or does not derive
	// (false) from the client-controlled parameters of the enclosing MCP
	// handler, following local assignments within the handler.
	ToolInput *bool `yaml:"tool_input"`
	// ModuleScope: the capture is (true) or is not (false) outside every
	// function.
	ModuleScope *bool `yaml:"module_scope"`
	// ProjectLacks / ProjectHas: no / some source file of the project
	// matches the regular expression (no capture). Evaluated once the
	// whole project has been read.
	ProjectLacks string `yaml:"project_lacks"`
	ProjectHas   string `yaml:"project_has"`

	// Not negates a condition; Any holds when one of its conditions
	// holds.
	Not *Condition  `yaml:"not"`
	Any []Condition `yaml:"any"`
}

// ArgMatch names an argument and a regular expression for its value.
type ArgMatch struct {
	Name  string `yaml:"name"`
	Regex string `yaml:"regex"`
}

// Taint is a deep rule's dataflow specification: where attacker-controlled
// values come from, where they must not arrive, and what makes them safe.
// Deep mode follows values across statements, functions and files; fast
// mode runs the same specification within one function.
type Taint struct {
	// Sources are built-in source kinds: tool-input, prompt-input,
	// resource-input (parameters of MCP handlers), plus the kinds the
	// rule's source specs define.
	Sources []string `yaml:"sources"`
	// SourceSpecs define sources by calls or reads (os.getenv("…_TOKEN"),
	// process.env.X, requests.get(…) in a handler).
	SourceSpecs []TaintSpec `yaml:"source_specs"`
	Sinks       []TaintSpec `yaml:"sinks"`
	// Sanitizers are calls whose result is safe for this rule.
	Sanitizers []TaintSpec `yaml:"sanitizers"`
	// Guards are checks: a value tested by one (in an if whose other
	// branch leaves the function, or in the branch it guards) is safe
	// afterwards. A guard may require the value to carry a tag first.
	Guards []TaintSpec `yaml:"guards"`
	// Tags are calls that mark their result (a path made absolute and
	// symlink-free by realpath is tagged "resolved").
	Tags []TaintSpec `yaml:"tags"`
	// GuardThrough are calls whose result, when a guard or an allow-list
	// check tests it, tests their arguments: checking
	// urlparse(url).hostname checks url; checking path.relative(root, p)
	// checks p. Args selects the arguments.
	GuardThrough []TaintSpec `yaml:"guard_through"`
	// AssumedSanitizers are calls trusted to sanitize only while the
	// analysis cannot read their body: fast mode sees one file, so
	// validatePath imported from ./lib is a black box there, and a name
	// that says it validates is the best evidence there is. Deep mode
	// analyses the callee when it finds it and ignores the assumption.
	AssumedSanitizers []TaintSpec `yaml:"assumed_sanitizers"`
	// AllowListGuards makes membership and equality tests against
	// constants (x in ALLOWED, x === "a") guards.
	AllowListGuards bool `yaml:"allow_list_guards"`
	// SafePrefix is a regular expression: a value built by appending to a
	// constant prefix that matches it is safe for the rule. MCP-060 uses
	// "scheme://host/": once the host is written, the rest of the URL
	// cannot change it.
	SafePrefix string `yaml:"safe_prefix"`
	// SafeBase matches names of configuration values (API_BASE,
	// self.base_url) that count as a fixed prefix when a constant part
	// starting with "/" follows them.
	SafeBase string `yaml:"safe_base"`
	// KeepConstrained reports values whose schema only admits numbers,
	// booleans or enumerations; by default they are not attacker-shaped
	// and are dropped.
	KeepConstrained bool `yaml:"keep_constrained"`
}

// TaintSpec matches calls (by qualified callee name, imports resolved),
// reads (by dotted path), or the values MCP handlers return.
type TaintSpec struct {
	Languages []string `yaml:"languages"`
	// Calls are qualified-name patterns ("subprocess.run", "*.execute").
	Calls []string `yaml:"calls"`
	// Names is a regular expression on the called function's own name
	// (the last segment of the qualified name: validatePath of
	// ./lib.validatePath or this.validatePath), for naming conventions
	// that globs cannot say, such as case-insensitive families.
	Names string `yaml:"names"`
	// Reads are dotted-path patterns of variable reads ("os.environ",
	// "process.env"); KeyMatches filters the key read below them.
	Reads      []string `yaml:"reads"`
	KeyMatches string   `yaml:"key_matches"`
	// Returns lists handler kinds whose returned values are this sink:
	// tool, prompt, resource.
	Returns []string `yaml:"returns"`
	// Args selects the arguments that matter: positional indexes ("0"),
	// keyword names ("shell"), or "receiver". Empty means all.
	Args []string `yaml:"args"`
	// Where are conditions on the matched call, captured as "call".
	Where []Condition `yaml:"where"`
	// Kind names the source kind a source spec produces.
	Kind string `yaml:"kind"`
	// Tag is the tag a tag spec adds, or the tag a guard requires.
	Tag string `yaml:"tag"`
	// Note describes the match in traces ("shell command").
	Note string `yaml:"note"`
}
