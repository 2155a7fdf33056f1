package graph

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// regDoc is a small document: for each actor, the name it gives and the
// classes it states.
type regDoc struct {
	label  string
	actors []regActor
}

type regActor struct {
	iri, name string
	classes   []string
}

func (d regDoc) quads() []quad.Quad {
	l := quad.IRI(schema.NSData + "doc/" + d.label)
	var out []quad.Quad
	for _, a := range d.actors {
		s := quad.IRI(schema.NSData + "id/" + a.iri)
		if a.name != "" {
			out = append(out, quad.Quad{Subject: s, Predicate: quad.IRI(schema.Name), Object: quad.String(a.name), Label: l})
		}
		for _, c := range a.classes {
			out = append(out, quad.Quad{Subject: s, Predicate: quad.IRI(schema.Type), Object: quad.IRI(c), Label: l})
		}
	}
	return out
}

// registryString is the store's registry quads, sorted, one a line.
func registryString(t *testing.T, s *Store) string {
	t.Helper()
	var lines []string
	err := s.EachQuad(context.Background(), func(q quad.Quad) error {
		if IsRegistry(q.Label) {
			lines = append(lines, FormatQuad(q))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

var (
	person  = []string{schema.ClassActor, schema.ClassPerson}
	country = []string{schema.ClassActor, schema.ClassCountry}
)

func TestRegistryKeepsTheLeastNameAndEveryClass(t *testing.T) {
	ctx := context.Background()
	a := func(name string, classes ...string) regActor { return regActor{"ana-kovac", name, classes} }
	tests := []struct {
		name  string
		docs  []regDoc // written in order; a label again replaces it
		want  string   // the registry's name for ana-kovac, "" for no entry
		class []string // its classes
	}{
		{"one document", []regDoc{{"d1", []regActor{a("Ana Kovač", person...)}}}, "Ana Kovač", person},
		{"the least name wins", []regDoc{
			{"d1", []regActor{a("Anna Kovac", person...)}},
			{"d2", []regActor{a("Ana Kovac", person...)}},
		}, "Ana Kovac", person},
		{"classes add up", []regDoc{
			{"d1", []regActor{a("Ana Kovac", schema.ClassActor, schema.ClassPerson)}},
			{"d2", []regActor{a("Ana Kovac", schema.ClassActor, schema.ClassOutlet)}},
		}, "Ana Kovac", []string{schema.ClassActor, schema.ClassPerson, schema.ClassOutlet}},
		{"replacing the document of the least name falls back to the next", []regDoc{
			{"d1", []regActor{a("Anna Kovac", person...)}},
			{"d2", []regActor{a("Ana Kovac", person...)}},
			{"d2", []regActor{a("Anna Kovac", person...)}},
		}, "Anna Kovac", person},
		{"a name stated before the actor was typed counts", []regDoc{
			{"d1", []regActor{a("Ana K.")}},
			{"d2", []regActor{a("Anna Kovac", person...)}},
		}, "Ana K.", person},
		{"no longer an actor: no entry", []regDoc{
			{"d1", []regActor{a("Ana Kovac", person...)}},
			{"d1", []regActor{a("Ana Kovac", schema.ClassPerson)}},
		}, "", nil},
		{"a class dropped by its only document goes", []regDoc{
			{"d1", []regActor{a("Ana Kovac", schema.ClassActor, schema.ClassOutlet)}},
			{"d2", []regActor{a("Ana Kovac", person...)}},
			{"d1", []regActor{a("Ana Kovac", person...)}},
		}, "Ana Kovac", person},
		{"UTF-16 order, as JavaScript sorts", []regDoc{
			{"d1", []regActor{a("Ana \U0001F600", person...)}},
			{"d2", []regActor{a("Ana \uFF21", person...)}},
		}, "Ana \U0001F600", person},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(ctx, "memory")
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for _, d := range tc.docs {
				if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/"+d.label), d.quads()); err != nil {
					t.Fatal(err)
				}
			}
			x := quad.IRI(schema.NSData + "id/ana-kovac")
			e, err := s.readEntry(ctx, x)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for c := range e.classes {
				got = append(got, c.String())
			}
			sort.Strings(got)
			var want []string
			for _, c := range tc.class {
				want = append(want, quad.IRI(c).String())
			}
			sort.Strings(want)
			if e.name != tc.want || strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("entry = %q %v, want %q %v", e.name, got, tc.want, want)
			}
			// Whatever the history, the entry is what a rebuild from the
			// documents gives.
			before := registryString(t, s)
			if _, err := s.RebuildRegistry(ctx); err != nil {
				t.Fatal(err)
			}
			if after := registryString(t, s); after != before {
				t.Errorf("incremental registry differs from a rebuild:\n%s\n---\n%s", before, after)
			}
		})
	}
}

