package evaluate

// Scoring the date finder (extract.DateFinder) against corpora with gold
// TIMEX3 annotation: MEANTIME (CAT XML) and TempEval-3 (TimeML).

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/extract"
)

// TimexScore is how well a DateFinder finds and normalises the temporal
// expressions of a gold corpus.
//
// Extents are compared strictly (same span) and relaxed (overlapping spans,
// one to one). Value and type accuracy are over the gold expressions whose
// extent was matched (relaxed); ValueF1 is TempEval-3's value score: a
// system expression counts when it overlaps a gold one and has its value.
type TimexScore struct {
	Corpus             string
	Docs, Gold, System int
	StrictMatch        int // gold expressions found with their exact span
	RelaxedMatch       int // gold expressions overlapped by a system one
	ValueCorrect       int // of RelaxedMatch, those with the gold value
	TypeCorrect        int // of RelaxedMatch, those with the gold type

	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	ValueAccuracy, TypeAccuracy   float64
	ValueF1                       float64

	Errors []TimexError // every miss, spurious find and wrong value or type
}

// TimexError is one disagreement with the gold annotation.
type TimexError struct {
	Doc     string
	Kind    string // "missed", "spurious", "value", "type"
	Gold    extract.Timex
	System  extract.Timex
	Context string // the sentence around it
	DCT     string
}

// timexDoc is one gold document: its text, publication date and gold
// expressions.
type timexDoc struct {
	name string
	text string
	dct  time.Time
	gold []extract.Timex
	// ignore holds spans where system expressions are not counted (the
	// creation time written in a MEANTIME document).
	ignore [][2]int
}

// add scores one document.
func (s *TimexScore) add(d timexDoc, sys []extract.Timex) {
	s.Docs++
	var kept []extract.Timex
	for _, x := range sys {
		skip := false
		for _, ig := range d.ignore {
			if x.Start < ig[1] && x.End > ig[0] {
				skip = true
			}
		}
		if !skip {
			kept = append(kept, x)
		}
	}
	sys = kept
	s.Gold += len(d.gold)
	s.System += len(sys)
	used := make([]bool, len(sys))
	ctx := func(a, b int) string {
		lo, hi := max(0, a-80), min(len(d.text), b+80)
		return strings.ReplaceAll(d.text[lo:a]+"[["+d.text[a:b]+"]]"+d.text[b:hi], "\n", " ")
	}
	dct := d.dct.Format("2006-01-02")
	for _, g := range d.gold {
		best, bestOv := -1, 0
		for k, x := range sys {
			if used[k] {
				continue
			}
			ov := min(g.End, x.End) - max(g.Start, x.Start)
			if ov > bestOv || ov > 0 && ov == bestOv && x.Start == g.Start && x.End == g.End {
				best, bestOv = k, ov
			}
		}
		if best < 0 {
			s.Errors = append(s.Errors, TimexError{Doc: d.name, Kind: "missed", Gold: g, Context: ctx(g.Start, g.End), DCT: dct})
			continue
		}
		used[best] = true
		x := sys[best]
		s.RelaxedMatch++
		if x.Start == g.Start && x.End == g.End {
			s.StrictMatch++
		}
		if x.Value == g.Value {
			s.ValueCorrect++
		} else {
			s.Errors = append(s.Errors, TimexError{Doc: d.name, Kind: "value", Gold: g, System: x, Context: ctx(g.Start, g.End), DCT: dct})
		}
		if x.Type == g.Type {
			s.TypeCorrect++
		} else {
			s.Errors = append(s.Errors, TimexError{Doc: d.name, Kind: "type", Gold: g, System: x, Context: ctx(g.Start, g.End), DCT: dct})
		}
	}
	for k, x := range sys {
		if !used[k] {
			s.Errors = append(s.Errors, TimexError{Doc: d.name, Kind: "spurious", System: x, Context: ctx(x.Start, x.End), DCT: dct})
		}
	}
}

// finish computes the ratios.
func (s *TimexScore) finish() {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	f1 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	s.StrictP, s.StrictR = ratio(s.StrictMatch, s.System), ratio(s.StrictMatch, s.Gold)
	s.RelaxedP, s.RelaxedR = ratio(s.RelaxedMatch, s.System), ratio(s.RelaxedMatch, s.Gold)
	s.StrictF1, s.RelaxedF1 = f1(s.StrictP, s.StrictR), f1(s.RelaxedP, s.RelaxedR)
	s.ValueAccuracy, s.TypeAccuracy = ratio(s.ValueCorrect, s.RelaxedMatch), ratio(s.TypeCorrect, s.RelaxedMatch)
	s.ValueF1 = f1(ratio(s.ValueCorrect, s.System), ratio(s.ValueCorrect, s.Gold))
}

