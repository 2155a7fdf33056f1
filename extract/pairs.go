package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/schema"
)

// The pair stage runs after the rules. It looks at every sentence with a
// contact word for pairs of actors named in it that no rule paired, and
// scores each pair with a learned model (logistic regression over features
// of the sentence's wording and shape, no names): a pair scored at or above
// the model's threshold becomes a contact of its own. The model is a
// lexicon file (contact-model.json), written by `eventgraph train-pairs`
// from gold files; without it the stage only lists its candidates.

// PairModelFile is the lexicon file holding the pair model.
const PairModelFile = "contact-model.json"

// PairModel is a logistic regression over binary features.
type PairModel struct {
	// Comment says how the model was made (command, sets, figures).
	Comment string `json:"comment,omitempty"`
	Logistic
	Threshold float64 `json:"threshold"`
}

// PairCandidate is a pair of actors named in one sentence with a contact
// word the rules kept; Paired marks those a rule's contact already pairs
// (the model learns from them too).
type PairCandidate struct {
	Sentence int
	A, B     string // actor IRIs, in order of mention
	Features []string
	Paired   bool    // a rule's contact already pairs them
	Told     bool    // a rule's contact draws on the sentence
	Hedged   bool    // the sentence negates or supposes ("not", "if")
	Score    float64 // 0 without a model
	Accepted bool    // made a contact
	Event    string  // the IRI of the contact made
}

// Open reports a candidate the stage may make a contact of: no rule's
// contact pairs the actors or draws on the sentence, and the sentence
// neither negates nor supposes. The rules read negation and conditions;
// the model is for plain statements they did not parse.
func (c PairCandidate) Open() bool { return !c.Paired && !c.Told && !c.Hedged }

func loadPairModel(fsys fs.FS) (*PairModel, error) {
	var m PairModel
	if ok, err := loadModel(fsys, PairModelFile, &m); !ok || err != nil {
		return nil, err
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		return nil, fmt.Errorf("%s: threshold %v is not between 0 and 1", PairModelFile, m.Threshold)
	}
	return &m, nil
}

// loadModel reads the JSON model file name of the lexicon into m; false
// if the lexicon has none.
func loadModel(fsys fs.FS, name string, m any) (bool, error) {
	raw, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(raw, m); err != nil {
		return false, fmt.Errorf("%s: %w", name, err)
	}
	return true, nil
}

// PairModel is the extractor's pair model, nil if it has none.
func (e *Extractor) PairModel() *PairModel { return e.pairs }

// WithPairModel is a copy of the extractor that scores pairs with m (nil:
// list the candidates, make no contacts of them).
func (e *Extractor) WithPairModel(m *PairModel) *Extractor {
	c := *e
	c.pairs = m
	return &c
}

// pairActor is an actor mentioned in a sentence.
type pairActor struct {
	iri        string
	tok0, tok1 int
	typ        string
	group      bool // named through a group ("the two leaders")
}

// pairCandidates lists the pairs of actors that share a sentence with a
// contact word, marking those a rule's contact pairs. Their features say
// nothing of the rules, so a model can learn from every pair.
func (x *extraction) pairCandidates(events []schema.Event) []PairCandidate {
	paired := map[[2]string]bool{}
	told := map[int]bool{}
	for _, ev := range events {
		for _, e := range ev.Evidence {
			told[e.Sentence] = true
		}
		for i, a := range ev.Participants {
			for _, b := range ev.Participants[i+1:] {
				paired[pairKey(a, b)] = true
			}
		}
	}
	count := map[string]int{}
	for _, si := range x.infos {
		for _, m := range si.mentions {
			count[m.Entity]++
		}
	}
	var out []PairCandidate
	for _, si := range x.infos {
		if len(si.triggers) == 0 || x.retracted(si.s.Index) {
			continue
		}
		actors := x.pairActors(si)
		if len(actors) < 2 || len(actors) > 10 {
			continue
		}
		sent := x.sentenceFeatures(si, len(actors))
		for i, a := range actors {
			for _, b := range actors[i+1:] {
				fs := x.pairFeatures(si, a, b, actors)
				if fs == nil {
					continue
				}
				fs = append(fs, sent...)
				fs = append(fs, x.actorFeatures(a, b, count)...)
				hedged := false
				for _, f := range sent {
					hedged = hedged || f == "s_neg" || f == "s_cond"
				}
				out = append(out, PairCandidate{Sentence: si.s.Index, A: a.iri, B: b.iri, Features: fs, Paired: paired[pairKey(a.iri, b.iri)], Told: told[si.s.Index], Hedged: hedged})
			}
		}
	}
	return out
}

