package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/evaluate"
)

func TestSameSeedSameBytes(t *testing.T) {
	for _, c := range []struct {
		name     string
		seedA    uint64
		seedB    uint64
		i        int
		wantSame bool
	}{
		{"same seed", 1, 1, 7, true},
		{"same seed, far article", 42, 42, 99999, true},
		{"other seed", 1, 2, 7, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, b := New(c.seedA).Article(c.i), New(c.seedB).Article(c.i)
			same := a.Name == b.Name && bytes.Equal(a.Text, b.Text) && bytes.Equal(a.Gold, b.Gold)
			if same != c.wantSame {
				t.Fatalf("same = %v, want %v:\n%s\n%s", same, c.wantSame, a.Text, b.Text)
			}
		})
	}
}

// TestWriteIsReproducible writes the same corpus twice and compares every
// file; a smaller corpus of the seed is a prefix of a larger one.
func TestWriteIsReproducible(t *testing.T) {
	ctx := context.Background()
	dirA, dirB, dirSmall := t.TempDir(), t.TempDir(), t.TempDir()
	for _, c := range []struct {
		dir string
		n   int
	}{{dirA, 60}, {dirB, 60}, {dirSmall, 20}} {
		if err := New(7).Write(ctx, c.dir, c.n); err != nil {
			t.Fatal(err)
		}
	}
	for _, sub := range []string{"articles", "gold"} {
		a, _ := filepath.Glob(filepath.Join(dirA, sub, "*"))
		if len(a) != 60 {
			t.Fatalf("%s: %d files, want 60", sub, len(a))
		}
		small, _ := filepath.Glob(filepath.Join(dirSmall, sub, "*"))
		if len(small) != 20 {
			t.Fatalf("%s of the small corpus: %d files, want 20", sub, len(small))
		}
		for _, p := range a {
			x, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			y, err := os.ReadFile(filepath.Join(dirB, sub, filepath.Base(p)))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(x, y) {
				t.Fatalf("%s differs between two runs", filepath.Base(p))
			}
		}
		for _, p := range small {
			if _, err := os.Stat(filepath.Join(dirA, sub, filepath.Base(p))); err != nil {
				t.Fatalf("%s of the small corpus is not in the large one", filepath.Base(p))
			}
		}
	}
}

// TestGoldLoads checks that evaluate.LoadGold accepts every gold file,
// against its article (evidence and claim texts verbatim, timex
// occurrences), and that the gold is not empty.
func TestGoldLoads(t *testing.T) {
	dir := t.TempDir()
	const n = 500
	if err := New(3).Write(context.Background(), dir, n); err != nil {
		t.Fatal(err)
	}
	golds, err := evaluate.LoadGoldDir(filepath.Join(dir, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != n {
		t.Fatalf("%d gold files, want %d", len(golds), n)
	}
	events, claims, timexes := 0, 0, 0
	for _, g := range golds {
		if g.Article == "" {
			t.Fatalf("%s: not checked against its article", g.Path)
		}
		events += len(g.Events)
		claims += len(g.Claims)
		timexes += len(g.Timexes)
	}
	if events < n || claims < n || timexes < n/2 {
		t.Fatalf("thin gold: %d events, %d claims, %d timexes in %d articles", events, claims, timexes, n)
	}
}
