package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	fixturepkg "github.com/eventgraph/eventgraph/internal/fixture"
	"github.com/eventgraph/eventgraph/internal/pgtest"
	"github.com/eventgraph/eventgraph/schema"
)

func fixture(t testing.TB) *schema.Article {
	t.Helper()
	a, err := fixturepkg.Article()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// backends returns the specs to test on: memory, bolt and leveldb always,
// PostgreSQL when EVENTGRAPH_TEST_POSTGRES names a database.
func backends(t *testing.T) map[string]string {
	dir := t.TempDir()
	b := map[string]string{
		"memory":  "memory",
		"bolt":    filepath.Join(dir, "bolt"),
		"leveldb": "leveldb:" + filepath.Join(dir, "leveldb"),
	}
	if pg := pgtest.FreshDB(t); pg != "" {
		b["postgres"] = pg
	}
	return b
}

func TestParseSpec(t *testing.T) {
	t.Setenv(EnvDB, "")
	for _, c := range []struct {
		in      string
		backend string
		addr    string
		err     bool
	}{
		{"", "bolt", DefaultPath, false},
		{"memory", "memory", "", false},
		{"some/dir", "bolt", "some/dir", false},
		{"bolt:x", "bolt", "x", false},
		{"leveldb:/tmp/y", "leveldb", "/tmp/y", false},
		{"postgres://u:p@localhost/db", "postgres", "postgres://u:p@localhost/db", false},
		{"cockroach:postgresql://root@localhost:26257/eg", "cockroach", "postgresql://root@localhost:26257/eg", false},
		{"mongodb://x", "", "", true},
	} {
		s, err := ParseSpec(c.in)
		if (err != nil) != c.err || s.Backend != c.backend || s.Address != c.addr {
			t.Errorf("ParseSpec(%q) = %+v, %v", c.in, s, err)
		}
	}
	t.Setenv(EnvDB, "from-env")
	if s, _ := ParseSpec(""); s.Address != "from-env" {
		t.Errorf("ParseSpec ignores $%s: %+v", EnvDB, s)
	}
}

func TestReplaceDocumentIsIdempotentOnEveryBackend(t *testing.T) {
	ctx := context.Background()
	a := fixture(t)
	qs := ArticleQuads(a)
	label := quad.IRI(a.Document.IRI)
	for name, db := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s, err := Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ch, err := s.ReplaceDocument(ctx, label, qs)
			if err != nil {
				t.Fatal(err)
			}
			if ch.Added != len(qs) || ch.Removed != 0 {
				t.Fatalf("first load: %+v, want %d added", ch, len(qs))
			}
			first := exportString(t, s)
			ch, err = s.ReplaceDocument(ctx, label, qs)
			if err != nil {
				t.Fatal(err)
			}
			if ch.Added != 0 || ch.Removed != 0 || ch.Kept != len(qs) {
				t.Fatalf("second load changed the store: %+v", ch)
			}
			if got := exportString(t, s); got != first {
				t.Fatal("export differs after loading the same document again")
			}
			// A changed article replaces what the document said before.
			b := *a
			b.Events = b.Events[:1]
			b.Claims = nil
			ch, err = s.ReplaceDocument(ctx, label, ArticleQuads(&b))
			if err != nil {
				t.Fatal(err)
			}
			if ch.Removed == 0 || ch.Added != 0 {
				t.Fatalf("shrinking the document: %+v", ch)
			}
			got, err := s.DocumentQuads(ctx, label)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(ArticleQuads(&b)) {
				t.Fatalf("after replace the document has %d quads, want %d", len(got), len(ArticleQuads(&b)))
			}
			if _, err := s.ReplaceDocument(ctx, label, nil); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.DocumentQuads(ctx, label); len(got) != 0 {
				t.Fatalf("emptying the document left %d quads", len(got))
			}
		})
	}
}

func exportString(t *testing.T, s *Store) string {
	t.Helper()
	qs, err := s.Quads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestReplaceDocumentRejectsForeignLabel(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := quad.Make(quad.IRI("a"), quad.IRI("b"), quad.IRI("c"), quad.IRI("other"))
	if _, err := s.ReplaceDocument(ctx, quad.IRI("doc"), []quad.Quad{q}); err == nil {
		t.Fatal("a quad with another label was accepted")
	}
}

func TestSecondOpenerIsRefusedQuickly(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	_, err = Open(ctx, dir)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Fatalf("second open took %s", time.Since(start))
	}
	if !strings.Contains(err.Error(), dir) {
		t.Errorf("error does not name the store: %v", err)
	}
	s.Close()
	s2, err := Open(ctx, dir)
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	s2.Close()
}

