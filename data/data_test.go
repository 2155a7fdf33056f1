package data

import (
	"io/fs"
	"strings"
	"testing"
)

// TestLexiconIsEmbeddedAndDocumented checks every lexicon file is in the
// binary and starts with a header comment saying what it holds.
func TestLexiconIsEmbeddedAndDocumented(t *testing.T) {
	files, err := fs.Glob(Lexicon(), "*")
	if err != nil {
		t.Fatal(err)
	}
	need := map[string]bool{"countries.tsv": false, "dates.yaml": false, "outlets.tsv": false, "titles.tsv": false, "triggers.tsv": false}
	for _, f := range files {
		b, err := fs.ReadFile(Lexicon(), f)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := need[f]; ok {
			need[f] = true
		}
		if strings.HasSuffix(f, ".tsv") || strings.HasSuffix(f, ".yaml") {
			if !strings.HasPrefix(string(b), "#") {
				t.Errorf("%s does not start with a header comment", f)
			}
		}
	}
	for f, ok := range need {
		if !ok {
			t.Errorf("lexicon file %s is missing", f)
		}
	}
}
