package lang

import (
	sitter "github.com/tree-sitter/go-tree-sitter"
)

// QualifiedName returns the dotted name an expression stands for, with the
// head identifier resolved through the file's imports:
//
//	import subprocess as sp;  sp.run          → subprocess.run
//	from requests import post; post           → requests.post
//	const { exec } = require('child_process') → child_process.exec
//	import osexec "os/exec"; osexec.Command   → os/exec.Command
//
// Calls in a chain are dropped (requests.Session().post →
// requests.Session.post); parts that are not names become "?". Names the
// imports do not bind stay as written (conf.Exchange → conf.Exchange).
func QualifiedName(n *sitter.Node, src *Source, imps *Imports) string {
	return qualify(n, src, imps, 0)
}

const maxQualifyDepth = 32

func qualify(n *sitter.Node, src *Source, imps *Imports, depth int) string {
	if n == nil || depth > maxQualifyDepth {
		return "?"
	}
	switch n.Kind() {
	case "identifier", "property_identifier", "field_identifier", "package_identifier", "type_identifier",
		"this", "self", "super":
		name := src.Text(n)
		if im, ok := imps.Lookup(name); ok {
			return im.Target()
		}
		return name
	case "attribute": // Python a.b
		return qualify(n.ChildByFieldName("object"), src, imps, depth+1) + "." + textOrQ(n.ChildByFieldName("attribute"), src)
	case "member_expression": // JS a.b, a?.b
		return qualify(n.ChildByFieldName("object"), src, imps, depth+1) + "." + textOrQ(n.ChildByFieldName("property"), src)
	case "selector_expression": // Go a.b
		return qualify(n.ChildByFieldName("operand"), src, imps, depth+1) + "." + textOrQ(n.ChildByFieldName("field"), src)
	case "qualified_type": // Go mcp.Tool in a composite literal
		return qualify(n.ChildByFieldName("package"), src, imps, depth+1) + "." + textOrQ(n.ChildByFieldName("name"), src)
	case "subscript_expression": // JS a["b"]
		idx := n.ChildByFieldName("index")
		obj := qualify(n.ChildByFieldName("object"), src, imps, depth+1)
		if idx != nil && idx.Kind() == "string" {
			return obj + "." + stringValue(idx, src)
		}
		return obj + ".?"
	case "call", "call_expression":
		fn := n.ChildByFieldName("function")
		if fn != nil && fn.Kind() == "identifier" && src.Text(fn) == "require" {
			if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
				if a := args.NamedChild(0); a.Kind() == "string" {
					return normalizeModule(stringValue(a, src))
				}
			}
		}
		return qualify(fn, src, imps, depth+1)
	case "new_expression":
		return qualify(n.ChildByFieldName("constructor"), src, imps, depth+1)
	case "await", "await_expression", "parenthesized_expression", "non_null_expression", "unary_expression":
		// Python's await, JS/TS await and x!, Go's &T{} all wrap the
		// expression that names the thing.
		if inner := n.ChildByFieldName("operand"); inner != nil {
			return qualify(inner, src, imps, depth+1)
		}
		if n.NamedChildCount() > 0 {
			return qualify(n.NamedChild(0), src, imps, depth+1)
		}
	case "composite_literal": // Go T{...}
		return qualify(n.ChildByFieldName("type"), src, imps, depth+1)
	case "generic_type": // Go T[U]
		return qualify(n.ChildByFieldName("type"), src, imps, depth+1)
	}
	return "?"
}

func textOrQ(n *sitter.Node, src *Source) string {
	if n == nil {
		return "?"
	}
	return src.Text(n)
}
