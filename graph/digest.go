package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// Digests. A query that shows an event reads some fifteen facts of it, each
// stated once per document that reports it, then the facts of its evidence
// spans; at a hundred thousand articles, resolving those values is most of
// a query's time. So the registry also holds, for every event, claim,
// evidence span and document, a digest: one quad, on a companion node of
// its own (schema.DigestNode), whose object is a JSON object
//
//	{"@id": "<node>", "sem:hasActor": [values...], ...}
//
// with every fact the documents state of the node, once: predicates as
// prefix:local (schema.Prefixes; others in angle brackets), values as a
// Gizmo script sees them (IRIs in angle brackets, strings, numbers,
// xsd:dateTime as RFC 3339 text). A query reads a thousand digests in one
// call (g.V(digest nodes).out()), as many quads as nodes. The store keeps
// them as it keeps names: added facts merge in; removing any reads the
// node's facts again; the result depends only on the set of documents.

var (
	digestPred    = quad.IRI(schema.Digest)
	digestClasses = map[string]bool{
		schema.ClassEvent: true, schema.ClassActor: true, schema.ClassPlace: true, schema.ClassRole: true,
	}
)

// digest is a node's facts as a query sees them: by predicate (digestKey),
// the set of its values, each in its JSON form.
type digest map[string]map[string]bool

// digEntry is what the store holds of a node's digest: has is false when
// it has none; text is the literal written.
type digEntry struct {
	has   bool
	facts digest
	text  string
	// stale are more digest texts of the node, left by a write cut short
	// between its two transactions: they go, and the digest is computed
	// again from the node's facts.
	stale []string
}

// digCacheGen is the size of a generation of the digest cache.
const digCacheGen = 20000

// digestDelta adds or removes the digest quad of node x with the literal t.
func digestDelta(x quad.IRI, t quad.Value, a cgraph.Procedure) cgraph.Delta {
	return cgraph.Delta{Quad: quad.Quad{Subject: digestNodeOf(x), Predicate: digestPred, Object: t, Label: regGraph}, Action: a}
}

// digestNodeOf is the companion node of x.
func digestNodeOf(x quad.IRI) quad.IRI { return quad.IRI(schema.DigestNode(string(x))) }

// jsonValue renders v as a Gizmo script receives it, in JSON.
func jsonValue(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return jsonString(string(v))
	case quad.IRI:
		return jsonString("<" + string(v) + ">")
	case quad.Time:
		return jsonString(time.Time(v).Format(time.RFC3339Nano))
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		if f := float64(v); !math.IsNaN(f) && !math.IsInf(f, 0) {
			return strconv.FormatFloat(f, 'g', -1, 64)
		}
	case quad.Bool:
		return strconv.FormatBool(bool(v))
	}
	return jsonString(quad.StringOf(v))
}

// jsonString quotes s as a JSON string (without HTML escapes).
func jsonString(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			plain = false
			break
		}
	}
	if plain && utf8.ValidString(s) {
		return `"` + s + `"`
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r) // an invalid byte becomes U+FFFD, as in encoding/json
		}
	}
	b.WriteByte('"')
	return b.String()
}

// digestNamespaces are schema.Prefixes' namespaces, longest first.
var digestNamespaces = func() [][2]string {
	var out [][2]string
	for p, ns := range schema.Prefixes() {
		out = append(out, [2]string{p, ns})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i][1]) != len(out[j][1]) {
			return len(out[i][1]) > len(out[j][1])
		}
		return out[i][0] < out[j][0]
	})
	return out
}()

// digestKey is a predicate's key in a digest: prefix:local for the longest
// namespace of schema.Prefixes that starts it, else the IRI in angle
// brackets. (The prelude's keyOf computes the same.)
func digestKey(p quad.Value) string {
	if iri, ok := p.(quad.IRI); ok {
		for _, n := range digestNamespaces {
			if strings.HasPrefix(string(iri), n[1]) {
				return n[0] + ":" + string(iri)[len(n[1]):]
			}
		}
	}
	return quad.StringOf(p)
}

// add puts one fact into d.
func (d digest) add(q quad.Quad) {
	p := digestKey(q.Predicate)
	vs := d[p]
	if vs == nil {
		vs = map[string]bool{}
		d[p] = vs
	}
	vs[jsonValue(q.Object)] = true
}

