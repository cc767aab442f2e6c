// Package ir is the small, language-neutral representation deep mode
// analyses: functions made of assignments, calls, returns, branches and
// loops over expressions whose only job is to say where values come from.
// It is lowered from the tree-sitter trees of Python, JavaScript,
// TypeScript/TSX and Go (lower_*.go), so the dataflow engine (package
// taint) is written once for all of them.
//
// The IR keeps positions, not syntax nodes: a project's trees are closed
// as soon as each file is lowered, and only this compact form stays in
// memory for the whole-project analysis. What must be decided on the tree
// (does this call match a rule's sink, with its conditions?) is decided
// during lowering by an Annotator and recorded as Hits.
package ir

import (
	"sync/atomic"

	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Pos is a source position: 1-based lines, code-point columns; End is
// exclusive.
type Pos struct {
	Line, Col, EndLine, EndCol int
}

// Module is one lowered file.
type Module struct {
	// File is relative to the target root, with forward slashes.
	File string
	Lang *lang.Language
	// Init holds the module-level code.
	Init *Func
	// Funcs lists every function of the file, nested ones and function
	// literals included, Init first. Init and Funcs are nil while the
	// module is packed (Pack).
	Funcs []*Func
	// IsMCP says whether the file imports an MCP SDK.
	IsMCP bool
	// Package is the Go package name (Go files only).
	Package string
	// HasSource says that tainted data can start here: a function is an
	// MCP handler, or a call or a read matched a rule's source. A module
	// without one only carries taint that comes from another module
	// (taint.Relevant).
	HasSource bool
	// CallImports lists, once each, the import specifiers of the calls
	// that name an imported function (Call.Import): the only way a call
	// reaches a module of another file, besides Go's package.
	CallImports []string
	// CallNames lists, once each, the names Go calls may find in their
	// package: bare callees (helper) and the method of a call on a value
	// (s.run); nil in other languages, whose calls without an import stay
	// in their file.
	CallNames []string
	// Defines lists the names of the Go functions and methods at the top
	// of the file (nil in other languages): what CallNames of the
	// package's other files may find here.
	Defines []string

	// packed holds Init and Funcs while the module is packed (pack.go),
	// and the bodies of a module unpacked lazily, whose strings are strs.
	packed []byte
	// spill locates the packed bytes when a Spill wrote them to its file
	// (packed is then nil).
	spill   *spilled
	strs    []string
	damaged atomic.Pointer[error]
}

// Func is a function, method, lambda or function literal.
type Func struct {
	Module *Module
	// Name is the function's own name ("" for anonymous functions).
	Name string
	// Class is the class (Python/JS) or receiver type (Go) of a method.
	Class  string
	Params []Param
	// Body is nil in a module unpacked lazily: read a body with Stmts.
	Body []Stmt
	Pos  Pos
	// Parent is the function a closure is defined in.
	Parent *Func
	// Handler describes the MCP registration when the function is a
	// tool, prompt or resource handler.
	Handler *Handler
	// Index is the function's position in Module.Funcs.
	Index int

	// body is the packed body of a function unpacked lazily (Stmts).
	body []byte
}

// Param is one parameter; a destructuring parameter binds several names.
type Param struct {
	Names []string
	Index int
	Type  string
	Pos   Pos
	// Variadic parameters take every remaining positional argument.
	Variadic bool
}

// Handler is the MCP facts of a handler function.
type Handler struct {
	Kind   string // tool, prompt, resource
	Name   string
	Inputs []string
	// Constrained holds inputs (or input paths such as "in.Count") whose
	// schema allows only numbers, booleans or an enumeration: values an
	// attacker cannot turn into an injection.
	Constrained map[string]bool
}

// Stmt is a statement.
type Stmt interface{ stmt() }

// Expr is an expression.
type Expr interface{ expr() }

// Target is the left side of an assignment: a variable or a field path
// (x, self.v, params.resource), and, for destructuring, the part of the
// value it takes (From).
type Target struct {
	Path []string
	// From selects a part of the assigned value: the key of a
	// destructured property. Empty means the whole value.
	From []string
	// Weak is set when the target is only a part of Path's value
	// (d[k] = v with a dynamic key, list.append): the old taint stays.
	Weak bool
}

// Assign binds Value to Targets.
type Assign struct {
	Targets []Target
	Value   Expr
	Pos     Pos
	// Aug is set for augmented assignment (x += y): the old value flows
	// on.
	Aug bool
}

// ExprStmt evaluates an expression for its effects.
type ExprStmt struct{ X Expr }

// Return returns a value (X may be nil).
type Return struct {
	X   Expr
	Pos Pos
	// Line is the source line, kept for returns of MCP handlers (tool
	// output can be a sink).
	Line string
}

// Exit ends the function abnormally: raise, throw, panic, or a call that
// does not return (sys.exit, process.exit, log.Fatal).
type Exit struct{}

// If is a branch. ThenExits/ElseExits say the branch always leaves the
// function (return, raise, throw), which makes its condition a guard for
// the code after the if.
type If struct {
	Cond                 Expr
	Then, Else           []Stmt
	ThenExits, ElseExits bool
}

// Loop is a loop body, run zero or more times.
type Loop struct{ Body []Stmt }

func (*Assign) stmt()   {}
func (*ExprStmt) stmt() {}
func (*Return) stmt()   {}
func (*Exit) stmt()     {}
func (*If) stmt()       {}
func (*Loop) stmt()     {}

// Name reads a variable or a field path of one (x, self.v, in.Path,
// request.params.arguments).
type Name struct {
	Path []string
	Pos  Pos
	Hits []Hit
}

// Const is a literal. Str holds a string literal's value.
type Const struct {
	Str      string
	IsString bool
}

// Call is a call, a constructor call or a method call.
type Call struct {
	// Callee is the qualified name of the called function, imports
	// resolved (subprocess.run, child_process.exec, os/exec.Command,
	// helper, self.helper).
	Callee string
	// Recv is the receiver of a method call on an expression, or nil.
	Recv Expr
	Args []Arg
	Pos  Pos
	// Hits are the rule specs this call matched during lowering.
	Hits []Hit
	// Line is the source line of a call that matched a sink, for
	// reports.
	Line string
	// Lit is a function literal called in place; nil otherwise.
	Lit *Func
	// Import is the module specifier the callee's head name was imported
	// from ("./utils.js", ".helpers", "example.com/m/internal/x"), and
	// Member the rest of the name inside it ("run", "Client.get"); both
	// are "" when the head is not an imported name.
	Import, Member string
}

// Arg is one argument.
type Arg struct {
	// Name is the keyword of a Python keyword argument, else "".
	Name  string
	Index int
	Value Expr
	// Splat marks *args, **kwargs and ...spread.
	Splat bool
}

// Op combines operands: operators, string interpolation (f-strings,
// template literals, %, .format), comparisons and boolean logic. Kind is
// "concat" for string building (operands in order, constant parts kept),
// "" for other value-combining operators, or one of "in", "notin", "eq",
// "neq", "not", "and", "or" for conditions.
type Op struct {
	Kind string
	Args []Expr
}

// Attr reads a field of a non-name expression (f().x).
type Attr struct {
	X    Expr
	Name string
}

// Index reads an element (x[k]).
type Index struct {
	X    Expr
	Key  Expr
	Hits []Hit
	Pos  Pos
}

// Container is a list, tuple, set, dict, object or composite literal.
type Container struct{ Elems []Elem }

// Elem is one element; Key names a dict/object/struct entry.
type Elem struct {
	Key    string
	Value  Expr
	Spread bool
}

// FuncLit is a function defined inline (lambda, arrow function, closure).
type FuncLit struct{ F *Func }

// Await unwraps an awaited value.
type Await struct{ X Expr }

func (*Name) expr()      {}
func (*Const) expr()     {}
func (*Call) expr()      {}
func (*Op) expr()        {}
func (*Attr) expr()      {}
func (*Index) expr()     {}
func (*Container) expr() {}
func (*FuncLit) expr()   {}
func (*Await) expr()     {}

// Role is what a rule spec says about a call or a read.
type Role int

// Roles.
const (
	RoleSink Role = iota + 1
	RoleSanitizer
	RoleSource
	RoleTag
	RoleGuard
	RolePropagate
	// RoleThrough marks a call whose result, when a guard checks it,
	// checks its arguments: urlparse(url).hostname, path.relative(root, p).
	RoleThrough
	// RoleAssumedSanitizer marks a call the analysis cannot look into
	// (defined in another file in fast mode, or nowhere it can read)
	// whose name says it validates: its result is taken as sanitized.
	// When deep mode resolves the callee, its summary decides instead.
	RoleAssumedSanitizer
)

// Hit records that a call or read matched a rule's spec.
type Hit struct {
	// Rule indexes the analysis's rule table.
	Rule int
	// Spec indexes the rule's specs of that role.
	Spec int
	Role Role
	// Args says which arguments a sink or guard looks at: positional
	// indexes, keyword names, "receiver"; empty means all.
	Args []string
	// Kind is the source kind of a source hit.
	Kind string
	// Tag is the tag a tag hit adds.
	Tag string
	// Note describes the hit for traces ("subprocess.run with shell=True").
	Note string
}