// String is a one-line summary.
func (s TimexScore) String() string {
	return fmt.Sprintf("%s: docs %d gold %d system %d | strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | value acc %.3f type acc %.3f | value F1 %.3f",
		s.Corpus, s.Docs, s.Gold, s.System, s.StrictP, s.StrictR, s.StrictF1, s.RelaxedP, s.RelaxedR, s.RelaxedF1, s.ValueAccuracy, s.TypeAccuracy, s.ValueF1)
}

// scoreTimexDocs runs f over docs and scores it.
func scoreTimexDocs(ctx context.Context, corpus string, docs []timexDoc, f *extract.DateFinder) (TimexScore, error) {
	s := TimexScore{Corpus: corpus}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return s, fmt.Errorf("scoring %s: %w", corpus, err)
		}
		s.add(d, f.Find(d.text, d.dct))
	}
	s.finish()
	return s, nil
}

// TimexEvalTimeML scores f against the TimeML (.tml) files under dir, e.g.
// TempEval-3's TBAQ-cleaned: the gold TIMEX3 elements inside TEXT against
// what f finds in the text content, normalised against each file's DCT.
func TimexEvalTimeML(ctx context.Context, dir string, f *extract.DateFinder) (TimexScore, error) {
	var docs []timexDoc
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() || !strings.HasSuffix(path, ".tml") {
			return nil
		}
		r, err := os.Open(path)
		if err != nil {
			return err
		}
		defer r.Close()
		doc, err := extract.ReadTimeML(r)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		rel, _ := filepath.Rel(dir, path)
		docs = append(docs, timexDoc{name: rel, text: doc.Text, dct: doc.DCT, gold: doc.Timexes})
		return nil
	})
	if err != nil {
		return TimexScore{}, fmt.Errorf("reading TimeML corpus %s: %w", dir, err)
	}
	if len(docs) == 0 {
		return TimexScore{}, fmt.Errorf("reading TimeML corpus %s: no .tml files", dir)
	}
	return scoreTimexDocs(ctx, "TimeML "+filepath.Base(dir), docs, f)
}

// TimexEvalMEANTIME scores f against MEANTIME: dir is the corpus folder
// (meantime-en) whose intra-doc_annotation/*/*.xml are CAT XML documents
// with gold TIMEX3 markables. The text is rebuilt from the tokens; the
// document creation time (the TIMEX3 with functionInDocument
// CREATION_TIME) is the publication date, and it and whatever the finder
// reports over it are left out of the score, as are gold expressions with no
// tokens.
func TimexEvalMEANTIME(ctx context.Context, dir string, f *extract.DateFinder) (TimexScore, error) {
	files, err := filepath.Glob(filepath.Join(dir, "intra-doc_annotation", "*", "*.xml"))
	if err != nil {
		return TimexScore{}, fmt.Errorf("reading MEANTIME %s: %w", dir, err)
	}
	if len(files) == 0 {
		return TimexScore{}, fmt.Errorf("reading MEANTIME %s: no intra-doc_annotation/*/*.xml", dir)
	}
	sort.Strings(files)
	var docs []timexDoc
	for _, path := range files {
		r, err := os.Open(path)
		if err != nil {
			return TimexScore{}, fmt.Errorf("reading MEANTIME: %w", err)
		}
		d, err := readCATTimex(r)
		r.Close()
		if err != nil {
			return TimexScore{}, fmt.Errorf("reading MEANTIME %s: %w", path, err)
		}
		d.name = filepath.Base(path)
		docs = append(docs, d)
	}
	return scoreTimexDocs(ctx, "MEANTIME", docs, f)
}

// catDoc is the part of a CAT XML document the timex scorer reads.
type catDoc struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Any []catMarkable `xml:",any"`
	} `xml:"Markables"`
}

// catMarkable is an entity, event, value or TIMEX3 markable.
type catMarkable struct {
	XMLName  xml.Name
	Type     string `xml:"type,attr"`
	Value    string `xml:"value,attr"`
	Mod      string `xml:"mod,attr"`
	Function string `xml:"functionInDocument,attr"`
	Anchors  []struct {
		ID string `xml:"t_id,attr"`
	} `xml:"token_anchor"`
}

