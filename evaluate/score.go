package evaluate

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/schema"
)

// TimexSpan is a temporal expression an extractor found in an article.
type TimexSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offset in the article file, inclusive
	End   int    `json:"end"`   // byte offset in the article file, exclusive
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // TIMEX3 value
}

// Prediction is what an extractor produced for one document.
type Prediction struct {
	Article schema.Article `json:"article"`
	// Timexes are the temporal expressions found; nil when the extractor
	// reports none, in which case timexes are not scored for the document.
	Timexes []TimexSpan `json:"timexes,omitempty"`
	// Result is the whole extraction, if kept: with it the score says why
	// each missed pair was missed (DocScore.Why).
	Result *extract.Result `json:"-"`
}

// PRF is precision, recall and F1 from counts of true positives, false
// positives and false negatives. An empty prediction scores 1 against an
// empty gold, 0 against a non-empty one, and the other way round.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newPRF(tp, fp, fn int) PRF {
	p := PRF{TP: tp, FP: fp, FN: fn}
	switch {
	case tp+fp+fn == 0:
		p.Precision, p.Recall, p.F1 = 1, 1, 1
		return p
	case tp == 0:
		return p
	}
	p.Precision = float64(tp) / float64(tp+fp)
	p.Recall = float64(tp) / float64(tp+fn)
	p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	return p
}

func (p PRF) add(q PRF) PRF { return newPRF(p.TP+q.TP, p.FP+q.FP, p.FN+q.FN) }

// Ratio is an accuracy or a recall: Hit out of Total. Value is 0 when Total
// is 0 (nothing to measure; Table shows "-").
type Ratio struct {
	Hit   int     `json:"hit"`
	Total int     `json:"total"`
	Value float64 `json:"value"`
}

func newRatio(hit, total int) Ratio {
	r := Ratio{Hit: hit, Total: total}
	if total > 0 {
		r.Value = float64(hit) / float64(total)
	}
	return r
}

func (r Ratio) add(q Ratio) Ratio { return newRatio(r.Hit+q.Hit, r.Total+q.Total) }

// DocScore is the score of one document, or of all (Report.Total).
type DocScore struct {
	// Document is the document id; "TOTAL" for the total.
	Document string `json:"document"`
	// Missing is true when the extractor produced nothing for the document
	// (then everything in its gold counts as missed).
	Missing bool `json:"missing,omitempty"`
	// Pairs is who-met-whom: unordered participant pairs of all events,
	// kinds and statuses ignored, as sets per document.
	Pairs PRF `json:"pairs"`
	// DatedPairs is pairs with the event's date value ("" = none).
	DatedPairs PRF `json:"dated_pairs"`
	// Events is how many gold events were matched to a predicted event
	// (sharing at least one pair, one to one).
	Events Ratio `json:"events"`
	// Status is the status accuracy over matched events.
	Status Ratio `json:"status"`
	// Claims is claim P/R/F1: a claim matches when its claimant does.
	Claims PRF `json:"claims"`
	// Outlets is the recall of the gold outlets (reported_by) of matched
	// claims.
	Outlets Ratio `json:"outlets"`
	// Timexes is the value accuracy over gold timexes; nil when the
	// extractor gave no timexes for the document (or any, for the total).
	Timexes *Ratio `json:"timexes,omitempty"`
	// Missed and Extra are the document's gold pairs not found and the
	// pairs found that gold lacks, with their dates ("a|b@2025-10-20",
	// names as the scorer keys them); sorted, for finding what to fix.
	// Not kept in the total.
	Missed []string `json:"missed,omitempty"`
	Extra  []string `json:"extra,omitempty"`
	// PairsBySize is the recall of gold pairs by the size of their gold
	// contact: two, or three and more.
	PairsBySize SizeRecall `json:"pairs_by_size"`
	// Why counts the missed pairs by what the extraction shows of them
	// (keys: WhyOrder); nil unless the prediction kept its extraction.
	Why map[string]int `json:"why_missed,omitempty"`
}