func pairKey(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// pairActors are the actors a sentence names, each once (its first
// mention), the members of a group at the group's place.
func (x *extraction) pairActors(si *sentInfo) []pairActor {
	var out []pairActor
	seen := map[string]bool{}
	add := func(iri string, m *Mention, group bool) {
		if iri == "" || seen[iri] {
			return
		}
		e := x.reg.byIRI[iri]
		if e == nil || e.typ == "" {
			return
		}
		if !group && x.spokespersonSpeaks(si, e, m) {
			return // "X's spokesman, Y, said X would meet Z": Y only reports it
		}
		seen[iri] = true
		out = append(out, pairActor{iri: iri, tok0: m.tok0, tok1: m.tok1, typ: string(e.typ), group: group})
	}
	for i := range si.mentions {
		m := &si.mentions[i]
		if !actorMention(m) {
			continue
		}
		if m.Type == MentionGroup {
			for _, p := range m.Members {
				add(p, m, true)
			}
			continue
		}
		add(m.Entity, m, false)
	}
	return out
}

// spokespersonSpeaks reports a person the article introduces only as a
// spokesperson ("X's spokeswoman, Y") who speaks right after this mention
// or its apposition ("Y said", "Y, a spokeswoman for X, said"): they
// report the contact, they are no party to it.
func (x *extraction) spokespersonSpeaks(si *sentInfo, e *entity, m *Mention) bool {
	return x.res.spokesperson(e) && speechAfterMention(si, m) >= 0
}

// sentenceFeatures describe the sentence as a whole.
func (x *extraction) sentenceFeatures(si *sentInfo, actors int) []string {
	fs := []string{"s_actors=" + bucket(actors, 2, 3, 4, 6)}
	if len(si.speech) > 0 {
		fs = append(fs, "s_speech")
	}
	for _, c := range si.cues {
		for _, p := range c.phrases {
			fs = append(fs, "s_cue="+p.class)
			switch p.class {
			case "negation", "denial", "declined", "conditional":
				fs = append(fs, "s_neg")
			}
		}
	}
	switch si.ltok(0) {
	case "had", "were", "should":
		// "Had X agreed to meet Y, ...": a condition, inverted
		fs = append(fs, "s_cond")
	}
	if si.s.Caption {
		fs = append(fs, "s_caption")
	}
	n := len(si.s.Tokens)
	fs = append(fs, "s_len="+bucket(n, 10, 20, 35, 50))
	for k := 0; k < n; k++ {
		switch si.ltok(k) {
		case "not", "n't", "never", "no", "nor", "without":
			fs = append(fs, "s_neg")
		case "if", "unless", "whether":
			fs = append(fs, "s_cond")
		}
		if deniedReportThat(si, k) > 0 {
			fs = append(fs, "s_neg") // "denied a report in the daily X that"
		}
		if isQuote(si.tok(k)) {
			fs = append(fs, "s_quote")
		}
	}
	for _, tx := range x.timexes {
		if tx.Start >= si.s.Start && tx.End <= si.s.End {
			fs = append(fs, "s_timex")
			break
		}
	}
	return dedup(fs)
}

// deniedReportThat is the token of the "that" opening what a verb of
// denial at token k denies as a report or claim, however qualified before
// it ("denied a report in the daily X that", "dismissed media claims
// that"), 0 if none.
func deniedReportThat(si *sentInfo, k int) int {
	switch si.ltok(k) {
	case "denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects":
	default:
		return 0
	}
	for j := k + 1; j < len(si.s.Tokens) && j <= k+4; j++ {
		switch si.ltok(j) {
		case "report", "reports", "claim", "claims", "suggestion", "suggestions", "rumour", "rumours", "rumor", "rumors", "allegation", "allegations":
			for q := j + 1; q < len(si.s.Tokens) && q <= j+8; q++ {
				if si.ltok(q) == "that" {
					return q
				}
				if clauseStop(si.tok(q)) {
					break
				}
			}
			return 0
		}
	}
	return 0
}

// pairFeatures describe a pair of actors and the contact word nearest to
// them; nil if the sentence has no contact word outside their names.
func (x *extraction) pairFeatures(si *sentInfo, a, b pairActor, actors []pairActor) []string {
	type trig struct {
		a, b          int
		kind, pos, fl string
		word          string
	}
	best, bestD := trig{}, -1
	for _, sp := range si.triggers {
		if !x.keptTrigs[sp.start] {
			continue // a contact word the rules turned down ("called X a liar")
		}
		ta, tb := si.spanToks(sp.start, sp.end)
		if ta >= len(si.s.Tokens) || ta < a.tok1 && ta >= a.tok0 || ta < b.tok1 && ta >= b.tok0 {
			continue
		}
		d := tokDist(ta, tb, a) + tokDist(ta, tb, b)
		if bestD < 0 || d < bestD {
			p := sp.phrases[0]
			var ws []string
			for k := ta; k < tb; k++ {
				ws = append(ws, si.ltok(k))
			}
			best, bestD = trig{a: ta, b: tb, kind: p.class, pos: p.pos, fl: p.flag, word: strings.Join(ws, "_")}, d
		}
	}
	if bestD < 0 {
		return nil
	}
	t := best
	fs := []string{"k=" + t.kind, "t=" + t.word, "pos=" + t.pos}
	if t.fl != "" {
		fs = append(fs, "fl="+t.fl)
	}
	fs = append(fs, "ty="+shortType(a.typ)+"-"+shortType(b.typ))
	if a.group || b.group {
		fs = append(fs, "group")
	}
	// order of the two actors (A first) and the trigger
	switch {
	case t.a < a.tok0:
		fs = append(fs, "ord=TAB")
	case t.a < b.tok0:
		fs = append(fs, "ord=ATB")
	default:
		fs = append(fs, "ord=ABT")
	}
	da, db := tokDist(t.a, t.b, a), tokDist(t.a, t.b, b)
	near, far := min(da, db), max(da, db)
	fs = append(fs, "d_near="+bucket(near, 0, 2, 5, 10), "d_far="+bucket(far, 1, 3, 6, 12, 20))
	if ab := b.tok0 - a.tok1; ab >= 0 {
		fs = append(fs, "d_ab="+bucket(ab, 1, 3, 6, 12))
		if ab == 1 {
			fs = append(fs, "ab_next="+si.ltok(a.tok1))
		}
	}
	// the words around the trigger
	fs = append(fs, "pre="+wordClass(si, t.a-1), "post="+wordClass(si, t.b), "pre2="+wordClass(si, t.a-2)+"_"+wordClass(si, t.a-1))
	// the words between the actors and the trigger
	lo, hi := min(a.tok0, t.a), max(b.tok1, t.b)
	others := 0
	for k := lo; k < hi && k < len(si.s.Tokens); k++ {
		if k >= a.tok0 && k < a.tok1 || k >= b.tok0 && k < b.tok1 || k >= t.a && k < t.b {
			continue
		}
		w := si.tok(k)
		switch {
		case w == ",":
			fs = append(fs, "btw=,")
		case clauseStop(w):
			fs = append(fs, "btw=;")
		case isQuote(w):
			fs = append(fs, "btw=\"")
		case lowerWord(w):
			fs = append(fs, "btw="+w)
		}
	}
	for _, o := range actors {
		if o.iri != a.iri && o.iri != b.iri && o.tok0 > lo && o.tok0 < hi {
			others++
		}
	}
	fs = append(fs, "btw_actors="+bucket(others, 0, 1, 3))
	if actors[0].iri == a.iri && a.tok0 < t.a {
		fs = append(fs, "a_first")
	}
	for _, sp := range si.speech {
		sa, _ := si.spanToks(sp.start, sp.end)
		if sa > lo && sa < hi {
			fs = append(fs, "speech_btw")
		}
		// an actor who speaks: "X and Y said", "Y's office said"
		for _, p := range []pairActor{a, b} {
			if sa >= p.tok1 && sa <= p.tok1+3 {
				fs = append(fs, "actor_speaks")
			}
		}
	}
	if t.pos == "verb" {
		// the object of a contact verb when it is a common noun: "met
		// reporters", "met their targets"
		k := t.b
		switch si.ltok(k) {
		case "the", "a", "an", "their", "his", "her", "its", "our", "some", "several":
			k++
		}
		if k < len(si.s.Tokens) && lowerWord(si.tok(k)) && x.lx.stop[si.ltok(k)] == "" && x.mentionAt(si, k) == nil {
			fs = append(fs, "vobj="+si.ltok(k), "vobj_common")
		}
	}
	return dedup(fs)
}

// actorFeatures describe the two actors: their offices, whether they are
// of one side, how often the article names them.
func (x *extraction) actorFeatures(a, b pairActor, count map[string]int) []string {
	ea, eb := x.reg.byIRI[a.iri], x.reg.byIRI[b.iri]
	side := func(e *entity) map[string]bool {
		s := map[string]bool{}
		if e.typ == schema.Country {
			s[e.iri] = true
		}
		for _, r := range e.roles {
			if r.Of != "" {
				s[r.Of] = true
			}
		}
		return s
	}
	var fs []string
	sa, sb := side(ea), side(eb)
	for k := range sa {
		if sb[k] {
			fs = append(fs, "same_side")
			break
		}
	}
	if len(sa) > 0 && len(sb) > 0 && !slicesHasSide(fs) {
		fs = append(fs, "two_sides")
	}
	roles := 0
	for _, e := range []*entity{ea, eb} {
		if e.typ == schema.Person && len(e.roles) > 0 {
			roles++
		}
	}
	fs = append(fs, fmt.Sprintf("roles=%d", roles))
	fs = append(fs, "named_min="+bucket(min(count[a.iri], count[b.iri]), 1, 2, 4), "named_max="+bucket(max(count[a.iri], count[b.iri]), 1, 2, 4, 8))
	for _, e := range []*entity{ea, eb} {
		if e.typ == schema.Person && !strings.Contains(e.name, " ") {
			fs = append(fs, "one_word_name")
		}
	}
	return fs
}

func slicesHasSide(fs []string) bool {
	for _, f := range fs {
		if f == "same_side" {
			return true
		}
	}
	return false
}

// tokDist is the number of tokens between a trigger and an actor.
func tokDist(ta, tb int, p pairActor) int {
	switch {
	case p.tok1 <= ta:
		return ta - p.tok1
	case p.tok0 >= tb:
		return p.tok0 - tb
	}
	return 0
}

func shortType(t string) string {
	switch t {
	case string(schema.Person):
		return "per"
	case string(schema.Country):
		return "cty"
	}
	return "org"
}

// wordClass is a lower-case word as itself, else the kind of token.
func wordClass(si *sentInfo, k int) string {
	w := si.tok(k)
	switch {
	case w == "":
		return "^"
	case lowerWord(w):
		return w
	case w == "," || clauseStop(w) || isQuote(w):
		return w
	case unicode.IsUpper([]rune(w)[0]):
		return "Cap"
	case unicode.IsDigit([]rune(w)[0]):
		return "0"
	}
	return "."
}

// lowerWord reports a word of lower-case letters: a word of English, never
// a name.
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '\'' {
			return false
		}
	}
	return true
}

