package graph

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestScanNQuadsKeepsFileOrder reads files of several chunks: every quad
// reaches fn once, in file order, with its line number; the first
// malformed line stops the scan with its number, after every quad before
// it; an error of fn stops it too.
func TestScanNQuadsKeepsFileOrder(t *testing.T) {
	file := func(n, bad int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			switch {
			case i == bad:
				b.WriteString("<http://e/s> <http://e/p> broken .\n")
			case i%1000 == 0:
				b.WriteString("# a comment\n")
			case i%777 == 0:
				b.WriteString("   \n")
			default:
				fmt.Fprintf(&b, "<http://e/s%d> <http://e/p> \"%d\" <http://e/doc%d> .\n", i, i, i/10)
			}
		}
		return b.String()
	}
	stop := errors.New("stop")
	for _, c := range []struct {
		name      string
		lines     int
		bad       int // a malformed line, 0 for none
		stopAt    int // fn fails at this line, 0 for never
		wantSeen  int // quads fn sees
		wantErrAt string
	}{
		{"one chunk", 100, 0, 0, 100, ""},
		{"several chunks", 3*scanChunkLines + 5, 0, 0, 3*scanChunkLines + 5 - 6 - 7, ""},
		{"malformed in the third chunk", 3*scanChunkLines + 5, 2*scanChunkLines + 300, 0, 2*scanChunkLines + 300 - 1 - 4 - 5, fmt.Sprintf("f.nq:%d: malformed N-Quads", 2*scanChunkLines+300)},
		{"malformed first line", 5000, 1, 0, 0, "f.nq:1: malformed N-Quads"},
		{"fn stops", 5000, 0, 4500, 4500 - 1 - 4 - 5, "stop"},
	} {
		t.Run(c.name, func(t *testing.T) {
			seen, last := 0, 0
			err := scanNQuads("f.nq", strings.NewReader(file(c.lines, c.bad)), func(line int, q quad.Quad, size int) error {
				if line <= last {
					t.Fatalf("line %d after line %d", line, last)
				}
				last = line
				if want := quad.String(fmt.Sprint(line)); q.Object != want {
					t.Fatalf("line %d: object %v", line, q.Object)
				}
				if size <= 0 {
					t.Fatalf("line %d: size %d", line, size)
				}
				if line == c.stopAt {
					return stop
				}
				seen++
				return nil
			})
			if c.wantErrAt == "" && err != nil {
				t.Fatalf("error %v", err)
			}
			if c.wantErrAt != "" && (err == nil || !strings.Contains(err.Error(), c.wantErrAt)) {
				t.Fatalf("error %v, want %q", err, c.wantErrAt)
			}
			if seen != c.wantSeen {
				t.Errorf("fn saw %d quads, want %d", seen, c.wantSeen)
			}
		})
	}
}