func (d DocScore) add(e DocScore) DocScore {
	d.Pairs = d.Pairs.add(e.Pairs)
	d.DatedPairs = d.DatedPairs.add(e.DatedPairs)
	d.Events = d.Events.add(e.Events)
	d.Status = d.Status.add(e.Status)
	d.Claims = d.Claims.add(e.Claims)
	d.Outlets = d.Outlets.add(e.Outlets)
	d.PairsBySize = d.PairsBySize.add(e.PairsBySize)
	d.Why = addWhy(d.Why, e.Why)
	if e.Timexes != nil {
		t := *e.Timexes
		if d.Timexes != nil {
			t = d.Timexes.add(t)
		}
		d.Timexes = &t
	}
	return d
}

// Report is the score of an extraction against gold: one row per gold
// document, in gold order, and the micro-averaged total.
type Report struct {
	Documents []DocScore `json:"documents"`
	Total     DocScore   `json:"total"`
}

// Score scores extracted articles, keyed by document id (file name without
// extension), against gold. Documents without gold are ignored. Timexes are
// not scored; see ScorePredictions.
func Score(gold []Gold, got map[string]schema.Article) Report {
	preds := make(map[string]Prediction, len(got))
	for id, a := range got {
		preds[id] = Prediction{Article: a}
	}
	return ScorePredictions(gold, preds)
}

// ScorePredictions is Score for predictions that may carry timexes.
func ScorePredictions(gold []Gold, got map[string]Prediction) Report {
	preds := make([]*Prediction, len(gold))
	for i, g := range gold {
		if p, ok := got[g.Document]; ok {
			preds[i] = &p
		}
	}
	return ScoreInOrder(gold, preds)
}

// ScoreInOrder scores preds[i] against gold[i] (nil: no prediction). Unlike
// the maps keyed by document id, it keeps apart two gold files of the same
// name in different folders, as when several sets are scored together.
func ScoreInOrder(gold []Gold, preds []*Prediction) Report {
	r := Report{Total: DocScore{Document: "TOTAL", Pairs: newPRF(0, 0, 0), DatedPairs: newPRF(0, 0, 0), Claims: newPRF(0, 0, 0)}}
	for i, g := range gold {
		var p Prediction
		ok := i < len(preds) && preds[i] != nil
		if ok {
			p = *preds[i]
		}
		d := scoreDocument(g, p)
		d.Missing = !ok
		r.Documents = append(r.Documents, d)
		r.Total = r.Total.add(d)
	}
	return r
}

// JSON is the report as indented JSON, for --json.
func (r Report) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal report: %w", err)
	}
	return b, nil
}

// Table is the report as a plain-text table: one row per document and the
// total, with pair, dated-pair and claim P/R/F1, status accuracy, outlet
// recall and timex accuracy.
func (r Report) Table() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	name := func(d DocScore) string {
		if d.Missing {
			return d.Document + " (missing)"
		}
		return d.Document
	}
	width := len("document")
	for _, d := range append(r.Documents, r.Total) {
		width = max(width, utf8.RuneCountInString(name(d)))
	}
	// tabwriter aligns every column right; the names are padded to one
	// width so that they read left-aligned.
	fmt.Fprintf(w, "%-*s\tpairs P\tR\tF1\tdated P\tR\tF1\tevents\tstatus\tclaims P\tR\tF1\toutlets\ttimex\t\n", width, "document")
	row := func(d DocScore) {
		timex := "-"
		if d.Timexes != nil {
			timex = ratioCell(*d.Timexes)
		}
		fmt.Fprintf(w, "%-*s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", width, name(d),
			pct(d.Pairs.Precision), pct(d.Pairs.Recall), pct(d.Pairs.F1),
			pct(d.DatedPairs.Precision), pct(d.DatedPairs.Recall), pct(d.DatedPairs.F1),
			ratioCell(d.Events), ratioCell(d.Status),
			pct(d.Claims.Precision), pct(d.Claims.Recall), pct(d.Claims.F1),
			ratioCell(d.Outlets), timex)
	}
	for _, d := range r.Documents {
		row(d)
	}
	row(r.Total)
	w.Flush()
	return b.String()
}

func pct(v float64) string { return fmt.Sprintf("%.1f", 100*v) }

func ratioCell(r Ratio) string {
	if r.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", r.Hit, r.Total)
}

