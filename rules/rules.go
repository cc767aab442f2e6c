// Package rules embeds the built-in threat catalog: one YAML file per rule,
// in a folder per category, with the rule's fixtures beside it.
package rules

import "embed"

// FS holds every rule file and fixture. Rule files are at <folder>/<ID>.yaml.
//
//go:embed */*
var FS embed.FS
