// Package lang knows the languages mcpsafe parses: which file extensions
// they cover, their tree-sitter grammars, and per-file facts derived from
// a parse (imports, qualified names, comments, positions).
//
// It is the only package that uses cgo. Parsers are not safe for concurrent
// use: each scan worker owns a Parsers value. Compiled queries and
// languages are immutable and shared.
package lang

import (
	"path"
	"strings"
	"sync"

	sitter "github.com/tree-sitter/go-tree-sitter"
	tsgo "github.com/tree-sitter/tree-sitter-go/bindings/go"
	tsjs "github.com/tree-sitter/tree-sitter-javascript/bindings/go"
	tspy "github.com/tree-sitter/tree-sitter-python/bindings/go"
	tsts "github.com/tree-sitter/tree-sitter-typescript/bindings/go"
)

// ID names a grammar. TypeScript and TSX are separate grammars but one rule
// language (Code "ts").
type ID string

// Grammars.
const (
	Python     ID = "python"
	JavaScript ID = "javascript"
	TypeScript ID = "typescript"
	TSX        ID = "tsx"
	Go         ID = "go"
)

// Language describes one grammar.
type Language struct {
	ID ID
	// Code is the language code used in rule files and fixtures: py, js, ts
	// or go. TSX shares "ts" with TypeScript.
	Code string
	// Name is for people.
	Name string
	// Extensions lists the file name suffixes, with the dot.
	Extensions []string
	// LineComment starts a comment that runs to the end of the line.
	LineComment string

	grammar *sitter.Language
	// funcSyms marks the symbols that start a function scope (IsFunction).
	funcOnce sync.Once
	funcSyms []bool
}

// Grammar returns the tree-sitter language.
func (l *Language) Grammar() *sitter.Language { return l.grammar }

var (
	python = &Language{ID: Python, Code: "py", Name: "Python", Extensions: []string{".py", ".pyi"}, LineComment: "#",
		grammar: sitter.NewLanguage(tspy.Language())}
	javascript = &Language{ID: JavaScript, Code: "js", Name: "JavaScript", Extensions: []string{".js", ".mjs", ".cjs", ".jsx"}, LineComment: "//",
		grammar: sitter.NewLanguage(tsjs.Language())}
	typescript = &Language{ID: TypeScript, Code: "ts", Name: "TypeScript", Extensions: []string{".ts", ".mts", ".cts"}, LineComment: "//",
		grammar: sitter.NewLanguage(tsts.LanguageTypescript())}
	tsx = &Language{ID: TSX, Code: "ts", Name: "TSX", Extensions: []string{".tsx"}, LineComment: "//",
		grammar: sitter.NewLanguage(tsts.LanguageTSX())}
	golang = &Language{ID: Go, Code: "go", Name: "Go", Extensions: []string{".go"}, LineComment: "//",
		grammar: sitter.NewLanguage(tsgo.Language())}
)

// All lists every grammar in a fixed order.
var All = []*Language{python, javascript, typescript, tsx, golang}

// Codes lists the rule language codes in a fixed order.
var Codes = []string{"py", "js", "ts", "go"}

// ByID returns the language with that ID, or nil.
func ByID(id ID) *Language {
	for _, l := range All {
		if l.ID == id {
			return l
		}
	}
	return nil
}

// ByCode returns the grammars a rule language code covers ("ts" covers
// TypeScript and TSX), or nil for an unknown code.
func ByCode(code string) []*Language {
	var out []*Language
	for _, l := range All {
		if l.Code == code {
			out = append(out, l)
		}
	}
	return out
}

// ValidCode reports whether code is a source language code.
func ValidCode(code string) bool { return len(ByCode(code)) > 0 }

// Detect returns the language of a file by its name, or nil. Declaration
// files (.d.ts) hold no code and are not detected.
func Detect(name string) *Language {
	base := strings.ToLower(path.Base(name))
	if strings.HasSuffix(base, ".d.ts") || strings.HasSuffix(base, ".d.mts") || strings.HasSuffix(base, ".d.cts") {
		return nil
	}
	ext := path.Ext(base)
	for _, l := range All {
		for _, e := range l.Extensions {
			if e == ext {
				return l
			}
		}
	}
	return nil
}
