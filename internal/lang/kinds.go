package lang

import (
	"strings"
	"sync"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/tsq"
)

// kindQueries caches the one-capture queries of NodesOfKind per language
// and kind list.
var kindQueries sync.Map // kindKey -> *kindQuery

type kindKey struct {
	id    ID
	kinds string
}

type kindQuery struct {
	once sync.Once
	q    *sitter.Query // nil when no kind exists in the grammar
}

// NodesOfKind returns the named nodes of the given kinds inside n (n
// included), in document order, parents before their children. Kinds the
// grammar does not have are ignored. A query walks the tree in C: walking
// it from Go costs several cgo calls and a string per node, and whole-file
// walks were a tenth of the engine's time.
func (l *Language) NodesOfKind(n *sitter.Node, src []byte, kinds ...string) []sitter.Node {
	key := kindKey{l.ID, strings.Join(kinds, " ")}
	v, _ := kindQueries.LoadOrStore(key, &kindQuery{})
	kq := v.(*kindQuery)
	kq.once.Do(func() {
		var alts []string
		for _, k := range kinds {
			if l.grammar.IdForNodeKind(k, true) != 0 {
				alts = append(alts, "("+k+")")
			}
		}
		if len(alts) == 0 {
			return
		}
		q, err := sitter.NewQuery(l.grammar, "["+strings.Join(alts, " ")+"] @n")
		if err != nil {
			panic("lang: node kind query: " + err.Error())
		}
		kq.q = q
	})
	if kq.q == nil {
		return nil
	}
	cur := sitter.NewQueryCursor()
	defer cur.Close()
	cur.Matches(kq.q, n, src)
	it := tsq.New(cur)
	defer it.Close()
	var out []sitter.Node
	for it.Next() {
		for _, c := range it.Match().Captures {
			out = append(out, c.Node)
		}
	}
	return out
}
