package ui

import (
	"bytes"
	"context"
	"fmt"

	"charm.land/glamour/v2/ansi"
	"github.com/brief-team/brief/briefings"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	astext "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Glamour's cost grows with nesting much faster than with text: every
// block quote or list re-wraps and re-pads all it contains, so the bytes
// it handles grow with the square of the depth (and with the width), and
// once a quote's prefixes ("│ ", two columns, counted as one) pass the
// wrap width every level re-wraps every line of the level below into
// several: the lines grow exponentially. 100 nested quotes in 300 bytes
// never finished (1.4 GB at 80 levels). Rendering is therefore bounded
// before glamour sees the markdown: nesting deeper than a limit is shown
// flat, with a note.
const (
	// maxNesting is the deepest nesting of block quotes and lists shown as
	// such. Briefings nest two or three levels; 16 keeps any sensible
	// document intact.
	maxNesting = 16
	// nestingBudget bounds the work of one chunk, counted as the sum over
	// its blocks of (bytes + width) x (2 + depth²): glamour takes 0.15 to
	// 0.5 µs per unit on the development machine (measured from 1 to 16
	// levels, 10 B to 8 KB, 40 to 200 columns), so about 100 ms. An 8 KB
	// chunk keeps five levels, a paragraph of 1 KB sixteen; a chunk over
	// it is shown less deep.
	nestingBudget = 300_000
)

// nestingCut says where a chunk's nesting was flattened.
type nestingCut struct {
	// line is the 1-based line, in the chunk's markdown, of the first
	// block shown flat.
	line int
	// depth is the number of levels still shown.
	depth int
}

// note is the text shown in the pane where nesting was cut.
func (c *nestingCut) note() string {
	if c.depth == 1 {
		return "nesting deeper than 1 level shown flat"
	}
	return fmt.Sprintf("nesting deeper than %d levels shown flat", c.depth)
}

// nestingKind reports whether a block adds a level of indentation.
func nestingKind(n ast.Node) bool {
	switch n.Kind() {
	case ast.KindBlockquote, ast.KindList, astext.KindDefinitionList:
		return true
	}
	return false
}

// passThrough reports whether a block only holds other blocks and adds no
// level of its own (its parent list does).
func passThrough(n ast.Node) bool {
	switch n.Kind() {
	case ast.KindDocument, ast.KindListItem, astext.KindDefinitionDescription:
		return true
	}
	return false
}

// leafBlock is a block drawn at the depth of its container: a paragraph, a
// heading, code, a table...
type leafBlock struct {
	n     ast.Node
	depth int
	bytes int
}

// leaves lists the leaf blocks under n in document order with their depth
// (depth is n's).
func leaves(n ast.Node, depth int, out []leafBlock) []leafBlock {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch {
		case nestingKind(c):
			out = leaves(c, depth+1, out)
		case passThrough(c):
			out = leaves(c, depth, out)
		default:
			out = append(out, leafBlock{n: c, depth: depth, bytes: blockBytes(c)})
		}
	}
	return out
}

// blockBytes is the size of a leaf block's source text.
func blockBytes(n ast.Node) int {
	if n.Type() != ast.TypeBlock {
		return 0
	}
	total := 0
	if lines := n.Lines(); lines != nil {
		for i := range lines.Len() {
			s := lines.At(i)
			total += s.Stop - s.Start
		}
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		total += blockBytes(c) // table rows and cells
	}
	return total
}

// nestingLimit is how deep a chunk may be shown: at most maxNesting, at
// most a level per four columns (so that indentation never takes more
// than half the width, where glamour's quotes explode), and shallower
// while the chunk's work is over nestingBudget.
func nestingLimit(ls []leafBlock, width int) int {
	limit := min(maxNesting, max(1, wrapWidth(width)/4))
	for ; limit > 0; limit-- {
		work := 0
		for _, l := range ls {
			d := min(l.depth, limit)
			work += (l.bytes + width) * (2 + d*d)
		}
		if work <= nestingBudget {
			break
		}
	}
	return limit
}

