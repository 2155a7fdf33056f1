package extract

import (
	"strings"
	"testing"
	"time"
)

func TestReadDocument(t *testing.T) {
	fallback := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, path, text string
		opt              ReadOptions
		wantErr          string // substring; "" = no error
		id, date, body   string // body: text at Body
		paras            int
		caption          []bool
	}{
		{name: "date line with text", path: "d/a-b.txt", text: " date 2025-10-21 A meeting was held.\n\nIMAGE: Two men meet. Photograph: X\n\nMore text.",
			id: "a-b", date: "2025-10-21", body: "A meeting", paras: 3, caption: []bool{false, true, false}},
		{name: "headline on the date line, body on the next", path: "h.txt", text: "date 2025-01-02 Ministers meet under new chair\nOSLO, Jan 2 - Foreign ministers met on Monday.\n\nSecond.",
			id: "h", date: "2025-01-02", body: "Ministers", paras: 3},
		{name: "date line alone", path: "x.txt", text: "date 2025-01-02\nFirst para.\n\nSecond.", id: "x", date: "2025-01-02", body: "First", paras: 2},
		{name: "front matter", path: "x.txt", text: "---\ntitle: T\ndate: 2024-03-04\nid: my-id\noutlet: CNN\n---\nBody here.\n", id: "my-id", date: "2024-03-04", body: "Body", paras: 1},
		{name: "list items are paragraphs", path: "l.txt", text: "date 2025-01-02\nKey dates\n\n- March 2019: A met B.\n- June 2020: C met D.\n1. One more.\nAfter the list.", id: "l", date: "2025-01-02", body: "Key", paras: 5},
		{name: "fallback", path: "f.txt", text: "No date here.", opt: ReadOptions{Date: fallback}, id: "f", date: "2024-05-06", body: "No date", paras: 1},
		{name: "no date", path: "f.txt", text: "No date here.", wantErr: "f.txt:1: no publication date"},
		{name: "impossible", path: "f.txt", text: "\n\ndate 2025-02-30 text", wantErr: "f.txt:3: date line: impossible date"},
		{name: "empty", path: "e.txt", text: "  \n ", wantErr: "e.txt: empty"},
		{name: "binary", path: "b.txt", text: "date 2025-01-01 \x00\x01", wantErr: "binary"},
		{name: "bad utf8", path: "u.txt", text: "date 2025-01-01\nok\n\xff\xfe", wantErr: "u.txt:3: not valid UTF-8"},
		{name: "too big", path: "m.txt", text: "date 2025-01-01 0123456789", opt: ReadOptions{MaxBytes: 10}, wantErr: "over the limit"},
		{name: "front matter title with a colon", path: "c.txt", text: "---\ntitle: The week: talks stall\ndate: 2022-05-21\nurl: https://example.org/w\n---\nBody.\n", id: "c", date: "2022-05-21", body: "Body", paras: 1},
		{name: "front matter neither YAML nor key: value", path: "z.txt", text: "---\ntitle: a: b\nnot a field\ndate: 2022-05-21\n---\nBody.\n", wantErr: "z.txt:2: front matter"},
		{name: "bad front matter date", path: "y.txt", text: "---\ntitle: a\ndate: 2025-13-01\n---\nx", wantErr: "y.txt:3: front matter date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadDocument(tc.path, []byte(tc.text), tc.opt)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.ID != tc.id || d.Published.Format("2006-01-02") != tc.date || !strings.HasPrefix(d.Text[d.Body:], tc.body) || len(d.Paragraphs) != tc.paras {
				t.Errorf("got id %q date %s body %q paras %d", d.ID, d.Published.Format("2006-01-02"), d.Text[d.Body:], len(d.Paragraphs))
			}
			for i, c := range tc.caption {
				if d.Paragraphs[i].Caption != c {
					t.Errorf("paragraph %d caption = %v", i, d.Paragraphs[i].Caption)
				}
			}
			for _, p := range d.Paragraphs {
				if strings.TrimSpace(d.Text[p.Start:p.End]) != d.Text[p.Start:p.End] {
					t.Errorf("paragraph %q not trimmed", d.Text[p.Start:p.End])
				}
			}
		})
	}
}
