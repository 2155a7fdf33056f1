package evaluate

// Scoring the claims (who said what) against MEANTIME's gold attribution:
// real Wikinews articles nobody on the project wrote or tuned on.

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/eventgraph/eventgraph/schema"
)

// ExtractFunc extracts an article: the file path it names, and its text
// (first line "date YYYY-MM-DD").
type ExtractFunc func(ctx context.Context, path string, text []byte) (*schema.Article, error)

// AttributionScore is how well the claims the extractor finds match
// MEANTIME's gold attributions (derived/attributions.tsv: a speech event,
// its source, its sentence). Gold counts the attributions that have a
// source and whose cue is a word of saying (reportingCues: "said",
// "announced", "statement", ...; MEANTIME also attributes plans, wishes
// and beliefs, which are not claims here).
//
// A gold attribution is found when a claim's evidence overlaps its
// sentence, and its claimant is right when that claim's claimant shares a
// word with the source as written or as MEANTIME resolves it ("The
// company" → "China Eastern Airlines"). Precision is over the claims in
// the sentences MEANTIME annotates (the title and the first sentences of
// the body): a claim is matched when its sentence has a gold attribution
// (any cue, with or without a source).
type AttributionScore struct {
	Corpus    string  `json:"corpus"`
	Docs      int     `json:"docs"`
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
	Claimant  int     `json:"claimant"`
	System    int     `json:"system"`  // claims in annotated sentences
	Matched   int     `json:"matched"` // of those, in a sentence with a gold attribution
	Recall    float64 `json:"recall"`
	ClaimantR float64 `json:"claimant_recall"`
	Precision float64 `json:"precision"`
	// Misses are the gold attributions not found, or found with another
	// claimant: "doc sentence cue | source | what was found".
	Misses []string `json:"misses,omitempty"`
}

// String is a one-line summary.
func (s AttributionScore) String() string {
	return fmt.Sprintf("%s attribution: %d docs, %d gold (words of saying, with a source): found %d (recall %.3f), claimant right %d (%.3f); %d claims in annotated sentences, precision %.3f",
		s.Corpus, s.Docs, s.Gold, s.Found, s.Recall, s.Claimant, s.ClaimantR, s.System, s.Precision)
}

// reportingCues are the cues of MEANTIME attributions scored as claims:
// verbs and nouns of saying, in the forms the corpus has.
var reportingCues = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true,
	"state": true, "states": true, "stated": true, "stating": true, "statement": true, "statements": true,
	"tell": true, "tells": true, "told": true, "telling": true,
	"report": true, "reports": true, "reported": true, "reporting": true,
	"announce": true, "announces": true, "announced": true, "announcing": true, "announcement": true,
	"claim": true, "claims": true, "claimed": true, "claiming": true,
	"confirm": true, "confirms": true, "confirmed": true,
	"declare": true, "declares": true, "declared": true, "declaration": true,
	"add": true, "adds": true, "added": true,
	"explain": true, "explains": true, "explained": true,
	"insist": true, "insists": true, "insisted": true,
	"argue": true, "argues": true, "argued": true,
	"admit": true, "admits": true, "admitted": true,
	"warn": true, "warns": true, "warned": true,
	"deny": true, "denies": true, "denied": true,
	"comment": true, "comments": true, "commented": true,
	"quote": true, "quoted": true,
}

// attribution is one row of derived/attributions.tsv.
type attribution struct {
	doc      string
	sentence int
	cue      string
	source   string // as written, "" when none
	resolved string // MEANTIME's instance name of the source
}