// boundNesting flattens what is nested deeper than the chunk's limit: each
// block quote or list at the first level past it is replaced by the leaf
// blocks it holds, and a note says so before the first. The note's text is
// cut.note(), to be appended to src for rendering. It returns nil when
// nothing was cut.
func boundNesting(doc ast.Node, src []byte, width int) *nestingCut {
	ls := leaves(doc, 0, nil)
	deepest := 0
	for _, l := range ls {
		deepest = max(deepest, l.depth)
	}
	limit := nestingLimit(ls, width)
	if deepest <= limit {
		return nil
	}
	// The containers at depth limit+1, outermost first.
	var cut []ast.Node
	var find func(n ast.Node, depth int)
	find = func(n ast.Node, depth int) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch {
			case nestingKind(c) && depth+1 > limit:
				cut = append(cut, c)
			case nestingKind(c):
				find(c, depth+1)
			case passThrough(c):
				find(c, depth)
			}
		}
	}
	find(doc, 0)
	result := &nestingCut{line: 1, depth: limit}
	top := cut[0]
	for top.Parent() != doc {
		top = top.Parent()
	}
	// The note's text follows the chunk's in the source the renderer
	// reads (see renderMarkdown); the parser never saw it.
	doc.InsertBefore(doc, top, noteParagraph(len(src), len(src)+len(result.note())))
	for i, c := range cut {
		parent := c.Parent()
		for j, l := range leaves(c, 0, nil) {
			if i == 0 && j == 0 {
				result.line = lineOf(l.n, src)
			}
			parent.InsertBefore(parent, c, asParagraph(l.n))
		}
		parent.RemoveChild(parent, c)
	}
	return result
}

// asParagraph returns a leaf block to be moved out of a list: a tight list
// item's text block becomes a paragraph of its own.
func asParagraph(n ast.Node) ast.Node {
	if n.Parent() != nil {
		n.Parent().RemoveChild(n.Parent(), n)
	}
	if n.Kind() != ast.KindTextBlock {
		return n
	}
	p := ast.NewParagraph()
	p.SetLines(n.Lines())
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		p.AppendChild(p, c)
		c = next
	}
	return p
}

// lineOf is the 1-based line of a block's first text in src.
func lineOf(n ast.Node, src []byte) int {
	for ; n != nil; n = n.FirstChild() {
		if n.Type() == ast.TypeBlock && n.Lines() != nil && n.Lines().Len() > 0 {
			return bytes.Count(src[:n.Lines().At(0).Start], []byte("\n")) + 1
		}
	}
	return 1
}

// noteParagraph is an emphasised paragraph whose text is src[start:stop].
func noteParagraph(start, stop int) ast.Node {
	p := ast.NewParagraph()
	em := ast.NewEmphasis(1)
	em.AppendChild(em, ast.NewTextSegment(text.NewSegment(start, stop)))
	p.AppendChild(p, em)
	return p
}

// newMarkdown is glamour's goldmark set-up (glamour.NewTermRenderer's
// extensions and parser options), built here so that the tree can be
// bounded between parsing and rendering.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.DefinitionList),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
}

// renderMarkdown renders markdown as glamour.TermRenderer.Render does, with
// its nesting bounded (see boundNesting), stopping between blocks once ctx
// is done.
func renderMarkdown(ctx context.Context, md string, width int, style ansi.StyleConfig) (string, *nestingCut, error) {
	src := []byte(briefings.CapBlanks(md))
	doc := newMarkdown().Parser().Parse(text.NewReader(src))
	cut := boundNesting(doc, src, width)
	if cut != nil {
		src = append(src, cut.note()...)
	}
	if err := ctx.Err(); err != nil {
		return "", nil, err
	}
	r := renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(
		cancellable{ctx: ctx, r: ansi.NewRenderer(ansi.Options{WordWrap: wrapWidth(width), Styles: style})}, 1000)))
	var out bytes.Buffer
	if err := r.Render(&out, src, doc); err != nil {
		return "", nil, err
	}
	return out.String(), cut, nil
}

// cancellable wraps a node renderer so that rendering stops at the next
// node once its context is done: a render must not outlive its reader.
type cancellable struct {
	ctx context.Context
	r   renderer.NodeRenderer
}

// RegisterFuncs implements renderer.NodeRenderer.
func (c cancellable) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	c.r.RegisterFuncs(registerFunc(func(k ast.NodeKind, f renderer.NodeRendererFunc) {
		reg.Register(k, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
			if err := c.ctx.Err(); err != nil {
				return ast.WalkStop, err
			}
			return f(w, src, n, entering)
		})
	}))
}

type registerFunc func(ast.NodeKind, renderer.NodeRendererFunc)

func (f registerFunc) Register(k ast.NodeKind, fn renderer.NodeRendererFunc) { f(k, fn) }
