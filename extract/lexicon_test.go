package extract

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/data"
)

// TestLexiconFlagErrors: an unknown flag in a lexicon file's optional flag
// column is an error that names the file and the entry, not a flag
// silently ignored.
func TestLexiconFlagErrors(t *testing.T) {
	tests := []struct {
		file, row, want string
	}{
		{"titles.tsv", "emir\tEmir\tleader\temirs\t-\tgivne\n", `titles.tsv: "emir": unknown flag "givne"`},
		{"organisations.tsv", "Kremlin\t-\tRussia\tgovernment\tsaet\n", `organisations.tsv: "Kremlin": unknown flag "saet"`},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			fsys := fstest.MapFS{}
			err := fs.WalkDir(data.Lexicon(), ".", func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				b, err := fs.ReadFile(data.Lexicon(), p)
				if err != nil {
					return err
				}
				if p == tc.file {
					b = append(b, tc.row...)
				}
				fsys[p] = &fstest.MapFile{Data: b}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := New(fsys); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want one saying %q", err, tc.want)
			}
		})
	}
}
