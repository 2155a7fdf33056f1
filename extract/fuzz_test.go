package extract

import (
	"context"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/schema"
)

// validTimexValue is what a TIMEX3 value may look like: a calendar value
// (checked further with schema.ParseDateValue), an underspecified one, a
// reference, a duration or a set's period. A clock time may end in Z, for
// UTC ("10am GMT": dates.yaml time_zones).
var validTimexValue = regexp.MustCompile(`^(PAST_REF|PRESENT_REF|FUTURE_REF|P[0-9.XYMWDHTS]+|PT[0-9.XHMS]+|[0-9X]{2,4}(-[0-9X]{2}(-[0-9X]{2})?)?(T[0-9X:]+Z?|T(MO|AF|EV|NI|DT))?|[0-9X]{4}-W[0-9X]{2}(-[1-7X]|-WE)?|[0-9X]{4}-(SP|SU|FA|WI|Q[1-4X]|H[12X]))$`)

func checkTimexes(t *testing.T, text string, ts []Timex) {
	t.Helper()
	last := 0
	for _, x := range ts {
		if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
			t.Fatalf("timex %+v outside the text (%d bytes)", x, len(text))
		}
		if x.Start < last {
			t.Fatalf("timexes out of order or overlapping at %+v", x)
		}
		last = x.End
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("timex text %q is not text[%d:%d] = %q", x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		if !validTimexValue.MatchString(x.Value) {
			t.Fatalf("timex %q has the invalid value %q", x.Text, x.Value)
		}
		if x.Type == "DATE" && regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(x.Value) {
			if _, err := schema.ParseDateValue(x.Value); err != nil {
				t.Fatalf("timex %q: %v", x.Text, err)
			}
		}
	}
}

var fuzzSeeds = []string{
	"date 2025-10-21 The two ministers met on Monday and will meet again next week in Geneva.",
	"date 2024-02-29 \"We spoke by phone yesterday,\" the Prime Minister said, according to Reuters.",
	"---\ntitle: T\ndate: 2023-05-16\n---\nOn 13 May she visited Rome. The same night she flew to Berlin.\n\nIMAGE: Leaders meet. Photograph: AP",
	"date 2019-06-28 Mr. Abe and Gen. Smith of the U.S. held talks on Jan. 3, 2019, two weeks ago, mid-June.",
	"date 2020-01-01 ",
	"date 2025-13-01 bad",
	"no date line at all",
	"date 2025-10-21 \xff\xfe",
}

// FuzzReadDocument: the article reader never panics; what it accepts has
// a publication date and paragraphs inside the file.
func FuzzReadDocument(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := ReadDocument("f.txt", b, ReadOptions{MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		if doc.Published.IsZero() {
			t.Fatal("a document without a publication date was accepted")
		}
		if doc.Text != string(b) {
			t.Fatal("Text is not the file")
		}
		for _, p := range doc.Paragraphs {
			if p.Start < doc.Body || p.End > len(b) || p.Start > p.End {
				t.Fatalf("paragraph %+v outside the body [%d, %d)", p, doc.Body, len(b))
			}
		}
	})
}

// FuzzSentences: the sentence splitter never panics; sentences come in
// order, do not overlap, lie inside the file, and their tokens inside them.
func FuzzSentences(f *testing.F) {
	ex, err := New(data.Lexicon())
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := ReadDocument("f.txt", b, ReadOptions{Date: time.Date(2025, 10, 21, 0, 0, 0, 0, time.UTC), MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		last := 0
		for i, s := range ex.split.split(doc, func(Paragraph) bool { return false }) {
			if s.Index != i || s.Start < last || s.End > len(b) || s.Start > s.End {
				t.Fatalf("sentence %d [%d, %d) out of order or outside the file (%d bytes)", i, s.Start, s.End, len(b))
			}
			last = s.End
			for _, tk := range s.Tokens {
				if tk.Start < s.Start || tk.End > s.End || tk.Start >= tk.End {
					t.Fatalf("token [%d, %d) outside its sentence [%d, %d)", tk.Start, tk.End, s.Start, s.End)
				}
			}
		}
	})
}

// FuzzDateFinder: the date normaliser never panics, and every expression
// it finds lies in the text, in order, with a valid TIMEX3 value.
func FuzzDateFinder(f *testing.F) {
	df, err := NewDateFinder(data.Lexicon())
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range fuzzSeeds {
		f.Add(s, int64(1761004800))
	}
	f.Add("from 2009 to 2011, every Monday, the 1990s, last spring, 10 a.m., three years ago", int64(0))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		dct := time.Unix(unix%(200*365*86400), 0).UTC()
		checkTimexes(t, text, df.Find(text, dct))
	})
}

// FuzzExtract: the extractor as a whole never panics; sentences, mentions,
// dates and every event's and claim's evidence lie inside the file; every
// date value is valid.
func FuzzExtract(f *testing.F) {
	ex, err := New(data.Lexicon())
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile("../data/articles/2025-10-21-lavrov-rubio-meeting-postponed.txt"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := ReadDocument("f.txt", b, ReadOptions{Date: time.Date(2025, 10, 21, 0, 0, 0, 0, time.UTC), MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		res, err := ex.Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		n := len(b)
		for _, s := range res.Sentences {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("sentence %d-%d outside the file", s.Start, s.End)
			}
		}
		for _, m := range res.Mentions {
			if m.Start < 0 || m.End > n || m.Start >= m.End || string(b[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %+v does not match the file", m)
			}
		}
		checkTimexes(t, string(b), res.Timexes)
		check := func(what string, ev []schema.Evidence, d *schema.Date) {
			if len(ev) == 0 {
				t.Fatalf("%s without evidence", what)
			}
			for _, e := range ev {
				if e.Start < 0 || e.End > n || e.Start >= e.End {
					t.Fatalf("%s evidence %d-%d outside the file", what, e.Start, e.End)
				}
			}
			if d != nil && !validTimexValue.MatchString(d.Value) {
				t.Fatalf("%s has the invalid date %q", what, d.Value)
			}
		}
		for _, e := range res.Article.Events {
			check("event "+e.ID, e.Evidence, e.Date)
		}
		for _, c := range res.Article.Claims {
			check("claim "+c.ID, c.Evidence, c.Date)
		}
	})
}
