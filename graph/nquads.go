package graph

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// FormatQuad writes one quad as an N-Quads line (without the newline) that
// any RDF 1.1 parser accepts: datatype IRIs are expanded (Cayley's own
// writer emits "^^<xsd:dateTime>"), and strings are escaped per the grammar.
func FormatQuad(q quad.Quad) string {
	var b strings.Builder
	b.WriteString(FormatValue(q.Subject))
	b.WriteByte(' ')
	b.WriteString(FormatValue(q.Predicate))
	b.WriteByte(' ')
	b.WriteString(FormatValue(q.Object))
	if q.Label != nil {
		b.WriteByte(' ')
		b.WriteString(FormatValue(q.Label))
	}
	b.WriteString(" .")
	return b.String()
}

// FormatValue writes one term in N-Quads syntax.
func FormatValue(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return "<" + escapeIRI(string(v.Full())) + ">"
	case quad.BNode:
		return v.String()
	case quad.String:
		return quoteLiteral(string(v))
	case quad.LangString:
		return quoteLiteral(string(v.Value)) + "@" + v.Lang
	case quad.TypedString:
		return quoteLiteral(string(v.Value)) + "^^<" + escapeIRI(string(v.Type.Full())) + ">"
	case quad.TypedStringer:
		return FormatValue(v.TypedString())
	}
	return quoteLiteral(quad.StringOf(v))
}

func quoteLiteral(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func escapeIRI(s string) string {
	if !strings.ContainsAny(s, "<>\"{}|^`\\ \t\n\r") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ParseQuad reads one N-Quads line, held to the RDF 1.1 N-Quads grammar
// (Cayley's own parser is lenient and mis-splits terms written without
// spaces between them). Typed literals of known datatypes (xsd:dateTime,
// xsd:integer, ...) become Cayley's native values, the form in which
// eventgraph stores them, so that Gizmo compares dates natively.
func ParseQuad(line string) (quad.Quad, error) {
	p := &lineScanner{s: line}
	var q quad.Quad
	for i, what := range []string{"subject", "predicate", "object", "graph label"} {
		p.space()
		if p.done() || (i == 3 && p.peek() == '.') {
			if i < 3 {
				return quad.Quad{}, fmt.Errorf("incomplete quad: no %s", what)
			}
			break
		}
		var v quad.Value
		var err error
		switch c := p.peek(); {
		case c == '<':
			var s string
			s, err = p.iri()
			v = quad.IRI(s)
		case c == '_' && i != 1:
			v, err = p.bnode()
		case c == '"' && i == 2:
			v, err = p.literal()
		default:
			kinds := "an IRI or blank node"
			if i == 1 {
				kinds = "an IRI"
			} else if i == 2 {
				kinds = "an IRI, blank node or literal"
			}
			return quad.Quad{}, fmt.Errorf("the %s must be %s, not %q", what, kinds, firstWord(line[p.i:]))
		}
		if err != nil {
			return quad.Quad{}, fmt.Errorf("the %s: %w", what, err)
		}
		q.Set(quad.Direction(i+1), v)
	}
	p.space()
	if p.done() || p.peek() != '.' {
		return quad.Quad{}, fmt.Errorf("missing the final \" .\"")
	}
	p.i++
	p.space()
	if !p.done() && p.peek() != '#' {
		return quad.Quad{}, fmt.Errorf("unexpected %q after the final dot", firstWord(line[p.i:]))
	}
	return q, nil
}

type lineScanner struct {
	s string
	i int
}

func (p *lineScanner) done() bool { return p.i >= len(p.s) }
func (p *lineScanner) peek() byte { return p.s[p.i] }
func (p *lineScanner) space() {
	for !p.done() && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

// iri reads an IRIREF: not empty, no spaces, controls or any of
// <>"{}|^`\ except in \u escapes (which it decodes), and absolute.
func (p *lineScanner) iri() (string, error) {
	end := strings.IndexByte(p.s[p.i+1:], '>')
	if end < 0 {
		return "", fmt.Errorf("unterminated IRI")
	}
	raw := p.s[p.i+1 : p.i+1+end]
	p.i += end + 2
	if raw == "" {
		return "", fmt.Errorf("empty IRI <>")
	}
	if plainIRI(raw) { // the common case: nothing to decode, so no copy
		return raw, nil
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '\\' {
			r, n, err := uchar(raw[i:])
			if err != nil {
				return "", fmt.Errorf("IRI <%s>: %w", raw, err)
			}
			b.WriteRune(r)
			i += n - 1
			continue
		}
		if c <= 0x20 || strings.IndexByte("<>\"{}|^`", c) >= 0 {
			return "", fmt.Errorf("IRI <%s> has a character IRIs may not hold (%q)", raw, c)
		}
		b.WriteByte(c)
	}
	s := b.String()
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("IRI <%s> is not UTF-8", raw)
	}
	if !strings.Contains(s, ":") {
		return "", fmt.Errorf("IRI <%s> is not absolute (no scheme)", raw)
	}
	return s, nil
}

// plainIRI reports whether raw is a valid IRIREF body as it stands: no
// escapes, no character IRIs may not hold, UTF-8, absolute.
func plainIRI(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if iriStop[raw[i]] {
			return false
		}
	}
	return strings.IndexByte(raw, ':') >= 0
}

// iriStop marks the bytes plainIRI stops at: controls and space, the
// characters IRIs may not hold, the backslash of escapes, and non-ASCII.
var iriStop = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c <= 0x20 || c >= 0x80 || strings.IndexByte("\\<>\"{}|^`", byte(c)) >= 0
	}
	return t
}()

