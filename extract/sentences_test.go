package extract

import (
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
	text := "Russia's U.S.-backed Putin-Trump 1,000 don't"
	var got []string
	for _, tk := range tokenizeSpan(text, 0, len(text)) {
		got = append(got, tk.Text)
	}
	want := []string{"Russia", "'s", "U.S.", "-", "backed", "Putin", "-", "Trump", "1,000", "don't"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, got[i], want[i])
		}
	}
}
