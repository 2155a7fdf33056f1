package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

var (
	digEvent = quad.IRI(schema.NSData + "event/2031-02-03/meeting/ada-vell--oren-tamsk")
	digEv1   = quad.IRI(schema.NSData + "doc/d1#char=10,40")
	digActor = quad.IRI(schema.NSData + "id/ada-vell")
)

// digFact is one fact a test document may state.
type digFact struct {
	s quad.IRI
	p string
	o quad.Value
}

var digFacts = []digFact{
	{digEvent, schema.Type, quad.IRI(schema.ClassEvent)},
	{digEvent, schema.Name, quad.String("Meeting: Ada Vell and Oren Tamsk")},
	{digEvent, schema.Name, quad.String("Ada Vell meets Oren Tamsk <again> & \"more\"")},
	{digEvent, schema.HasActor, digActor},
	{digEvent, schema.HasActor, quad.IRI(schema.NSData + "id/oren-tamsk")},
	{digEvent, schema.HasBeginTimeStamp, quad.Time(time.Date(2031, 2, 3, 0, 0, 0, 0, time.UTC))},
	{digEvent, schema.DenotedBy, digEv1},
	{digEv1, schema.Type, quad.IRI(schema.ClassEvidence)},
	{digEv1, schema.Start, quad.Int(10)},
	{digEv1, schema.Text, quad.String("Ada Vell met Oren Tamsk.")},
	{digActor, schema.Type, quad.IRI(schema.ClassActor)},
	{digActor, schema.Name, quad.String("Ada Vell")},
	{digActor, schema.Name, quad.String("Ada Vel")},
	{digEvent, "http://example.org/delegates", quad.Int(10)},
}

func digDoc(label string, facts []digFact) []quad.Quad {
	l := quad.IRI(schema.NSData + "doc/" + label)
	var out []quad.Quad
	for _, f := range facts {
		out = append(out, quad.Quad{Subject: f.s, Predicate: quad.IRI(f.p), Object: f.o, Label: l})
	}
	return out
}

// readDigestJSON reads node x's digest as a query sees it (nil: none).
func readDigestJSON(t *testing.T, s *Store, x quad.IRI) map[string]any {
	t.Helper()
	v, err := path.StartPath(s.qs, digestNodeOf(x)).Out(digestPred).Iterate(context.Background()).FirstValue(s.qs)
	if err != nil {
		t.Fatal(err)
	}
	if v == nil {
		return nil
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(v.(quad.String)), &m); err != nil {
		t.Fatalf("digest of %s: %v", x, err)
	}
	return m
}