// isDigested says whether the facts make the node one that has a digest.
func (d digest) isDigested() bool {
	for v := range d[digestKey(typePred)] {
		if len(v) > 4 && digestClasses[v[2:len(v)-2]] {
			return true
		}
	}
	return false
}

// text is the digest's literal: keys and values sorted.
func (d digest) text(x quad.IRI) string {
	var b bytes.Buffer
	b.WriteString(`{"@id":`)
	b.WriteString(jsonValue(x))
	ps := make([]string, 0, len(d))
	for p := range d {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	for _, p := range ps {
		b.WriteByte(',')
		b.WriteString(jsonString(p))
		b.WriteString(":[")
		vs := make([]string, 0, len(d[p]))
		for v := range d[p] {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		for i, v := range vs {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(v)
		}
		b.WriteByte(']')
	}
	b.WriteByte('}')
	return b.String()
}

func (d digest) clone() digest {
	out := make(digest, len(d)+4)
	for p, vs := range d {
		c := make(map[string]bool, len(vs)+1)
		for v := range vs {
			c[v] = true
		}
		out[p] = c
	}
	return out
}

// parseDigest reads a digest literal back.
func parseDigest(text string) (digest, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(text), &raw); err != nil {
		return nil, err
	}
	d := digest{}
	for p, r := range raw {
		if p == "@id" {
			continue
		}
		var vs []json.RawMessage
		if err := json.Unmarshal(r, &vs); err != nil {
			return nil, err
		}
		set := make(map[string]bool, len(vs))
		for _, v := range vs {
			set[string(v)] = true
		}
		d[p] = set
	}
	return d, nil
}

// digestDeltas lists the digest changes that deltas, about to be written in
// one transaction, make. The caller holds the write lock.
func (s *Store) digestDeltas(ctx context.Context, deltas []cgraph.Delta) ([]cgraph.Delta, error) {
	order, bySubject := groupBySubject(deltas, func(q quad.Quad) bool {
		_, ok := q.Subject.(quad.IRI)
		return ok
	})
	var out []cgraph.Delta
	for _, v := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		x := v.(quad.IRI)
		f := bySubject[valueKey(x)]
		k := string(x)
		var cur digEntry
		cached := false
		if s.digCache != nil {
			cur, cached = s.digCache.get(k)
		}
		stored := true
		if !cached {
			ref, err := s.qs.ValueOf(x)
			if err != nil {
				return nil, fmt.Errorf("look up %s: %w", FormatValue(x), err)
			}
			if stored = ref != nil; stored {
				if cur, err = s.readDigest(ctx, x); err != nil {
					return nil, err
				}
			}
		}
		var next digest
		switch {
		case len(cur.stale) > 0:
			var err error
			if next, err = s.fullDigest(ctx, x, f); err != nil {
				return nil, err
			}
		case len(f.removed) == 0 && !cur.has && !addsClass(f.added, isDigestClass):
			// A node without a digest that stays without one.
			if s.digCache != nil {
				s.digPending[k] = digEntry{}
			}
			continue
		case len(f.removed) == 0 && (cur.has || !stored):
			// Facts added to a kept digest, or to a node the store has
			// never seen: merge them.
			if cur.has {
				next = cur.facts.clone()
			} else {
				next = digest{}
			}
			for _, q := range f.added {
				next.add(q)
			}
		default:
			var err error
			if next, err = s.fullDigest(ctx, x, f); err != nil {
				return nil, err
			}
		}
		ne := digEntry{}
		if next.isDigested() {
			ne = digEntry{has: true, facts: next, text: next.text(x)}
		}
		for _, t := range cur.stale {
			out = append(out, digestDelta(x, quad.String(t), cgraph.Delete))
		}
		if ne.has != cur.has || ne.text != cur.text {
			if cur.has {
				out = append(out, digestDelta(x, quad.String(cur.text), cgraph.Delete))
			}
			if ne.has {
				out = append(out, digestDelta(x, quad.String(ne.text), cgraph.Add))
			}
		}
		if s.digCache != nil {
			s.digPending[k] = ne
		}
	}
	return out, nil
}

// addsClass says whether added types a node with a class is accepts.
func addsClass(added []quad.Quad, is func(quad.IRI) bool) bool {
	for _, q := range added {
		if q.Predicate == typePred {
			if c, ok := q.Object.(quad.IRI); ok && is(c) {
				return true
			}
		}
	}
	return false
}