// scoreDocument scores one document's prediction against its gold.
func scoreDocument(g Gold, p Prediction) DocScore {
	d := DocScore{Document: g.Document}
	res := newResolver(g.Names(), p.Article)

	// Events: pairs, dated pairs, matching and status.
	goldPairs := make([][]string, len(g.Events))
	goldSet, goldDated := map[string]bool{}, map[string]bool{}
	for i, e := range g.Events {
		goldPairs[i] = goldEventPairs(e)
		for _, pr := range goldPairs[i] {
			goldSet[pr] = true
			goldDated[pr+"@"+e.Date] = true
		}
	}
	predPairs := make([][]string, len(p.Article.Events))
	predSet, predDated := map[string]bool{}, map[string]bool{}
	for j, e := range p.Article.Events {
		predPairs[j] = res.eventPairs(e)
		for _, pr := range predPairs[j] {
			predSet[pr] = true
			predDated[pr+"@"+dateValue(e.Date)] = true
		}
	}
	d.Pairs = compareSets(goldSet, predSet)
	d.DatedPairs = compareSets(goldDated, predDated)
	d.Missed, d.Extra = setDiff(goldDated, predDated), setDiff(predDated, goldDated)
	d.PairsBySize = pairsBySize(g, goldPairs, predSet)
	if p.Result != nil {
		d.Why = whyMissed(g, p.Result, res, predSet)
	}

	var cands []candidate
	for i, ge := range g.Events {
		for j, pe := range p.Article.Events {
			ov := overlap(goldPairs[i], predPairs[j])
			if ov == 0 {
				continue
			}
			c := candidate{gold: i, pred: j, score: [3]int{ov, 0, 0}}
			if ge.Date == dateValue(pe.Date) {
				c.score[1] = 1
			}
			if ge.Kind == pe.Kind {
				c.score[2] = 1
			}
			cands = append(cands, c)
		}
	}
	statusHits, matched := 0, 0
	for _, c := range assign(cands) {
		matched++
		if g.Events[c.gold].Status == p.Article.Events[c.pred].Status {
			statusHits++
		}
	}
	d.Events = newRatio(matched, len(g.Events))
	d.Status = newRatio(statusHits, matched)

	// Claims.
	cands = cands[:0]
	for i, gc := range g.Claims {
		for j, pc := range p.Article.Claims {
			if !res.claimantMatches(gc.Claimant, pc.Claimant) {
				continue
			}
			cands = append(cands, candidate{gold: i, pred: j, score: [3]int{textOverlap(gc.Text, claimText(pc))}})
		}
	}
	outletHits, outletTotal := 0, 0
	claimMatches := assign(cands)
	for _, c := range claimMatches {
		for _, o := range g.Claims[c.gold].ReportedBy {
			outletTotal++
			for _, iri := range p.Article.Claims[c.pred].ReportedBy {
				if res.matchesIRI(o, iri) {
					outletHits++
					break
				}
			}
		}
	}
	d.Claims = newPRF(len(claimMatches), len(p.Article.Claims)-len(claimMatches), len(g.Claims)-len(claimMatches))
	d.Outlets = newRatio(outletHits, outletTotal)

	// Timexes.
	if p.Timexes != nil {
		t := scoreTimexes(g.Timexes, p.Timexes)
		d.Timexes = &t
	}
	return d
}

// candidate is a possible gold–prediction match with a score compared
// lexicographically (higher first).
type candidate struct {
	gold, pred int
	score      [3]int
}

