package graph

import (
	"strings"
	"testing"
)

// FuzzParseNQuads feeds the N-Quads loader arbitrary bytes: it must never
// panic, must name the file and line of any error, and every quad it
// accepts must survive FormatQuad → ParseQuad unchanged.
func FuzzParseNQuads(f *testing.F) {
	for _, s := range []string{
		"<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n",
		"<http://x/s> <http://x/p> \"lit\\\"eral\\n\" .\n",
		"_:b1 <http://x/p> \"2025-10-20T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> <http://x/g> .\n",
		"<http://x/s> <http://x/p> \"Kyiv\"@en .\n# comment\n\n",
		"<http://x/s> <http://x/p> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
		"<a> <b> broken .\n",
		"\"s\" <p> <o> .\n",
		"<s> <p> \"unterminated .\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		groups, labels, err := ParseNQuads("f.nq", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.nq:") {
				t.Fatalf("error does not name the file and line: %v", err)
			}
			return
		}
		for _, l := range labels {
			for _, q := range groups[FormatValue(l)] {
				line := FormatQuad(q)
				back, err := ParseQuad(line)
				if err != nil {
					t.Fatalf("our own output does not parse: %s: %v", line, err)
				}
				if FormatQuad(back) != line {
					t.Fatalf("round trip changed %s into %s", line, FormatQuad(back))
				}
			}
		}
	})
}
