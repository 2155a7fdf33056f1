package extract

import (
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/schema"
)

// The date stage runs last among the event stages. For every contact it
// lists the dates the article could give it: the rules' date, no date, and
// each calendar date the article writes. A learned model (a conditional
// logit over features of where each date is written relative to the
// contact's sentences and how it reads, no names and no values) scores
// them. A contact the rules left undated takes the best-scored date when
// it beats "no date" by the model's margin; a date the rules gave stands
// (in cross-validation, replacing them lost more than it gained). The
// model is a lexicon file (date-model.json), written by `eventgraph
// train-dates` from gold files; without it the stage only lists
// candidates.

// DateModelFile is the lexicon file holding the date model.
const DateModelFile = "date-model.json"

// Logistic is a logistic regression over binary features.
type Logistic struct {
	Bias    float64            `json:"bias"`
	Weights map[string]float64 `json:"weights"`
}

// Score is the model's probability for an example with these features.
func (m *Logistic) Score(features []string) float64 {
	z := m.Bias
	for _, f := range features {
		z += m.Weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// DateModel scores the candidate dates of a contact: a conditional logit
// (a softmax over the candidates, the bias unused).
type DateModel struct {
	// Comment says how the model was made (command, sets, figures).
	Comment string `json:"comment,omitempty"`
	Logistic
	// Margin is how much a date's score must exceed the rules' date's
	// score to replace it.
	Margin float64 `json:"margin"`
}

// rank scores a contact's candidate dates: the model's probability of
// each being the contact's date, given that one of them is (a softmax over
// the candidates).
func (m *DateModel) rank(cs []DateCandidate) {
	if len(cs) == 0 {
		return
	}
	zs := make([]float64, len(cs))
	top := math.Inf(-1)
	for j, c := range cs {
		z := 0.0
		for _, f := range c.Features {
			z += m.Weights[f]
		}
		zs[j] = z
		top = max(top, z)
	}
	sum := 0.0
	for j := range zs {
		zs[j] = math.Exp(zs[j] - top)
		sum += zs[j]
	}
	for j := range cs {
		cs[j].Score = zs[j] / sum
	}
}

// DateCandidate is one date a contact could take.
type DateCandidate struct {
	Event    int    // index of the contact in Result.Article.Events
	Value    string // TIMEX3 value; "" for no date
	Text     string // the expression as written ("" for no date)
	Features []string
	Rule     bool    // the rules' date
	Score    float64 // 0 without a model
}

func loadDateModel(fsys fs.FS) (*DateModel, error) {
	var m DateModel
	if ok, err := loadModel(fsys, DateModelFile, &m); !ok || err != nil {
		return nil, err
	}
	if m.Margin < 0 || m.Margin >= 1 {
		return nil, fmt.Errorf("%s: margin %v is not in [0, 1)", DateModelFile, m.Margin)
	}
	return &m, nil
}

// DateModel is the extractor's date model, nil if it has none.
func (e *Extractor) DateModel() *DateModel { return e.dateModel }

// WithDateModel is a copy of the extractor that dates contacts with m
// (nil: the rules' dates stand).
func (e *Extractor) WithDateModel(m *DateModel) *Extractor {
	c := *e
	c.dateModel = m
	return &c
}

// dateOcc is one calendar date the article writes.
type dateOcc struct {
	tx       Timex
	value    string
	sentence int
	para     int
	tok      int // index of its first token in the sentence
}

// dateOccurrences are the article's calendar dates (days, weeks, months,
// seasons, years), each with its sentence.
func (x *extraction) dateOccurrences() []dateOcc {
	var out []dateOcc
	si := 0
	for _, tx := range x.timexes {
		if tx.Type != "DATE" && tx.Type != "TIME" {
			continue
		}
		v := dayValue(tx.Value)
		if !calendarValue(v) {
			continue
		}
		for si < len(x.infos) && x.infos[si].s.End <= tx.Start {
			si++
		}
		if si == len(x.infos) {
			break
		}
		s := x.infos[si]
		if tx.Start < s.s.Start {
			continue
		}
		if anaphoricText(tx.Text) && len(out) == 0 {
			continue // "That evening" with nothing before it to count from
		}
		out = append(out, dateOcc{tx: tx, value: v, sentence: si, para: s.s.Paragraph, tok: s.tokIndex(tx.Start)})
	}
	return out
}

// dateCandidates lists the dates each contact could take, with their
// features.
func (x *extraction) dateCandidates(events []schema.Event) [][]DateCandidate {
	occs := x.dateOccurrences()
	pub := x.doc.Published.Format("2006-01-02")
	// the dates the rules gave contacts, with their participants
	dated := map[string][]int{}
	for i, ev := range events {
		v := ""
		if ev.Date != nil {
			v = ev.Date.Value
		}
		dated[v] = append(dated[v], i)
	}
	// how many contacts have each pair of participants, by date: a date
	// one has, another with two of its participants gains nothing by
	pairsAt := map[string]map[[2]string]int{}
	for _, ev := range events {
		v := dateValueOf(ev.Date)
		if pairsAt[v] == nil {
			pairsAt[v] = map[[2]string]int{}
		}
		for _, k := range participantPairs(ev) {
			pairsAt[v][k]++
		}
	}
	ix := newOccIndex(occs, len(x.infos))
	out := make([][]DateCandidate, len(events))
	for i, ev := range events {
		rule := ""
		if ev.Date != nil {
			rule = ev.Date.Value
		}
		st := "st=" + string(ev.Status)
		ks := "k=" + string(ev.Kind)
		sents := map[int]bool{}
		var evs []int
		for _, e := range ev.Evidence {
			if !sents[e.Sentence] {
				sents[e.Sentence] = true
				evs = append(evs, e.Sentence)
			}
		}
		sort.Ints(evs)
		if len(evs) == 0 {
			continue
		}
		parts := map[string]bool{}
		for _, p := range ev.Participants {
			parts[p] = true
		}
		// the nearest occurrence of each value
		best := map[string]int{}
		dist := func(o dateOcc) int {
			d := math.MaxInt32
			for _, s := range evs {
				if k := o.sentence - s; abs(k) < abs(d) || abs(k) == abs(d) && k < d {
					d = k
				}
			}
			return d
		}
		sameSent := map[string]bool{}
		bestDist := map[string]int{}
		for j, o := range occs {
			if sents[o.sentence] {
				sameSent[o.value] = true
			}
			d := abs(dist(o))
			if b, ok := bestDist[o.value]; !ok || d < b {
				best[o.value], bestDist[o.value] = j, d
			}
		}
		var values []string
		for v := range best {
			values = append(values, v)
		}
		sort.Strings(values)
		var cs []DateCandidate
		ruleSeen := false
		for _, v := range values {
			o := occs[best[v]]
			d := dist(o)
			if d != 0 && ix.ambiguous(o) {
				continue // "She spoke on Tuesday and on Thursday. She met X": which day?
			}
			fs := []string{"g=" + granularity(v), "g=" + granularity(v) + "|" + st, "rel=" + relation(v, pub) + "|" + st, distBucket(d)}
			if sents[o.sentence] {
				fs = append(fs, "d0|n="+bucket(len(sameSent), 1, 2))
			}
			near := evs[0]
			for _, s := range evs {
				if abs(o.sentence-s) < abs(o.sentence-near) {
					near = s
				}
			}
			if x.infos[near].s.Paragraph == o.para {
				fs = append(fs, "para=same")
			} else {
				fs = append(fs, "para=other")
			}
			switch {
			case o.sentence == 0:
				fs = append(fs, "c_title")
			case o.sentence == 1:
				fs = append(fs, "c_lead")
			}
			// no other date written between it and the contact (none of
			// its own value is: that one would be the nearest)
			if d < 0 && ix.count(o.sentence+1, near+1) == 0 || d > 0 && ix.count(near, o.sentence) == 0 {
				fs = append(fs, "nearest")
			}
			si := x.infos[o.sentence]
			fs = append(fs, "w1="+dateLeftWord(si, o.tok))
			if o.tok == 0 || o.tok == 1 && si.ltok(0) == "on" {
				fs = append(fs, "opens")
			}
			for _, sp := range si.speech {
				if t := si.tokIndex(sp.end); t <= o.tok && o.tok-t <= 2 || sp.start > o.tx.End && si.tokIndex(sp.start)-si.tokIndex(o.tx.End) <= 1 {
					fs = append(fs, "said")
					break
				}
			}
			if len(si.triggers) > 0 {
				fs = append(fs, "c_trig")
				fs = append(fs, trigRelation(si, o.tok, si.tokEnd(o.tx.End))...)
			}
			n := 0
			for _, m := range si.mentions {
				if parts[m.Entity] {
					n++
				}
				for _, p := range m.Members {
					if parts[p] {
						n++
					}
				}
			}
			fs = append(fs, "c_parts="+bucket(n, 0, 1))
			fs = append(fs, otherDated(events, i, dated[v], pairsAt[v], v == rule)...)
			if ix.values[o.sentence] > 1 {
				fs = append(fs, "c_others") // "on Tuesday and on Thursday"
			}
			if anaphoricText(o.tx.Text) {
				fs = append(fs, "c_anaphoric") // "that evening": as good as what it counts from
			}
			if o.tx.rangeEnd {
				fs = append(fs, "range_end")
			}
			if o.tx.Type == "TIME" {
				fs = append(fs, "t=time")
			}
			isRule := v == rule
			if isRule {
				ruleSeen = true
				fs = append(fs, "rule", "rule|"+distBucket(d))
			}
			cs = append(cs, DateCandidate{Event: i, Value: v, Text: o.tx.Text, Features: fs, Rule: isRule})
		}
		if rule != "" && !ruleSeen {
			// a date the rules worked out rather than read ("its first day")
			cs = append(cs, DateCandidate{Event: i, Value: rule, Text: ev.Date.Text, Features: []string{"rule", "rule_derived", "g=" + granularity(rule) + "|" + st}, Rule: true})
		}
		near := 0
		for _, j := range ix.in(evs[0]-2, evs[len(evs)-1]) {
			if d := dist(occs[j]); d < 0 && d >= -2 {
				near++
			}
		}
		none := []string{"none", "none|" + st, "none|" + ks, "none|d0=" + bucket(len(sameSent), 0, 1), "none|prev=" + bucket(near, 0, 1)}
		if rule == "" {
			none = append(none, "rule", "none|rule")
		}
		if evs[0] <= 1 {
			none = append(none, "none|lead")
		}
		for _, s := range evs {
			if si := x.infos[s]; laterWord(si) {
				none = append(none, "none|later") // "She later held a call with X"
				break
			}
		}
		for _, f := range otherDated(events, i, dated[""], pairsAt[""], rule == "") {
			none = append(none, "none|"+f)
		}
		cs = append(cs, DateCandidate{Event: i, Features: none, Rule: rule == ""})
		out[i] = cs
	}
	return out
}

// otherDated describes the other contacts with a date, given the
// contacts with it (js) and how many of them have each pair of
// participants (pairs), contact i among them if own: "other_ev" if there
// are any, "dup" if one has two of contact i's participants.
func otherDated(events []schema.Event, i int, js []int, pairs map[[2]string]int, own bool) []string {
	self := 0
	if own {
		self = 1
	}
	if len(js) <= self {
		return nil
	}
	for _, k := range participantPairs(events[i]) {
		if pairs[k] > self {
			return []string{"other_ev", "dup"}
		}
	}
	return []string{"other_ev"}
}

// participantPairs are the pairs of a contact's participants.
func participantPairs(ev schema.Event) [][2]string {
	var out [][2]string
	for a, p := range ev.Participants {
		for _, q := range ev.Participants[a+1:] {
			if p != q {
				out = append(out, pairKey(p, q))
			}
		}
	}
	return out
}

// occIndex answers, in constant time, what the date stage asks of the
// article's dates by sentence.
type occIndex struct {
	before []int            // before[s]: dates written in sentences before s
	values []int            // distinct values written in each sentence
	units  []map[string]int // distinct values of each unit in each sentence
	occs   []dateOcc
}

func newOccIndex(occs []dateOcc, sentences int) *occIndex {
	ix := &occIndex{before: make([]int, sentences+1), values: make([]int, sentences), units: make([]map[string]int, sentences), occs: occs}
	seen := map[[2]any]bool{}
	for _, o := range occs {
		ix.before[o.sentence+1]++
		if k := [2]any{o.sentence, o.value}; !seen[k] {
			seen[k] = true
			ix.values[o.sentence]++
			if ix.units[o.sentence] == nil {
				ix.units[o.sentence] = map[string]int{}
			}
			ix.units[o.sentence][granularity(o.value)]++
		}
	}
	for s := 1; s <= sentences; s++ {
		ix.before[s] += ix.before[s-1]
	}
	return ix
}

// count is the number of dates written in sentences [from, to).
func (ix *occIndex) count(from, to int) int {
	from, to = max(from, 0), min(to, len(ix.before)-1)
	if from >= to {
		return 0
	}
	return ix.before[to] - ix.before[from]
}

// in lists the dates written in sentences [from, to], by index.
func (ix *occIndex) in(from, to int) []int {
	from, to = max(from, 0), min(to+1, len(ix.before)-1)
	var out []int
	for j := ix.before[max(from, 0)]; from < to && j < ix.before[to]; j++ {
		out = append(out, j)
	}
	return out
}

// ambiguous reports another date of o's unit in o's sentence: a contact
// told in another sentence could take either.
func (ix *occIndex) ambiguous(o dateOcc) bool {
	return ix.units[o.sentence][granularity(o.value)] > 1
}

// trigRelation places a date against the nearest contact word of its
// sentence: before or after it, how many tokens away, and whether a comma
// or a word of saying stands between them.
func trigRelation(si *sentInfo, t0, t1 int) []string {
	best, bestD := -1, 1<<30
	for _, tr := range si.triggers {
		k := si.tokIndex(tr.start)
		d := k - t1
		if k < t0 {
			d = t0 - k
		}
		if d >= 0 && d < bestD {
			best, bestD = k, d
		}
	}
	if best < 0 {
		return nil
	}
	side := "after"
	lo, hi := best+1, t0
	if best >= t1 {
		side, lo, hi = "before", t1, best
	}
	fs := []string{"tr=" + side, "tr=" + side + bucket(bestD, 1, 3, 6, 12)}
	for k := lo; k < hi; k++ {
		if w := si.tok(k); w == "," || w == ";" || w == "—" {
			fs = append(fs, "tr_comma")
			break
		}
	}
	for _, sp := range si.speech {
		if k := si.tokIndex(sp.start); k >= lo && k < hi {
			fs = append(fs, "tr_said")
			break
		}
	}
	return fs
}

// anaphoricText reports a date counted from another ("that evening", "the
// same day", "the following week").
func anaphoricText(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if len(w) < 2 {
		return false
	}
	return w[0] == "that" || w[0] == "the" && (w[1] == "same" || w[1] == "following" || w[1] == "next" || w[1] == "previous")
}

// laterWord reports a sentence that places what it tells after something
// told before, undated ("later", "afterwards", "subsequently").
func laterWord(si *sentInfo) bool {
	for k := range si.s.Tokens {
		switch si.ltok(k) {
		case "later", "afterwards", "afterward", "subsequently":
			return true
		}
	}
	return false
}

// distBucket names how many sentences a date is written before (-) or
// after (+) the nearest sentence of the contact.
func distBucket(d int) string {
	switch {
	case d == 0:
		return "d=0"
	case d == -1 || d == 1 || d == 2 || d == -2:
		return fmt.Sprintf("d=%+d", d)
	case d < -5:
		return "d<-5"
	case d < 0:
		return "d=-3..-5"
	case d <= 5:
		return "d=+3..+5"
	}
	return "d>+5"
}

// granularity names the unit of a date value.
func granularity(v string) string {
	switch {
	case len(v) == 10:
		return "day"
	case len(v) == 7 && v[4] == '-' && v[5] != 'W':
		return "month"
	case strings.Contains(v, "-W"):
		return "week"
	case len(v) == 4:
		return "year"
	}
	return "part" // seasons, quarters, halves
}

// relation places a date before, at or after the publication day.
func relation(v, pub string) string {
	switch {
	case strings.HasPrefix(pub, v) || v == pub:
		return "now"
	case len(v) == 10 && v < pub, len(v) < 10 && v < pub[:len(v)]:
		return "past"
	case strings.Contains(v, "-W") || len(v) == 7 && v[5] > '9':
		if v[:4] < pub[:4] {
			return "past"
		}
		if v[:4] > pub[:4] {
			return "future"
		}
		return "near"
	}
	return "future"
}

// dateLeftWord is the word before a date, if it is one that says how the
// date relates to what it dates ("on", "since", "until", ...).
func dateLeftWord(si *sentInfo, tok int) string {
	w := si.ltok(tok - 1)
	switch w {
	case "on", "in", "since", "until", "by", "from", "before", "after", "of", "at", "for", "during", "and", "to", "through", "between", "last", "this", "next":
		return w
	case "", ",", "—", "–", "(":
		return "punct"
	}
	return "other"
}

// Redate gives each contact of document docID that the rules left
// undated the best-scored of its candidate dates (cands, as Result.Dates
// lists them) when it beats "no date" by m's margin, and returns the
// contacts; events is not changed. A contact redated to the day of another
// with the same kind and participants joins it. A nil m changes nothing.
func Redate(m *DateModel, events []schema.Event, cands [][]DateCandidate, docID string) []schema.Event {
	out, _ := redate(m, events, cands, docID)
	return out
}

// redatedContact is a contact the date stage dated.
type redatedContact struct {
	from, to string  // its IRI before and after
	score    float64 // the model's probability for its date
}

// redate is Redate, also listing the contacts it dated.
func redate(m *DateModel, events []schema.Event, cands [][]DateCandidate, docID string) ([]schema.Event, []redatedContact) {
	if m == nil {
		return events, nil
	}
	events = append([]schema.Event(nil), events...)
	changed := map[int]float64{}
	for i := range cands {
		best, rule := -1, -1
		m.rank(cands[i])
		for j := range cands[i] {
			c := &cands[i][j]
			if best < 0 || c.Score > cands[i][best].Score {
				best = j
			}
			if c.Rule {
				rule = j
			}
		}
		if best < 0 || rule < 0 || best == rule || cands[i][best].Score < cands[i][rule].Score+m.Margin || cands[i][rule].Value != "" {
			continue
		}
		c := cands[i][best]
		events[i].Date = &schema.Date{Value: c.Value, Text: c.Text}
		changed[i] = c.Score
	}
	if len(changed) == 0 {
		return events, nil
	}
	return reID(events, changed, docID)
}

// reID gives the redated contacts IRIs from their new dates; one redated
// to the day of another with the same kind and participants joins it.
func reID(events []schema.Event, changed map[int]float64, docID string) ([]schema.Event, []redatedContact) {
	at := map[string]int{}
	for i, ev := range events {
		if _, ok := changed[i]; !ok {
			at[ev.ID] = i
		}
	}
	gone := map[int]bool{}
	var dated []redatedContact
	for i := range events {
		score, ok := changed[i]
		if !ok {
			continue
		}
		ev := &events[i]
		from := ev.ID
		dv := ev.Date.Value
		for n := i; ; n += len(events) {
			ev.ID = schema.EventIRI(ev.Kind, ev.Participants, dv, docID, n)
			j, taken := at[ev.ID]
			if !taken {
				at[ev.ID] = i
				break
			}
			if len(dv) == len("2006-01-02") {
				events[j].Evidence = append(append([]schema.Evidence(nil), events[j].Evidence...), ev.Evidence...)
				gone[i] = true
				break
			}
		}
		dated = append(dated, redatedContact{from: from, to: ev.ID, score: score})
	}
	out := make([]schema.Event, 0, len(events))
	for i, ev := range events {
		if !gone[i] {
			out = append(out, ev)
		}
	}
	return out, dated
}
