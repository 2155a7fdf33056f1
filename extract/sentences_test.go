package extract

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/data"
)

func TestSplitSentences(t *testing.T) {
	lx, err := loadLexicon(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	sp := newSplitter(lx)
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith met Gen. Jones in the U.S. on Jan. 5. They talked.", []string{"Mr. Smith met Gen. Jones in the U.S. on Jan. 5.", "They talked."}},
		{"He went to the U.S. The talks began.", []string{"He went to the U.S.", "The talks began."}},
		{`"We met," he said. "It went well." Then he left.`, []string{`"We met," he said.`, `"It went well."`, "Then he left."}},
		{"John F. Kennedy spoke. Prices rose 2.5 percent.", []string{"John F. Kennedy spoke.", "Prices rose 2.5 percent."}},
		{"Is it over? Yes! no doubt.", []string{"Is it over?", "Yes! no doubt."}},
		{"Russia's envoy met the Putin-Trump team.", []string{"Russia's envoy met the Putin-Trump team."}},
	}
	for _, tc := range tests {
		d, err := ReadDocument("t.txt", []byte("date 2025-01-01 "+tc.text), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ss := sp.split(d, nil)
		var got []string
		for _, s := range ss {
			got = append(got, s.Text)
			if d.Text[s.Start:s.End] != s.Text {
				t.Errorf("offsets of %q wrong", s.Text)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %q", tc.text, got)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: sentence %d = %q, want %q", tc.text, i, got[i], tc.want[i])
			}
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "Russia's U.S.-backed Putin-Trump 1,000 don't 16:15 Note: 3:"
	var got []string
	for _, tk := range tokenizeSpan(text, 0, len(text)) {
		got = append(got, tk.Text)
	}
	want := []string{"Russia", "'s", "U.S.", "-", "backed", "Putin", "-", "Trump", "1,000", "don't", "16:15", "Note", ":", "3", ":"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestLongSentencesCut: a run of text with no full stop longer than
// maxSentenceTokens is read in pieces of at most that many tokens, each cut
// after the last comma or semicolon of its second half when it has one;
// the pieces cover the run's tokens in order.
func TestLongSentencesCut(t *testing.T) {
	lx, err := loadLexicon(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	sp := newSplitter(lx)
	words := func(n int, sep string) string {
		return strings.TrimSuffix(strings.Repeat("word"+sep, n), sep)
	}
	tests := []struct {
		name     string
		text     string
		want     int  // sentences
		lastComm bool // each piece but the last ends with a comma
	}{
		{"short stays whole", words(100, " ") + ".", 1, false},
		{"at the bound stays whole", words(maxSentenceTokens-1, " ") + ".", 1, false},
		{"no punctuation: cut at the bound", words(3*maxSentenceTokens, " "), 3, false},
		// 4 tokens a group: the bound falls inside a group, the cut after its comma
		{"commas: cut after one", strings.Repeat("word word word, ", 200) + "word.", 4, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadDocument("t.txt", []byte("date 2025-01-01 "+tc.text), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			all := tokenizeSpan(d.Text, d.Paragraphs[0].Start, d.Paragraphs[0].End)
			ss := sp.split(d, nil)
			if len(ss) != tc.want {
				t.Fatalf("%d sentences, want %d", len(ss), tc.want)
			}
			k := 0
			for i, s := range ss {
				if len(s.Tokens) > maxSentenceTokens {
					t.Errorf("sentence %d has %d tokens", i, len(s.Tokens))
				}
				if s.Index != i || d.Text[s.Start:s.End] != s.Text {
					t.Errorf("sentence %d: index %d, offsets %d-%d wrong", i, s.Index, s.Start, s.End)
				}
				for _, tok := range s.Tokens {
					if k >= len(all) || tok != all[k] {
						t.Fatalf("sentence %d: token %d out of order", i, k)
					}
					k++
				}
				if tc.lastComm && i < len(ss)-1 && s.Tokens[len(s.Tokens)-1].Text != "," {
					t.Errorf("sentence %d ends with %q, not a comma", i, s.Tokens[len(s.Tokens)-1].Text)
				}
			}
			if k != len(all) {
				t.Errorf("the pieces hold %d of %d tokens", k, len(all))
			}
		})
	}
}