// assign matches gold and predicted items one to one, greedily by score,
// ties going to the earlier gold item and then the earlier prediction.
func assign(cands []candidate) []candidate {
	slices.SortStableFunc(cands, func(a, b candidate) int {
		for k := range a.score {
			if c := cmp.Compare(b.score[k], a.score[k]); c != 0 {
				return c
			}
		}
		if c := cmp.Compare(a.gold, b.gold); c != 0 {
			return c
		}
		return cmp.Compare(a.pred, b.pred)
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []candidate
	for _, c := range cands {
		if usedG[c.gold] || usedP[c.pred] {
			continue
		}
		usedG[c.gold], usedP[c.pred] = true, true
		out = append(out, c)
	}
	return out
}

func compareSets(gold, pred map[string]bool) PRF {
	tp := 0
	for k := range pred {
		if gold[k] {
			tp++
		}
	}
	return newPRF(tp, len(pred)-tp, len(gold)-tp)
}

// setDiff lists, sorted, the keys of a not in b.
func setDiff(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// pairsOf gives the unordered pairs of distinct names, as "a|b" with a < b.
func pairsOf(names []string) []string {
	var out []string
	for i, a := range names {
		for _, b := range names[i+1:] {
			if a == b {
				continue
			}
			k := min(a, b) + "|" + max(a, b)
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

func overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

func dateValue(d *schema.Date) string {
	if d == nil {
		return ""
	}
	return d.Value
}

func claimText(c schema.Claim) string {
	parts := []string{c.Text}
	for _, e := range c.Evidence {
		parts = append(parts, e.Text)
	}
	return strings.Join(parts, " ")
}

// textOverlap is the percentage of the words of gold found in got.
func textOverlap(gold, got string) int {
	gw := strings.Fields(normText(gold))
	if len(gw) == 0 {
		return 0
	}
	have := map[string]bool{}
	for _, w := range strings.Fields(normText(got)) {
		have[w] = true
	}
	n := 0
	for _, w := range gw {
		if have[w] {
			n++
		}
	}
	return 100 * n / len(gw)
}

// scoreTimexes gives the value accuracy over gold timexes. A gold timex is
// paired with the first unused predicted span overlapping it: by byte
// offsets when both have them, else by text (one contains the other).
func scoreTimexes(gold []GoldTimex, pred []TimexSpan) Ratio {
	used := make([]bool, len(pred))
	hits := 0
	for _, g := range gold {
		gt := normText(g.Text)
		for j, p := range pred {
			if used[j] {
				continue
			}
			var match bool
			if g.Start >= 0 && p.End > p.Start {
				match = p.Start < g.End && g.Start < p.End
			} else {
				pt := normText(p.Text)
				match = pt != "" && gt != "" && (strings.Contains(gt, pt) || strings.Contains(pt, gt))
			}
			if !match {
				continue
			}
			used[j] = true
			if strings.EqualFold(strings.TrimSpace(p.Value), strings.TrimSpace(g.Value)) {
				hits++
			}
			break
		}
	}
	return newRatio(hits, len(gold))
}

// Name matching.

// Match strength of two names, weakest first.
const (
	noMatch      = iota
	surnameMatch // surname (or single-token name) agrees
	fullMatch    // the whole name agrees, up to case, diacritics, possessives and transliteration
)

// resolver maps a prediction's actor IRIs to the gold names of a document.
type resolver struct {
	gold   []string                // gold names
	actors map[string]schema.Actor // predicted actors by IRI
}

func newResolver(gold []string, a schema.Article) resolver {
	r := resolver{gold: gold, actors: make(map[string]schema.Actor, len(a.Actors))}
	for _, act := range a.Actors {
		r.actors[act.ID] = act
	}
	return r
}

// actor is the predicted actor of an IRI; an IRI missing from the Actors
// list stands for an actor named after the IRI's last segment.
func (r resolver) actor(iri string) schema.Actor {
	if a, ok := r.actors[iri]; ok {
		return a
	}
	name := iri[strings.LastIndexByte(iri, '/')+1:]
	return schema.Actor{ID: iri, Name: strings.ReplaceAll(name, "-", " ")}
}

// resolve gives the key of the gold name the actor of iri matches best, or
// a key of its own ("?name") when it matches none.
func (r resolver) resolve(iri string) string {
	a := r.actor(iri)
	best, bestLevel := "", noMatch
	for _, g := range r.gold {
		if l := matchActor(g, a); l > bestLevel {
			best, bestLevel = g, l
		}
	}
	if bestLevel == noMatch {
		return "?" + nameKey(a.Name)
	}
	return nameKey(best)
}

// goldEventPairs are the pairs of a gold event's participants, as keys.
func goldEventPairs(e GoldEvent) []string {
	names := make([]string, 0, len(e.Participants))
	for _, n := range e.Participants {
		names = append(names, nameKey(n))
	}
	return pairsOf(names)
}

// eventPairs are the pairs of a predicted event's participants, as the
// keys of the gold names they resolve to.
func (r resolver) eventPairs(e schema.Event) []string {
	names := make([]string, 0, len(e.Participants))
	for _, iri := range e.Participants {
		names = append(names, r.resolve(iri))
	}
	return pairsOf(names)
}

func (r resolver) matchesIRI(gold, iri string) bool {
	return iri != "" && matchActor(gold, r.actor(iri)) > noMatch
}

// claimantMatches says whether a predicted claimant (actor IRI, "" for
// none) matches a gold claimant. A null gold claimant matches only a
// missing one; AnonymousSource matches a missing claimant or an actor whose
// name has the word "source(s)".
func (r resolver) claimantMatches(gold, iri string) bool {
	switch {
	case gold == "":
		return iri == ""
	case strings.EqualFold(gold, AnonymousSource):
		if iri == "" {
			return true
		}
		for _, w := range strings.Fields(normName(r.actor(iri).Name)) {
			if w == "source" || w == "sources" {
				return true
			}
		}
		return false
	}
	return r.matchesIRI(gold, iri)
}

// MatchName says whether a gold name matches a predicted actor: when, case
// and diacritics ignored, possessive 's dropped, punctuation read as spaces
// and known transliteration variants of words made one (Andrei/Andrey,
// Kovalsky/Kovalskiy/Kovalskyy), the gold name equals the actor's name or
// one of its aliases; or, for an actor that is a person (or of no type),
// the last words of the gold name and the actor's name agree, or one of the
// two is a single word equal to the other's first word (family name first:
// "Kim" for Kim Jong Un).
func MatchName(gold string, actor schema.Actor) bool {
	return matchActor(gold, actor) > noMatch
}

func matchActor(gold string, a schema.Actor) int {
	g := nameKey(gold)
	if g == "" {
		return noMatch
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if nameKey(n) == g {
			return fullMatch
		}
	}
	if a.Type != schema.Person && a.Type != "" {
		return noMatch
	}
	gw, aw := strings.Fields(g), strings.Fields(nameKey(a.Name))
	if len(aw) == 0 {
		return noMatch
	}
	switch {
	case gw[len(gw)-1] == aw[len(aw)-1]:
		return surnameMatch
	case len(aw) == 1 && gw[0] == aw[0], len(gw) == 1 && gw[0] == aw[0]:
		return surnameMatch
	}
	return noMatch
}

// nameKey is the comparable form of a name: normName with every word put
// in its canonical transliteration.
func nameKey(name string) string {
	ws := strings.Fields(normName(name))
	for i, w := range ws {
		ws[i] = canonicalWord(w)
	}
	return strings.Join(ws, " ")
}

// normName lower-cases a name, strips diacritics and possessives, reads
// punctuation as spaces and drops a leading "the".
func normName(name string) string {
	s := normText(name)
	ws := strings.Fields(s)
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// normText lower-cases text, strips diacritics, drops possessive 's and
// turns everything but letters and digits into single spaces.
func normText(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if out, _, err := transform.String(t, s); err == nil {
		s = out
	}
	s = strings.ToLower(s)
	s = strings.NewReplacer("\u2019s ", " ", "'s ", " ", "\u2019", "", "'", "").Replace(s + " ")
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// canonicalWord puts a lower-case word in one spelling of its
// transliteration variants: ks→x; final iy, yy, ii → y; final ei, ai →
// ey, ay; final i after a consonant → y, so that Andrei/Andrey, Kovalskiy/Kovalsky/Kovalskyy,
// Dmitri/Dmitriy/Dmitry, Aleksei/Alexey agree.
func canonicalWord(w string) string {
	switch w { // variants no rule catches
	case "alexandr", "aleksandr", "oleksandr":
		return "alexander"
	case "mohammed", "mohammad", "mohamed", "muhammed":
		return "muhammad"
	case "kiev":
		return "kyiv"
	}
	w = strings.ReplaceAll(w, "ks", "x")
	if len(w) > 3 {
		switch w[len(w)-2:] {
		case "iy", "yy", "ii":
			return w[:len(w)-2] + "y"
		case "ei", "ai":
			return w[:len(w)-1] + "y"
		}
	}
	if n := len(w); n > 3 && w[n-1] == 'i' && !strings.ContainsRune("aeiouy", rune(w[n-2])) {
		return w[:n-1] + "y"
	}
	return w
}