// uchar decodes a \uXXXX or \UXXXXXXXX escape at the start of s.
func uchar(s string) (rune, int, error) {
	if len(s) < 2 || (s[1] != 'u' && s[1] != 'U') {
		return 0, 0, fmt.Errorf("backslash that is no \\u escape")
	}
	n := 4
	if s[1] == 'U' {
		n = 8
	}
	if len(s) < 2+n {
		return 0, 0, fmt.Errorf("short \\%c escape", s[1])
	}
	v, err := strconv.ParseUint(s[2:2+n], 16, 32)
	if err != nil || !utf8.ValidRune(rune(v)) {
		return 0, 0, fmt.Errorf("malformed \\%c escape", s[1])
	}
	return rune(v), 2 + n, nil
}

func (p *lineScanner) bnode() (quad.Value, error) {
	if !strings.HasPrefix(p.s[p.i:], "_:") {
		return nil, fmt.Errorf("malformed blank node %q", firstWord(p.s[p.i:]))
	}
	j := p.i + 2
	for j < len(p.s) && (isNameByte(p.s[j]) || p.s[j] == '.') {
		j++
	}
	for j > p.i+2 && p.s[j-1] == '.' { // a trailing dot ends the statement
		j--
	}
	if j == p.i+2 {
		return nil, fmt.Errorf("empty blank node label")
	}
	label := p.s[p.i+2 : j]
	p.i = j
	if !utf8.ValidString(label) {
		return nil, fmt.Errorf("blank node label is not UTF-8")
	}
	return quad.BNode(label), nil
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func (p *lineScanner) literal() (quad.Value, error) {
	var b strings.Builder
	j := p.i + 1
	for {
		if j >= len(p.s) {
			return nil, fmt.Errorf("unterminated string")
		}
		c := p.s[j]
		if c == '"' {
			break
		}
		if c == '\n' || c == '\r' {
			return nil, fmt.Errorf("raw line break in a string")
		}
		if c != '\\' {
			b.WriteByte(c)
			j++
			continue
		}
		if j+1 >= len(p.s) {
			return nil, fmt.Errorf("unterminated string")
		}
		if e, ok := echar[p.s[j+1]]; ok {
			b.WriteByte(e)
			j += 2
			continue
		}
		r, n, err := uchar(p.s[j:])
		if err != nil {
			return nil, err
		}
		b.WriteRune(r)
		j += n
	}
	p.i = j + 1
	text := b.String()
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("string is not UTF-8")
	}
	switch {
	case strings.HasPrefix(p.s[p.i:], "^^"):
		p.i += 2
		if p.done() || p.peek() != '<' {
			return nil, fmt.Errorf("datatype must be an IRI")
		}
		dt, err := p.iri()
		if err != nil {
			return nil, fmt.Errorf("datatype: %w", err)
		}
		ts := quad.TypedString{Value: quad.String(text), Type: quad.IRI(dt)}
		if v, err := ts.ParseValue(); err == nil {
			if _, still := v.(quad.TypedString); !still {
				return v, nil
			}
		}
		return ts, nil
	case !p.done() && p.peek() == '@':
		j := p.i + 1
		for j < len(p.s) && (isAlpha(p.s[j]) || (j > p.i+1 && (p.s[j] == '-' || (p.s[j] >= '0' && p.s[j] <= '9')))) {
			j++
		}
		if j == p.i+1 {
			return nil, fmt.Errorf("empty language tag")
		}
		lang := p.s[p.i+1 : j]
		p.i = j
		return quad.LangString{Value: quad.String(text), Lang: lang}, nil
	}
	return quad.String(text), nil
}

var echar = map[byte]byte{'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', '\'': '\'', '\\': '\\'}

func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}