// readAttributions reads derived/attributions.tsv (header line first;
// columns doc_id, dct, sentence, speech_event, source, ...; the dct is
// read from each document instead, as some rows lack it).
func readAttributions(path string) ([]attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []attribution
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	n := 0
	for sc.Scan() {
		n++
		if n == 1 {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 {
			return nil, fmt.Errorf("%s:%d: %d columns, want doc_id, dct, sentence, speech_event, source, ...", path, n, len(cols))
		}
		sent, err := strconv.Atoi(cols[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: sentence %q: %w", path, n, cols[2], err)
		}
		a := attribution{doc: cols[0], sentence: sent, cue: strings.ToLower(cols[3])}
		a.source, a.resolved = parseSource(cols[4])
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	return out, nil
}

// parseSource splits "Arg0:The company[ORG|China Eastern Airlines|http://...]"
// into the mention and the instance name.
func parseSource(s string) (mention, instance string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	if i := strings.IndexByte(s, ':'); i >= 0 && strings.HasPrefix(s, "Arg") {
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, '['); i >= 0 {
		mention = strings.TrimSpace(s[:i])
		parts := strings.Split(strings.TrimSuffix(s[i+1:], "]"), "|")
		if len(parts) > 1 {
			instance = parts[1]
		}
		return mention, instance
	}
	return s, ""
}

// catSentences reads a CAT XML document: its text (as the timex scorer
// rebuilds it), each sentence's span in it, and the last sentence any
// markable is anchored in (MEANTIME annotates up to there).
func catSentences(path string) (string, map[int][2]int, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, 0, err
	}
	defer f.Close()
	var c catDoc
	if err := xml.NewDecoder(f).Decode(&c); err != nil {
		return "", nil, 0, fmt.Errorf("%s: parsing CAT XML: %w", path, err)
	}
	text, span := c.rebuild()
	sents := map[int][2]int{}
	sentOf := map[string]int{}
	for _, t := range c.Tokens {
		sentOf[t.ID] = t.Sentence
		sp := span[t.ID]
		if cur, ok := sents[t.Sentence]; ok {
			sents[t.Sentence] = [2]int{cur[0], sp[1]}
		} else {
			sents[t.Sentence] = sp
		}
	}
	last := -1
	for _, x := range c.Markables.Any {
		for _, a := range x.Anchors {
			last = max(last, sentOf[a.ID])
		}
	}
	return text, sents, last, nil
}

// catDate is a CAT XML document's creation date, as the timex scorer
// reads it.
func catDate(path string) (time.Time, error) {
	f, err := os.Open(path)
	if err != nil {
		return time.Time{}, err
	}
	defer f.Close()
	d, err := readCATTimex(f)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", path, err)
	}
	return d.dct, nil
}

// AttributionEvalMEANTIME scores the claims extract finds in MEANTIME's
// articles (dir: the corpus folder, meantime-en) against its gold
// attributions. Each article is the text rebuilt from its tokens, under a
// first line with its creation date.
func AttributionEvalMEANTIME(ctx context.Context, dir string, extract ExtractFunc) (AttributionScore, error) {
	s := AttributionScore{Corpus: "MEANTIME"}
	tsv := filepath.Join(dir, "derived", "attributions.tsv")
	gold, err := readAttributions(tsv)
	if err != nil {
		return s, fmt.Errorf("reading MEANTIME attributions: %w", err)
	}
	byDoc := map[string][]attribution{}
	for _, a := range gold {
		byDoc[a.doc] = append(byDoc[a.doc], a)
	}
	files, err := filepath.Glob(filepath.Join(dir, "intra-doc_annotation", "*", "*.xml"))
	if err != nil || len(files) == 0 {
		return s, fmt.Errorf("reading MEANTIME %s: no intra-doc_annotation/*/*.xml", dir)
	}
	sort.Strings(files)
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		doc, _, _ := strings.Cut(filepath.Base(path), "_")
		rows := byDoc[doc]
		if len(rows) == 0 {
			continue
		}
		text, sents, last, err := catSentences(path)
		if err != nil {
			return s, fmt.Errorf("reading MEANTIME: %w", err)
		}
		dct, err := catDate(path)
		if err != nil {
			return s, fmt.Errorf("reading MEANTIME: %w", err)
		}
		head := "date " + dct.Format("2006-01-02") + "\n"
		a, err := extract(ctx, filepath.Base(path), []byte(head+text))
		if err != nil {
			return s, fmt.Errorf("extracting %s: %w", path, err)
		}
		s.Docs++
		s.scoreDoc(doc, rows, a, sents, last, len(head))
	}
	s.Recall = ratio(s.Found, s.Gold)
	s.ClaimantR = ratio(s.Claimant, s.Gold)
	s.Precision = ratio(s.Matched, s.System)
	return s, nil
}

// scoreDoc adds one document: its gold rows, the extracted article, the
// sentences' spans (in the text without its date line of length shift),
// the last annotated sentence.
func (s *AttributionScore) scoreDoc(doc string, rows []attribution, a *schema.Article, sents map[int][2]int, last, shift int) {
	names := map[string][]string{}
	for _, x := range a.Actors {
		names[x.ID] = append([]string{x.Name}, x.Aliases...)
	}
	type span struct{ lo, hi int }
	var claims []struct {
		span
		c schema.Claim
	}
	for _, c := range a.Claims {
		for _, e := range c.Evidence {
			claims = append(claims, struct {
				span
				c schema.Claim
			}{span{e.Start - shift, e.End - shift}, c})
		}
	}
	in := func(sp span, sent int) bool {
		r, ok := sents[sent]
		return ok && sp.lo < r[1] && r[0] < sp.hi
	}
	attributed := map[int]bool{}
	for _, g := range rows {
		attributed[g.sentence] = true
		if g.source == "" || !reportingCues[g.cue] {
			continue
		}
		s.Gold++
		var found []string
		right := false
		for _, c := range claims {
			if !in(c.span, g.sentence) {
				continue
			}
			who := names[c.c.Claimant]
			found = append(found, strings.Join(who, "/"))
			if sharesWord(who, g.source+" "+g.resolved) {
				right = true
			}
		}
		if len(found) > 0 {
			s.Found++
		}
		if right {
			s.Claimant++
			continue
		}
		what := "no claim"
		if len(found) > 0 {
			what = "claimant " + strings.Join(found, ", ")
		}
		s.Misses = append(s.Misses, fmt.Sprintf("%s s%d %q | %s [%s] | %s", doc, g.sentence, g.cue, g.source, g.resolved, what))
	}
	seen := map[string]bool{}
	for _, c := range claims {
		if seen[c.c.ID] {
			continue
		}
		sent := -1
		for k := range sents {
			if k <= last && in(c.span, k) && (sent < 0 || k < sent) {
				sent = k
			}
		}
		if sent < 0 {
			continue
		}
		seen[c.c.ID] = true
		s.System++
		if attributed[sent] {
			s.Matched++
		}
	}
}

// sharesWord says whether any of names shares a word of three letters or
// more with text, ignoring case.
func sharesWord(names []string, text string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWordRune) {
		if len(w) >= 3 {
			words[w] = true
		}
	}
	for _, n := range names {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), notWordRune) {
			if len(w) >= 3 && words[w] && w != "the" && w != "and" {
				return true
			}
		}
	}
	return false
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