func isDigestClass(c quad.IRI) bool { return digestClasses[string(c)] }

// readDigest reads node x's digest from the store.
func (s *Store) readDigest(ctx context.Context, x quad.IRI) (digEntry, error) {
	var texts []string
	err := path.StartPath(s.qs, digestNodeOf(x)).Out(digestPred).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
		if t, ok := v.(quad.String); ok {
			texts = append(texts, string(t))
		}
		return nil
	})
	if err != nil {
		return digEntry{}, fmt.Errorf("read the digest of %s: %w", FormatValue(x), err)
	}
	if len(texts) == 0 {
		return digEntry{}, nil
	}
	d, err := parseDigest(texts[0])
	if err != nil {
		return digEntry{}, fmt.Errorf("read the digest of %s: %w", FormatValue(x), err)
	}
	return digEntry{has: true, facts: d, text: texts[0], stale: texts[1:]}, nil
}

// fullDigest computes node x's digest from every document's facts as they
// will be once f is written.
func (s *Store) fullDigest(ctx context.Context, x quad.IRI, f *regFacts) (digest, error) {
	present := map[string]quad.Quad{}
	ref, err := s.qs.ValueOf(x)
	if err != nil {
		return nil, fmt.Errorf("look up %s: %w", FormatValue(x), err)
	}
	if ref != nil {
		it := s.qs.QuadIterator(quad.Subject, ref).Iterate()
		for it.Next(ctx) {
			q, err := s.qs.Quad(it.Result())
			if err != nil {
				it.Close()
				return nil, fmt.Errorf("read the facts of %s: %w", FormatValue(x), err)
			}
			if !IsRegistry(q.Label) {
				present[FormatQuad(q)] = q
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("read the facts of %s: %w", FormatValue(x), err)
		}
	}
	for _, q := range f.removed {
		delete(present, FormatQuad(q))
	}
	for _, q := range f.added {
		present[FormatQuad(q)] = q
	}
	d := digest{}
	for _, q := range present {
		d.add(q)
	}
	return d, nil
}

// buildDigests lists the digest changes that bring every node of the
// digested classes up to date (for a store written before digests existed,
// or by another tool). It reads the store and adds nothing.
func (s *Store) buildDigests(ctx context.Context) ([]cgraph.Delta, error) {
	var classes []quad.IRI
	for c := range digestClasses {
		classes = append(classes, quad.IRI(c))
	}
	sort.Slice(classes, func(i, j int) bool { return classes[i] < classes[j] })
	typed, err := s.nodesOfClasses(ctx, classes)
	if err != nil {
		return nil, fmt.Errorf("list the nodes to digest: %w", err)
	}
	var nodes []quad.IRI
	seen := map[quad.IRI]bool{}
	for _, v := range typed {
		if x, ok := v.(quad.IRI); ok && !seen[x] {
			seen[x] = true
			nodes = append(nodes, x)
		}
	}
	// Digests of nodes no longer of those classes go too.
	err = path.StartPath(s.qs).Has(digestPred).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
		if c, ok := v.(quad.IRI); ok && len(c) > len(schema.DigestPrefix) && string(c[:len(schema.DigestPrefix)]) == schema.DigestPrefix {
			if x := quad.IRI(c[len(schema.DigestPrefix):]); !seen[x] {
				seen[x] = true
				nodes = append(nodes, x)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list the digests: %w", err)
	}
	var out []cgraph.Delta
	for _, x := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		next, err := s.fullDigest(ctx, x, &regFacts{})
		if err != nil {
			return nil, err
		}
		text := ""
		if next.isDigested() {
			text = next.text(x)
		}
		// Every digest quad the node has (more than one only after a
		// rebuild cut short between its two transactions) but the right one
		// goes.
		c := digestNodeOf(x)
		have := false
		err = path.StartPath(s.qs, c).Out(digestPred).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
			if t, ok := v.(quad.String); ok && string(t) == text {
				have = true
				return nil
			}
			out = append(out, digestDelta(x, v, cgraph.Delete))
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read the digest of %s: %w", FormatValue(x), err)
		}
		if text != "" && !have {
			out = append(out, digestDelta(x, quad.String(text), cgraph.Add))
		}
	}
	return out, nil
}
