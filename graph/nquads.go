package graph

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
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
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			fmt.Fprintf(&b, `\u%04X`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ParseQuad reads one N-Quads line. Typed literals of known datatypes
// (xsd:dateTime, xsd:integer, ...) become Cayley's native values, the form
// in which eventgraph stores them, so that Gizmo compares dates natively.
func ParseQuad(line string) (quad.Quad, error) {
	if err := checkTerms(line); err != nil {
		return quad.Quad{}, err
	}
	q, err := nquads.Parse(line)
	if err != nil {
		return quad.Quad{}, err
	}
	for _, d := range quad.Directions {
		if ts, ok := q.Get(d).(quad.TypedString); ok {
			ts.Type = ts.Type.Full()
			if v, err := ts.ParseValue(); err == nil {
				q.Set(d, v)
			} else {
				q.Set(d, ts)
			}
		}
	}
	return q, nil
}

// checkTerms rejects what Cayley's lenient parser lets through but RDF 1.1
// N-Quads does not: a subject or predicate that is no IRI or blank node, an
// object that is a bare word, a line without its final dot.
func checkTerms(line string) error {
	pos := 0
	skip := func() {
		for pos < len(line) && (line[pos] == ' ' || line[pos] == '\t') {
			pos++
		}
	}
	for i, what := range []string{"subject", "predicate", "object"} {
		skip()
		if pos >= len(line) {
			return fmt.Errorf("incomplete quad: no %s", what)
		}
		switch c := line[pos]; {
		case c == '<':
			end := strings.IndexByte(line[pos:], '>')
			if end < 0 {
				return fmt.Errorf("unterminated IRI in the %s", what)
			}
			pos += end + 1
		case strings.HasPrefix(line[pos:], "_:") && i != 1:
			for pos < len(line) && line[pos] != ' ' && line[pos] != '\t' {
				pos++
			}
		case c == '"' && i == 2:
			return checkEnd(line)
		default:
			return fmt.Errorf("the %s must be an IRI%s, not %q", what, map[bool]string{true: ", blank node or literal", false: " or blank node"}[i == 2], firstWord(line[pos:]))
		}
	}
	return checkEnd(line)
}

func checkEnd(line string) error {
	if !strings.HasSuffix(strings.TrimRight(line, " \t"), ".") {
		return fmt.Errorf("missing the final \" .\"")
	}
	return nil
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}