func TestDigestHoldsEveryDocumentsFactsOnce(t *testing.T) {
	ctx := context.Background()
	p := func(iri string) string { return "<" + iri + ">" }
	cases := []struct {
		name  string
		docs  map[string][]digFact // label → facts, written in label order
		drop  []string             // labels removed afterwards
		node  quad.IRI
		pred  string
		want  []any // the values of pred in node's digest; nil: no digest
		noDig bool
	}{
		{name: "names of two documents, once each", node: digEvent, pred: p(schema.Name),
			docs: map[string][]digFact{"a": digFacts[:2], "b": {digFacts[0], digFacts[1], digFacts[2]}},
			want: []any{"Ada Vell meets Oren Tamsk <again> & \"more\"", "Meeting: Ada Vell and Oren Tamsk"}},
		{name: "a removed document's facts go", node: digEvent, pred: p(schema.Name),
			docs: map[string][]digFact{"a": digFacts[:2], "b": {digFacts[0], digFacts[2]}}, drop: []string{"b"},
			want: []any{"Meeting: Ada Vell and Oren Tamsk"}},
		{name: "a fact two documents state stays when one goes", node: digEvent, pred: p(schema.Name),
			docs: map[string][]digFact{"a": digFacts[:2], "b": digFacts[:2]}, drop: []string{"a"},
			want: []any{"Meeting: Ada Vell and Oren Tamsk"}},
		{name: "times as RFC 3339 text", node: digEvent, pred: p(schema.HasBeginTimeStamp),
			docs: map[string][]digFact{"a": {digFacts[0], digFacts[5]}}, want: []any{"2031-02-03T00:00:00Z"}},
		{name: "IRIs in angle brackets", node: digEvent, pred: p(schema.HasActor),
			docs: map[string][]digFact{"a": {digFacts[0], digFacts[3], digFacts[4]}},
			want: []any{p(string(digActor)), p(schema.NSData + "id/oren-tamsk")}},
		{name: "integers as numbers, other predicates whole", node: digEvent, pred: p("http://example.org/delegates"),
			docs: map[string][]digFact{"a": {digFacts[0], digFacts[13]}}, want: []any{10.0}},
		{name: "evidence has none", node: digEv1, noDig: true,
			docs: map[string][]digFact{"a": {digFacts[7], digFacts[8]}}},
		{name: "actors have one", node: digActor, pred: p(schema.Name),
			docs: map[string][]digFact{"a": {digFacts[10], digFacts[11]}, "b": {digFacts[12]}}, want: []any{"Ada Vel", "Ada Vell"}},
		{name: "a node of no digested class has none", node: digEvent, noDig: true,
			docs: map[string][]digFact{"a": {digFacts[1]}}},
		{name: "none once the last document goes", node: digEvent, noDig: true,
			docs: map[string][]digFact{"a": digFacts[:2]}, drop: []string{"a"}},
		{name: "none once no document types it", node: digEvent, noDig: true,
			docs: map[string][]digFact{"a": digFacts[:2], "b": digFacts[1:3]}, drop: []string{"a"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := Open(ctx, "memory")
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for _, l := range []string{"a", "b"} {
				if f, ok := c.docs[l]; ok {
					if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/"+l), digDoc(l, f)); err != nil {
						t.Fatal(err)
					}
				}
			}
			for _, l := range c.drop {
				if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/"+l), nil); err != nil {
					t.Fatal(err)
				}
			}
			m := readDigestJSON(t, s, c.node)
			if c.noDig {
				if m != nil {
					t.Fatalf("want no digest, got %v", m)
				}
				return
			}
			if m == nil {
				t.Fatal("no digest")
			}
			if m["@id"] != p(string(c.node)) {
				t.Errorf("@id = %v", m["@id"])
			}
			pred := digestKey(quad.IRI(c.pred[1 : len(c.pred)-1]))
			if got, want := fmt.Sprint(m[pred]), fmt.Sprint(c.want); got != want {
				t.Errorf("%s = %s, want %s", pred, got, want)
			}
		})
	}
}

// TestDigestsAreTheSameWhateverTheOrder writes random documents, replaced
// at random, in shuffled orders, on each backend: the digests (with the
// rest of the registry) are always what a rebuild gives.
func TestDigestsAreTheSameWhateverTheOrder(t *testing.T) {
	ctx := context.Background()
	for name, db := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for seed := uint64(1); seed <= 3; seed++ {
				if name == "postgres" && seed > 1 {
					continue // one fresh database per test
				}
				spec := db
				if name != "memory" && name != "postgres" {
					spec = db + fmt.Sprint(seed)
				}
				s, err := Open(ctx, spec)
				if err != nil {
					t.Fatal(err)
				}
				r := rand.New(rand.NewPCG(11, seed))
				digests := false
				for i := 0; i < 14; i++ {
					var facts []digFact
					for _, f := range digFacts {
						if r.IntN(3) > 0 {
							facts = append(facts, f)
						}
					}
					l := fmt.Sprintf("d%d", r.IntN(5))
					if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/"+l), digDoc(l, facts)); err != nil {
						t.Fatal(err)
					}
					// After every write: a rebuild changes nothing.
					got := registryString(t, s)
					if _, err := s.RebuildRegistry(ctx); err != nil {
						t.Fatal(err)
					}
					if rebuilt := registryString(t, s); rebuilt != got {
						t.Fatalf("seed %d, write %d: incremental digests differ from a rebuild:\n%s\n---\n%s", seed, i, got, rebuilt)
					}
					digests = digests || strings.Contains(got, "digest")
				}
				if !digests {
					t.Fatalf("seed %d: no digests written", seed)
				}
				s.Close()
			}
		})
	}
}