// readCATTimex reads a CAT XML document: text rebuilt from its tokens, gold
// TIMEX3 with offsets into it, creation time.
func readCATTimex(r io.Reader) (timexDoc, error) {
	var c catDoc
	if err := xml.NewDecoder(r).Decode(&c); err != nil {
		return timexDoc{}, fmt.Errorf("parsing CAT XML: %w", err)
	}
	text, span := c.rebuild()
	d := timexDoc{text: text}
	// MEANTIME annotates the title and the first sentences of the body
	// only: what the finder reports after the last sentence with any
	// markable is not scored.
	sentOf := map[string]int{}
	for _, t := range c.Tokens {
		sentOf[t.ID] = t.Sentence
	}
	last := -1
	for _, x := range c.Markables.Any {
		for _, a := range x.Anchors {
			last = max(last, sentOf[a.ID])
		}
	}
	for _, t := range c.Tokens {
		if t.Sentence > last {
			d.ignore = append(d.ignore, [2]int{span[t.ID][0], len(d.text)})
			break
		}
	}
	for _, x := range c.Markables.Any {
		if x.XMLName.Local != "TIMEX3" || len(x.Anchors) == 0 {
			continue
		}
		lo, hi := -1, -1
		for _, a := range x.Anchors {
			sp, ok := span[a.ID]
			if !ok {
				return timexDoc{}, fmt.Errorf("TIMEX3 anchored on unknown token %q", a.ID)
			}
			if lo < 0 || sp[0] < lo {
				lo = sp[0]
			}
			if sp[1] > hi {
				hi = sp[1]
			}
		}
		if x.Function == "CREATION_TIME" {
			// A value that is no ISO date ("03-02-2009") leaves the date
			// line to be read below.
			if t, err := time.Parse("2006-01-02", x.Value[:min(10, len(x.Value))]); err == nil {
				d.dct = t
			}
			d.ignore = append(d.ignore, [2]int{lo, hi})
			continue
		}
		d.gold = append(d.gold, extract.Timex{Start: lo, End: hi, Text: d.text[lo:hi], Type: x.Type, Value: x.Value, Mod: x.Mod})
	}
	if d.dct.IsZero() {
		// No CREATION_TIME markable: the date line (sentence 1) is the date.
		lo, hi := -1, -1
		for _, t := range c.Tokens {
			if t.Sentence == 1 {
				if lo < 0 {
					lo = span[t.ID][0]
				}
				hi = span[t.ID][1]
			}
		}
		if lo < 0 {
			return timexDoc{}, fmt.Errorf("no CREATION_TIME TIMEX3 and no date line")
		}
		t, err := time.Parse("January 02, 2006", d.text[lo:hi])
		if err != nil {
			return timexDoc{}, fmt.Errorf("no CREATION_TIME TIMEX3, and the date line: %w", err)
		}
		d.dct = t
		d.ignore = append(d.ignore, [2]int{lo, hi})
	}
	sort.Slice(d.gold, func(i, j int) bool { return d.gold[i].Start < d.gold[j].Start })
	return d, nil
}

// rebuild is the document's text, made from its tokens as a writer would
// space them (the title and date lines apart, then the body as one
// paragraph), and each token's span in it, by token id.
func (c *catDoc) rebuild() (string, map[string][2]int) {
	var b strings.Builder
	span := map[string][2]int{}
	prev, prevSent := "", -1
	for _, t := range c.Tokens {
		w := t.Text
		switch w {
		case "``", "''":
			w = `"`
		}
		if prevSent >= 0 {
			switch {
			case t.Sentence != prevSent && prevSent <= 1:
				b.WriteString("\n\n") // title and date lines
			case t.Sentence != prevSent:
				b.WriteByte(' ')
			case noSpaceBefore(w) || noSpaceAfter(prev):
			default:
				b.WriteByte(' ')
			}
		}
		span[t.ID] = [2]int{b.Len(), b.Len() + len(w)}
		b.WriteString(w)
		prev, prevSent = w, t.Sentence
	}
	return b.String(), span
}

func noSpaceBefore(w string) bool {
	switch w {
	case ",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'":
		return true
	}
	return false
}

func noSpaceAfter(w string) bool {
	switch w {
	case "(", "[", "$", "#":
		return true
	}
	return false
}

// mergeTimexScores adds up scores of several corpora.
func mergeTimexScores(corpus string, scores ...TimexScore) TimexScore {
	m := TimexScore{Corpus: corpus}
	for _, s := range scores {
		m.Docs += s.Docs
		m.Gold += s.Gold
		m.System += s.System
		m.StrictMatch += s.StrictMatch
		m.RelaxedMatch += s.RelaxedMatch
		m.ValueCorrect += s.ValueCorrect
		m.TypeCorrect += s.TypeCorrect
		m.Errors = append(m.Errors, s.Errors...)
	}
	m.finish()
	return m
}
