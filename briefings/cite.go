package briefings

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// citeNode is a citation such as [S1] or [S1, S2] found by citeParser.
type citeNode struct {
	ast.BaseInline
	IDs []string
}

var kindCite = ast.NewNodeKind("Citation")

// Kind implements ast.Node.
func (n *citeNode) Kind() ast.NodeKind { return kindCite }

// Dump implements ast.Node.
func (n *citeNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// citeParser turns [S1] and [S1, S2] into citeNodes. It runs before
// goldmark's link parser, so a citation never becomes a link even when a
// reference definition [S1]: ... exists; an escaped \[S1] is left alone
// because goldmark never offers escaped punctuation to inline parsers.
type citeParser struct{}

func (citeParser) Trigger() []byte { return []byte{'['} }

func (citeParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	ids, n := matchCite(line)
	if n == 0 {
		return nil
	}
	block.Advance(n)
	return &citeNode{IDs: ids}
}

// matchCite matches a citation at the start of b and returns its ids and
// length, or 0 when b does not start with one. IDs are one to three capital
// letters then one to four digits (S1, S12, R3), so that bracketed words
// such as [sic] stay text. A citation followed by "(" is left to the link
// parser: [S1](url) is a link.
func matchCite(b []byte) ([]string, int) {
	if len(b) < 3 || b[0] != '[' {
		return nil, 0
	}
	var ids []string
	i := 1
	for {
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		j := i
		for j < len(b) && j-i < 3 && b[j] >= 'A' && b[j] <= 'Z' {
			j++
		}
		if j == i {
			return nil, 0
		}
		k := j
		for k < len(b) && k-j < 4 && b[k] >= '0' && b[k] <= '9' {
			k++
		}
		if k == j {
			return nil, 0
		}
		ids = append(ids, string(b[i:k]))
		i = k
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		if i >= len(b) {
			return nil, 0
		}
		switch b[i] {
		case ',', ';':
			i++
			continue
		case ']':
			i++
			if i < len(b) && b[i] == '(' {
				return nil, 0
			}
			return ids, i
		}
		return nil, 0
	}
}