// TestRegistryIsTheSameWhateverTheOrder writes random documents, replaced
// at random, in shuffled orders, on each backend: the registry is always
// what a rebuild from the final documents gives.
func TestRegistryIsTheSameWhateverTheOrder(t *testing.T) {
	ctx := context.Background()
	names := map[string][]string{
		"nia-osei":     {"Nia Osei", "Nia Osey", "N. Osei"},
		"tarn":         {"Tarn", "Republic of Tarn"},
		"lev-marek":    {"Lev Marek", "Lev Mareck"},
		"quell-agency": {"Quell Agency", "The Quell Agency"},
	}
	classes := map[string][]string{
		"nia-osei": person, "tarn": country, "lev-marek": person,
		"quell-agency": {schema.ClassActor, schema.ClassOrganisation, schema.ClassOutlet},
	}
	keys := []string{"lev-marek", "nia-osei", "quell-agency", "tarn"}
	randomDoc := func(r *rand.Rand, label string) regDoc {
		d := regDoc{label: label}
		for _, k := range keys {
			if r.IntN(2) == 0 {
				continue
			}
			cs := classes[k]
			if r.IntN(4) == 0 {
				cs = cs[1:] // a document that does not say it is an actor
			}
			d.actors = append(d.actors, regActor{k, names[k][r.IntN(len(names[k]))], cs})
		}
		return d
	}
	for name, db := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for seed := uint64(1); seed <= 3; seed++ {
				r := rand.New(rand.NewPCG(7, seed))
				var docs []regDoc
				for i := 0; i < 12; i++ {
					docs = append(docs, randomDoc(r, fmt.Sprintf("d%d", r.IntN(8))))
				}
				spec := db
				if name != "memory" && name != "postgres" {
					spec = db + fmt.Sprint(seed)
				}
				if name == "postgres" && seed > 1 {
					continue // one fresh database per test
				}
				s, err := Open(ctx, spec)
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range docs {
					if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/"+d.label), d.quads()); err != nil {
						t.Fatal(err)
					}
				}
				got := registryString(t, s)
				if _, err := s.RebuildRegistry(ctx); err != nil {
					t.Fatal(err)
				}
				if rebuilt := registryString(t, s); rebuilt != got {
					t.Errorf("seed %d: incremental registry differs from a rebuild:\n%s\n---\n%s", seed, got, rebuilt)
				}
				if !strings.Contains(got, "prefLabel") {
					t.Errorf("seed %d: no names in the registry:\n%s", seed, got)
				}
				s.Close()
			}
		})
	}
}

func TestRegistryIsBuiltForAStoreWithout(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "bolt")
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Quads written past eventgraph, as another tool would: no registry.
	d := regDoc{"d1", []regActor{{"ana-kovac", "Ana Kovac", person}}}
	var deltas []cgraph.Delta
	for _, q := range d.quads() {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if got := registryString(t, s); got != "" {
		t.Fatalf("registry before: %s", got)
	}
	if err := s.EnsureRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	got := registryString(t, s)
	for _, want := range []string{`<https://w3id.org/eventgraph/id/ana-kovac> <http://www.w3.org/2004/02/skos/core#prefLabel> "Ana Kovac"`, "registryVersion"} {
		if !strings.Contains(got, want) {
			t.Errorf("registry lacks %s:\n%s", want, got)
		}
	}
	// Export leaves it out; loading refuses it.
	all, err := s.Quads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		if IsRegistry(q.Label) {
			t.Fatalf("export has the registry quad %s", FormatQuad(q))
		}
	}
}

func TestRegistryQuadsAreNotInput(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := quad.Quad{Subject: quad.IRI("http://x/a"), Predicate: quad.IRI(schema.PrefLabel), Object: quad.String("A"), Label: regGraph}
	if _, err := s.AddQuads(ctx, []quad.Quad{q}); !errors.Is(err, errRegistryLabel) {
		t.Errorf("AddQuads: err = %v", err)
	}
	if _, err := s.ReplaceDocument(ctx, regGraph, []quad.Quad{q}); !errors.Is(err, errRegistryLabel) {
		t.Errorf("ReplaceDocument: err = %v", err)
	}
	_, _, err = ParseNQuads("in.nq", []byte("<http://x/b> <http://x/p> \"o\" .\n"+FormatQuad(q)+"\n"))
	if err == nil || !strings.Contains(err.Error(), "in.nq:2:") || !strings.Contains(err.Error(), "registry") {
		t.Errorf("ParseNQuads: err = %v, want in.nq:2 and the registry named", err)
	}
}