func TestJSONStringReadsBack(t *testing.T) {
	for _, s := range []string{
		"", "plain", `"quoted"`, `back\slash`, "line\nbreak\ttab\rcr", "\x01\x1f control",
		"ünïcödé – “curly” 東京", "<b>&amp;</b>", "\u2028 separator",
	} {
		var got string
		if err := json.Unmarshal([]byte(jsonString(s)), &got); err != nil {
			t.Errorf("%q: %s does not parse: %v", s, jsonString(s), err)
		} else if got != s {
			t.Errorf("%q reads back as %q", s, got)
		}
	}
}

func TestDigestKeys(t *testing.T) {
	for _, c := range []struct {
		pred quad.Value
		want string
	}{
		{quad.IRI(schema.HasActor), "sem:hasActor"},
		{quad.IRI(schema.NSEG + "month"), "eg:month"},
		{quad.IRI(schema.Type), "rdf:type"},
		{quad.IRI("http://example.org/p"), "<http://example.org/p>"},
		{quad.IRI(schema.NSData + "x"), "<" + schema.NSData + "x>"},
	} {
		if got := digestKey(c.pred); got != c.want {
			t.Errorf("digestKey(%v) = %q, want %q", c.pred, got, c.want)
		}
	}
}

// TestDigestsAreAddedToAnOlderRegistry: a store whose registry predates
// digests (version "1") gets them, and the new version, when loaded into.
func TestDigestsAreAddedToAnOlderRegistry(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/a"), digDoc("a", digFacts)); err != nil {
		t.Fatal(err)
	}
	want := registryString(t, s)
	// Make it what version 1 wrote: no digests, the old marker.
	var deltas []cgraph.Delta
	err = s.EachQuad(ctx, func(q quad.Quad) error {
		if q.Predicate == digestPred || q.Predicate == regVersion {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	old := registryMarker
	old.Object = quad.String("1")
	deltas = append(deltas, cgraph.Delta{Quad: old, Action: cgraph.Add})
	if err := s.applyRaw(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	s.registryBuilt = false
	if got := registryString(t, s); strings.Contains(got, "digest") || !strings.Contains(got, `"1"`) {
		t.Fatalf("not a version 1 registry:\n%s", got)
	}
	if err := s.EnsureRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	if got := registryString(t, s); got != want {
		t.Errorf("after the upgrade:\n%s\nwant:\n%s", got, want)
	}
}

// TestStaleDigestGoes: a second digest of a node (left by a write cut
// short between its two transactions) goes with the node's next write.
func TestStaleDigestGoes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/a"), digDoc("a", digFacts[:3])); err != nil {
		t.Fatal(err)
	}
	stale := quad.Quad{Subject: digestNodeOf(digEvent), Predicate: digestPred, Object: quad.String(`{"@id":"<x>"}`), Label: regGraph}
	if err := s.qs.ApplyDeltas([]cgraph.Delta{{Quad: stale, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	clear(s.digCache.cur)
	clear(s.digCache.old)
	if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/a"), digDoc("a", digFacts[:2])); err != nil {
		t.Fatal(err)
	}
	got := registryString(t, s)
	if strings.Contains(got, `<x>`) {
		t.Errorf("the stale digest stayed:\n%s", got)
	}
	if _, err := s.RebuildRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	if rebuilt := registryString(t, s); rebuilt != got {
		t.Errorf("differs from a rebuild:\n%s\n---\n%s", got, rebuilt)
	}
}