func TestOpenExistingNeedsAStore(t *testing.T) {
	_, err := OpenExisting(context.Background(), filepath.Join(t.TempDir(), "nothing"))
	if !errors.Is(err, ErrNoStore) {
		t.Fatalf("got %v, want ErrNoStore", err)
	}
}

func TestCorruptStoreIsAnError(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "indexes.bolt"), bytes.Repeat([]byte("garbage!"), 1024), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), dir)
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("corrupt store: %v, want an error naming %s", err, dir)
	}
}

func TestNQuadsRoundTrip(t *testing.T) {
	a := fixture(t)
	qs := ArticleQuads(a)
	var b bytes.Buffer
	if err := WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	if strings.Contains(text, "^^<xsd:") {
		t.Fatal("export has a short datatype IRI")
	}
	if !strings.Contains(text, `"2025-08-15T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>`) {
		t.Fatal("export lacks the full xsd:dateTime of the Anchorage meeting")
	}
	groups, labels, err := ParseNQuads("x.nq", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 1 {
		t.Fatalf("labels = %v", labels)
	}
	back := groups[FormatValue(labels[0])]
	SortQuads(back)
	var b2 bytes.Buffer
	if err := WriteNQuads(&b2, back); err != nil {
		t.Fatal(err)
	}
	if b2.String() != text {
		t.Fatal("N-Quads do not survive a round trip")
	}
}

func TestParseNQuadsNamesTheLine(t *testing.T) {
	data := "<http://x/a> <http://x/b> <http://x/c> <http://x/d> .\n# comment\n\n<http://x/a> <http://x/b> \"unterminated <http://x/d> .\n"
	_, _, err := ParseNQuads("bad.nq", []byte(data))
	if err == nil || !strings.HasPrefix(err.Error(), "bad.nq:4:") {
		t.Fatalf("got %v, want an error at bad.nq:4", err)
	}
}

func TestFormatValueEscapes(t *testing.T) {
	for _, c := range []struct {
		in   quad.Value
		want string
	}{
		{quad.String("say \"hi\"\n\\"), `"say \"hi\"\n\\"`},
		{quad.String("tab\there\x01"), `"tab\there\u0001"`},
		{quad.IRI("http://x/a b"), `<http://x/a\u0020b>`},
		{quad.Int(7), `"7"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.LangString{Value: "Kyiv", Lang: "en"}, `"Kyiv"@en`},
	} {
		if got := FormatValue(c.in); got != c.want {
			t.Errorf("FormatValue(%#v) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestExportPassesRapper checks the N-Quads with an independent RDF parser
// (rapper, from Debian's raptor2-utils; CI installs it).
func TestExportPassesRapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("rapper missing in CI: .ci/run installs raptor2-utils")
		}
		t.Skip("rapper not installed (apt-get install raptor2-utils); skipping the independent N-Quads check")
	}
	var b bytes.Buffer
	if err := WriteNQuads(&b, ArticleQuads(fixture(t))); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "out.nq")
	if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(rapper, "-i", "nquads", "-o", "nquads", "-q", f).CombinedOutput()
	if err != nil {
		t.Fatalf("rapper rejects the export: %v\n%s", err, out)
	}
	if n := strings.Count(string(out), "\n"); n != strings.Count(b.String(), "\n") {
		t.Fatalf("rapper read %d quads, we wrote %d", n, strings.Count(b.String(), "\n"))
	}
}

func TestJSONLDExport(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSONLD(&b, ArticleQuads(fixture(t))); err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatalf("JSON-LD is not JSON: %v", err)
	}
	if _, ok := v["@context"]; !ok {
		t.Fatal("JSON-LD has no @context")
	}
	if strings.Contains(b.String(), `"xsd:dateTime"`) && !strings.Contains(b.String(), `"xsd":`) {
		t.Fatal("JSON-LD uses an undeclared xsd prefix")
	}
}

func TestGizmoTimeoutStopsALoop(t *testing.T) {
	s, err := Open(context.Background(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err = s.Gizmo(ctx, "while(true){}", 0)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want a deadline error", err)
	}
	// The store still answers.
	if _, err := s.Gizmo(context.Background(), "g.V().all()", 0); err != nil {
		t.Fatal(err)
	}
}

func TestGizmoRowLimitAndSyntaxError(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Gizmo(ctx, "for (var i = 0; i < 10; i++) g.emit(i)", 5); !errors.Is(err, ErrRowLimit) {
		t.Fatalf("got %v, want ErrRowLimit", err)
	}
	rows, err := s.Gizmo(ctx, "for (var i = 0; i < 5; i++) g.emit(i)", 5)
	if err != nil || len(rows) != 5 {
		t.Fatalf("5 rows under a limit of 5: %v, %v", rows, err)
	}
	if _, err := s.Gizmo(ctx, "g.V(.all()", 0); err == nil {
		t.Fatal("a syntax error was accepted")
	}
}