// TestReplaceThatShrinksKeepsEveryQuadWhole replaces documents with
// smaller ones, so that values of the added quads (the label, a predicate)
// lose more quads than they gain in the transaction. Cayley's key-value
// stores then wrote the added quads without those values.
func TestReplaceThatShrinksKeepsEveryQuadWhole(t *testing.T) {
	ctx := context.Background()
	l := quad.IRI("http://x/doc")
	q := func(s, p, o string) quad.Quad {
		return quad.Quad{Subject: quad.IRI("http://x/" + s), Predicate: quad.IRI("http://x/" + p), Object: quad.String(o), Label: l}
	}
	steps := [][]quad.Quad{
		{q("a", "p", "x"), q("a", "p", "y"), q("a", "q", "z"), q("c", "p", "v")},
		{q("a", "p", "x"), q("b", "p", "w")},
		{q("b", "q", "w")},
	}
	for name, db := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s, err := Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for i, want := range steps {
				if _, err := s.ReplaceDocument(ctx, l, want); err != nil {
					t.Fatal(err)
				}
				got, err := s.DocumentQuads(ctx, l)
				if err != nil {
					t.Fatal(err)
				}
				var gs, ws []string
				for _, x := range got {
					gs = append(gs, FormatQuad(x))
				}
				for _, x := range want {
					ws = append(ws, FormatQuad(x))
				}
				sort.Strings(gs)
				sort.Strings(ws)
				if strings.Join(gs, "\n") != strings.Join(ws, "\n") {
					t.Fatalf("step %d: document holds\n%s\nwant\n%s", i, strings.Join(gs, "\n"), strings.Join(ws, "\n"))
				}
				all, err := s.Quads(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for _, x := range all {
					if x.Subject == nil || x.Predicate == nil || x.Object == nil || (x.Label == nil) {
						t.Fatalf("step %d: broken quad %q in the store", i, FormatQuad(x))
					}
				}
			}
		})
	}
}

// TestInterruptedReplaceIsReportedAndCleared plays a crash between the two
// transactions of a replacement: the marker is listed until the document
// is written again.
func TestInterruptedReplaceIsReportedAndCleared(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := quad.IRI("http://x/doc")
	old := []quad.Quad{{Subject: quad.IRI("http://x/a"), Predicate: quad.IRI("http://x/p"), Object: quad.String("old"), Label: l}}
	if _, err := s.ReplaceDocument(ctx, l, old); err != nil {
		t.Fatal(err)
	}
	// The first transaction of a replacement, alone: new quads and marker.
	newq := quad.Quad{Subject: quad.IRI("http://x/a"), Predicate: quad.IRI("http://x/p"), Object: quad.String("new"), Label: l}
	if err := s.qs.ApplyDeltas([]cgraph.Delta{{Quad: newq, Action: cgraph.Add}, {Quad: interruptedMarker(l), Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	left, err := s.Interrupted(ctx)
	if err != nil || len(left) != 1 || left[0] != "<http://x/doc>" {
		t.Fatalf("Interrupted = %v, %v", left, err)
	}
	if _, err := s.ReplaceDocument(ctx, l, []quad.Quad{newq}); err != nil {
		t.Fatal(err)
	}
	if left, err := s.Interrupted(ctx); err != nil || len(left) != 0 {
		t.Errorf("after loading it again: Interrupted = %v, %v", left, err)
	}
	got, err := s.DocumentQuads(ctx, l)
	if err != nil || len(got) != 1 || FormatQuad(got[0]) != FormatQuad(newq) {
		t.Errorf("document = %v, %v", got, err)
	}
}

// TestFirstWriteToAStoreWithoutRegistry writes to a store another tool
// filled: the registry is built, then the write applied to it, and ends as
// a rebuild would (one name, not the old and the new).
func TestFirstWriteToAStoreWithoutRegistry(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var deltas []cgraph.Delta
	for _, q := range (regDoc{"d1", []regActor{{"ana-kovac", "Anna Kovac", person}}}).quads() {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	d2 := regDoc{"d2", []regActor{{"ana-kovac", "Ana Kovac", person}}}
	if _, err := s.ReplaceDocument(ctx, quad.IRI(schema.NSData+"doc/d2"), d2.quads()); err != nil {
		t.Fatal(err)
	}
	got := registryString(t, s)
	if strings.Count(got, "prefLabel") != 1 || !strings.Contains(got, `"Ana Kovac"`) {
		t.Errorf("registry:\n%s", got)
	}
	if _, err := s.RebuildRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	if after := registryString(t, s); after != got {
		t.Errorf("differs from a rebuild:\n%s\n---\n%s", got, after)
	}
}
