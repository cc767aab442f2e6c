// Package json renders a scan result as the JSON report of the output
// contract (docs/report.schema.json).
package json

import (
	"encoding/json"
	"io"

	"github.com/mcpsafe/mcpsafe/internal/result"
)

// Write encodes the result, indented, with a trailing newline.
func Write(w io.Writer, res *result.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
}

// WriteMulti encodes the reports of several targets as one object with a
// results array.
func WriteMulti(w io.Writer, results []*result.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(result.Multi{SchemaVersion: result.SchemaVersion, Results: results})
}
