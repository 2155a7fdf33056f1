package evaluate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/schema"
)

// writeCAT writes a CAT XML document of sentences (0: title, 1: date
// line), with a TIMEX3 creation time on the date line and an event
// markable in sentence annotated (the end of what is annotated).
func writeCAT(t *testing.T, path string, sentences [][]string, annotated int) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">` + "\n")
	id, last := 0, 0
	var dateIDs []int
	for s, words := range sentences {
		for _, w := range words {
			id++
			fmt.Fprintf(&b, "<token number=\"%d\" sentence=\"%d\" t_id=\"%d\">%s</token>\n", id-1, s, id, w)
			if s == 1 {
				dateIDs = append(dateIDs, id)
			}
			if s == annotated {
				last = id
			}
		}
	}
	b.WriteString("<Markables>\n<TIMEX3 functionInDocument=\"CREATION_TIME\" m_id=\"1\" type=\"DATE\" value=\"2010-03-03\">")
	for _, d := range dateIDs {
		fmt.Fprintf(&b, "<token_anchor t_id=\"%d\"/>", d)
	}
	fmt.Fprintf(&b, "</TIMEX3>\n<EVENT_MENTION m_id=\"2\"><token_anchor t_id=\"%d\"/></EVENT_MENTION>\n</Markables>\n</Document>\n", last)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestAttributionEvalMEANTIME scores made-up claims against a made-up
// MEANTIME folder: a claim in the sentence of a gold attribution finds it,
// its claimant is right when it shares a word with the source (as written
// or resolved), cues that are not words of saying are not scored, and
// precision counts the claims of annotated sentences only.
func TestAttributionEvalMEANTIME(t *testing.T) {
	sentences := [][]string{
		{"Carmaker", "sales", "rise"},
		{"March", "03", ",", "2010"},
		{"Norvale", "Motor", "Company", "said", "on", "Tuesday", "that", "sales", "rose", "."},   // s2
		{"The", "firm", "said", "profits", "fell", "."},                                          // s3
		{"Analysts", "plan", "to", "meet", "."},                                                  // s4
		{"Its", "chief", "Edda", "Vorn", "told", "reporters", "that", "all", "was", "well", "."}, // s5
		{"A", "spokesman", "said", "nothing", "more", "."},                                       // s6: not annotated
	}
	dir := t.TempDir()
	writeCAT(t, filepath.Join(dir, "intra-doc_annotation", "corpus_x", "1_x.xml"), sentences, 5)
	tsv := "doc_id\tdct\tsentence\tspeech_event\tsource(Arg0)\tslink\tsentence_text\n" +
		"1\t2010-03-03\t2\tsaid\tArg0:Norvale Motor Company[ORG|Norvale|]\t\t\n" +
		"1\t2010-03-03\t3\tsaid\tArg0:The firm[ORG|Norvale|]\t\t\n" +
		"1\t2010-03-03\t4\tplan\tArg0:Analysts[PER|analysts|]\t\t\n" +
		"1\t2010-03-03\t5\ttold\tArg0:Its chief Edda Vorn[PER|Edda Vorn|]\t\t\n" +
		"1\t\t5\tsaid\t\t\t\n"
	if err := os.MkdirAll(filepath.Join(dir, "derived"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "derived", "attributions.tsv"), []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	// The claims: s2 with the right claimant (by the resolved name), s3 with
	// another, s4 one where the gold cue is no word of saying, none in s5,
	// one in s6, after the annotated sentences.
	claimIn := func(text, sentence, who string) schema.Claim {
		i := strings.Index(text, sentence)
		if i < 0 {
			t.Fatalf("%q not in the text", sentence)
		}
		return schema.Claim{ID: sentence, Claimant: who, Evidence: []schema.Evidence{{Start: i, End: i + len(sentence)}}}
	}
	extract := func(_ context.Context, path string, text []byte) (*schema.Article, error) {
		s := string(text)
		if !strings.HasPrefix(s, "date 2010-03-03\n") {
			return nil, fmt.Errorf("%s: no date line: %q", path, s[:20])
		}
		return &schema.Article{
			Actors: []schema.Actor{{ID: "a", Name: "Norvale Motor"}, {ID: "b", Name: "Stock Exchange"}},
			Claims: []schema.Claim{
				claimIn(s, "Norvale Motor Company said", "a"),
				claimIn(s, "The firm said", "b"),
				claimIn(s, "Analysts plan", "b"),
				claimIn(s, "A spokesman said", "b"),
			},
		}, nil
	}
	got, err := AttributionEvalMEANTIME(context.Background(), dir, extract)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"docs", got.Docs, 1},
		{"gold (s2, s3, s5; not the plan)", got.Gold, 3},
		{"found (s2, s3)", got.Found, 2},
		{"claimant right (s2)", got.Claimant, 1},
		{"claims in annotated sentences", got.System, 3},
		{"of them in attributed sentences", got.Matched, 3},
		{"misses (s3's claimant, s5)", len(got.Misses), 2},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
		}
	}
	if got.Recall != 2.0/3 || got.Precision != 1 {
		t.Errorf("recall %.3f precision %.3f, want 0.667 and 1", got.Recall, got.Precision)
	}
}

func TestParseSource(t *testing.T) {
	for _, c := range []struct{ in, mention, instance string }{
		{"Arg0:The company[ORG|Norvale Motors|http://example.org/x]", "The company", "Norvale Motors"},
		{"Arg0:analysts[PER|Financial analysts|]", "analysts", "Financial analysts"},
		{"", "", ""},
		{"Arg0:someone", "someone", ""},
	} {
		m, i := parseSource(c.in)
		if m != c.mention || i != c.instance {
			t.Errorf("parseSource(%q) = %q, %q; want %q, %q", c.in, m, i, c.mention, c.instance)
		}
	}
}

// TestAttributionCorpus scores the extractor's claims on MEANTIME's gold
// attributions in ../shared (opt-in: EVENTGRAPH_EVAL=1), and fails below
// the recall and precision measured when the scorer was written, so that
// a change that loses claims on real articles shows. With
// EVENTGRAPH_EVAL_ERRORS=FILE it writes the misses there, one a line.
func TestAttributionCorpus(t *testing.T) {
	if os.Getenv("EVENTGRAPH_EVAL") != "1" {
		t.Skip("corpus evaluation is opt-in: EVENTGRAPH_EVAL=1 go test ./evaluate -run TestAttributionCorpus -v")
	}
	meantime := filepath.Join("..", "..", "shared", "corpora", "meantime-en")
	if _, err := os.Stat(meantime); err != nil {
		t.Skipf("MEANTIME not found: %s", meantime)
	}
	s, err := AttributionEvalMEANTIME(context.Background(), meantime, extractor(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Log(s.String())
	if s.Recall < 0.85 || s.Precision < 0.9 {
		t.Errorf("recall %.3f, precision %.3f: want at least 0.85 and 0.9", s.Recall, s.Precision)
	}
	if path := os.Getenv("EVENTGRAPH_EVAL_ERRORS"); path != "" {
		if err := os.WriteFile(path, []byte(strings.Join(s.Misses, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
