package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/evaluate"
)

// Version names the generator's output: it changes whenever the same seed
// would give other bytes, so caches of generated corpora can tell.
const Version = "1"

// Doc is one generated article and its gold annotation.
type Doc struct {
	// Name is the file name without extension: DATE-NNNNNN-slug.
	Name string
	// Text is the article file: a first line "date YYYY-MM-DD", then the text.
	Text []byte
	// Gold is the gold YAML (data/gold/README.md).
	Gold []byte
}

// Generator makes the articles of one seed.
type Generator struct {
	seed uint64
	cast *cast
}

// New returns the generator of seed.
func New(seed uint64) *Generator { return &Generator{seed: seed, cast: newCast(seed)} }

// Busiest returns the full names of the n people that appear in the most
// articles, most first (for benchmarks that query one actor).
func (g *Generator) Busiest(n int) []string {
	var out []string
	for i := 0; i < n && i < len(g.cast.people); i++ {
		out = append(out, g.cast.people[i].Name())
	}
	return out
}

// epoch is the first publication date; articles spread over ten years.
var epoch = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

// Article returns article i (from 0).
func (g *Generator) Article(i int) Doc {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)+1))
	pub := epoch.AddDate(0, 0, r.IntN(3650))
	a, b := g.cast.pair(r)
	name := fmt.Sprintf("%s-%06d-%s-%s", pub.Format(time.DateOnly), i, slug(a.Last), slug(b.Last))
	w := &article{r: r, pub: pub, seen: map[string]bool{}}
	w.compose(g.cast, a, b)
	body := strings.TrimRight(w.b.String(), "\n ") + "\n"
	text := "date " + pub.Format(time.DateOnly) + "\n" + body
	// The date line comes before the text: move the timex offsets.
	off := len(text) - len(body)
	for i := range w.gold.timexes {
		w.gold.timexes[i].at += off
	}
	return Doc{Name: name, Text: []byte(text), Gold: w.gold.yaml(name, pub, text)}
}

// Write writes articles [0, n) to dir/articles/NAME.txt and their gold to
// dir/gold/NAME.yaml.
func (g *Generator) Write(ctx context.Context, dir string, n int) error {
	for _, sub := range []string{"articles", "gold"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
	}
	for i := 0; i < n; i++ {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("corpus: stopped after %d articles: %w", i, err)
			}
		}
		d := g.Article(i)
		if err := os.WriteFile(filepath.Join(dir, "articles", d.Name+".txt"), d.Text, 0o644); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, "gold", d.Name+".yaml"), d.Gold, 0o644); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
	}
	return nil
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'ö':
			b.WriteByte('o')
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}

// gold is what an article states, as the gold format wants it.
type gold struct {
	events  []goldEvent
	claims  []goldClaim
	timexes []goldTimex
}

type goldEvent struct {
	kind, status string
	participants []string
	date, place  string // "" for null
	evidence     string
}

type goldClaim struct {
	claimant   string // "" for null
	reportedBy []string
	text, date string
}

type goldTimex struct {
	text, typ, value string
	at               int // byte offset in the article file
}

// yaml writes the gold file. Strings are written as JSON strings, which
// YAML reads as double-quoted scalars.
func (g *gold) yaml(name string, pub time.Time, text string) []byte {
	var b bytes.Buffer
	q := func(s string) string {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(s)
		return strings.TrimSuffix(buf.String(), "\n")
	}
	null := func(s string) string {
		if s == "" {
			return "null"
		}
		return q(s)
	}
	list := func(xs []string) string {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = q(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	fmt.Fprintf(&b, "document: %s\npublished: %s\n", name, pub.Format(time.DateOnly))
	b.WriteString("events:")
	if len(g.events) == 0 {
		b.WriteString(" []")
	}
	b.WriteString("\n")
	for _, e := range g.events {
		fmt.Fprintf(&b, "  - kind: %s\n    participants: %s\n    date: %s\n    status: %s\n    place: %s\n    evidence: %s\n",
			e.kind, list(e.participants), null(e.date), e.status, null(e.place), q(e.evidence))
	}
	b.WriteString("claims:")
	if len(g.claims) == 0 {
		b.WriteString(" []")
	}
	b.WriteString("\n")
	for _, c := range g.claims {
		fmt.Fprintf(&b, "  - claimant: %s\n    reported_by: %s\n    text: %s\n    date: %s\n",
			null(c.claimant), list(c.reportedBy), q(c.text), null(c.date))
	}
	b.WriteString("timexes:")
	if len(g.timexes) == 0 {
		b.WriteString(" []")
	}
	b.WriteString("\n")
	for _, t := range g.timexes {
		fmt.Fprintf(&b, "  - text: %s\n", q(t.text))
		if n := evaluate.Occurrence(text, t.text, t.at); n > 1 {
			fmt.Fprintf(&b, "    occurrence: %d\n", n)
		}
		fmt.Fprintf(&b, "    type: %s\n    value: %s\n", t.typ, q(t.value))
	}
	return b.Bytes()
}