// bucket names the range of n among ascending bounds: "<=b" or ">last".
func bucket(n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return fmt.Sprintf("<=%d", b)
		}
	}
	return fmt.Sprintf(">%d", bounds[len(bounds)-1])
}

func dedup(fs []string) []string {
	sort.Strings(fs)
	out := fs[:0]
	for i, f := range fs {
		if i == 0 || f != fs[i-1] {
			out = append(out, f)
		}
	}
	return out
}

// pairEvents scores the candidates and makes a contact of each pair the
// model accepts: its kind from the contact word, its date the sentence's
// timex, happened unless the sentence plans it.
func (x *extraction) pairEvents(cands []PairCandidate, next int) []schema.Event {
	if x.pairs == nil {
		return nil
	}
	var out []schema.Event
	made := map[[2]string]bool{}
	for i := range cands {
		c := &cands[i]
		c.Score = x.pairs.Score(c.Features)
		if !c.Open() || c.Score < x.pairs.Threshold || made[pairKey(c.A, c.B)] {
			continue
		}
		made[pairKey(c.A, c.B)] = true
		c.Accepted = true
		si := x.infos[c.Sentence]
		kind := schema.Meeting
		for _, f := range c.Features {
			if k, ok := strings.CutPrefix(f, "k="); ok && k != "" {
				kind = schema.EventKind(k)
			}
		}
		// the sentence's first calendar date (measured better than the
		// one nearest the contact word)
		var date *schema.Date
		for _, tx := range x.timexes {
			if tx.Start >= si.s.Start && tx.End <= si.s.End && tx.Type == "DATE" && calendarValue(tx.Value) {
				date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
				break
			}
		}
		status := schema.Happened
		if date != nil && date.Value > x.doc.Published.Format("2006-01-02") {
			status = schema.Planned
		}
		for k := range si.s.Tokens {
			if modalWord(si.ltok(k)) {
				status = schema.Planned
			}
		}
		parts := []string{c.A, c.B}
		sort.Strings(parts)
		dv := ""
		if date != nil {
			dv = date.Value
		}
		ev := schema.Event{
			ID:           schema.EventIRI(kind, parts, dv, x.doc.ID, next+len(out)),
			Kind:         kind,
			Participants: parts,
			Date:         date,
			Status:       status,
			Evidence:     []schema.Evidence{x.evidence(si)},
		}
		ev.CAMEO = x.cameo(&candidate{kind: kind, status: status})
		ev.Confidence = math.Round(c.Score*1000) / 1000
		c.Event = ev.ID
		var names []string
		for _, p := range parts {
			if e := x.reg.byIRI[p]; e != nil {
				names = append(names, e.name)
			}
		}
		ev.Label = titleCase(string(kind)) + ": " + strings.Join(names, " and ")
		out = append(out, ev)
	}
	return out
}
