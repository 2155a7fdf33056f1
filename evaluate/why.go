package evaluate

import (
	"fmt"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/extract"
)

// SizeRecall is the recall of gold pairs by the size of the gold contacts
// holding them: contacts of two, and contacts of three or more. A pair in
// both kinds counts once, as a pair of two.
type SizeRecall struct {
	Two   Ratio `json:"two"`
	Group Ratio `json:"group"`
}

func (s SizeRecall) add(t SizeRecall) SizeRecall {
	return SizeRecall{Two: s.Two.add(t.Two), Group: s.Group.add(t.Group)}
}

// Why a gold pair was missed, by what the extraction shows of it, in the
// order the reasons are tried.
const (
	WhyActorNotFound     = "actor_not_found"                  // an actor of the pair is never named (or not recognised)
	WhyOtherParticipants = "contact_found_other_participants" // a contact drawn from the gold contact's sentence lacks one of them
	WhyReadByRule        = "sentence_read_by_a_rule"          // they share a sentence with a contact word, and a rule's contact draws on it
	WhyHedged            = "negated_or_supposed"              // they share a sentence with a contact word that negates or supposes
	WhyNotAccepted       = "candidate_not_accepted"           // an open candidate of the pair stage it did not accept (no model, or scored low)
	WhyNoContactWord     = "no_kept_contact_word"             // they share a sentence, but not with a contact word the rules kept
	WhyNeverTogether     = "never_in_one_sentence"            // both are named, never in one sentence
)

// WhyOrder lists the reasons in the order they are tried.
var WhyOrder = []string{WhyActorNotFound, WhyOtherParticipants, WhyReadByRule, WhyHedged, WhyNotAccepted, WhyNoContactWord, WhyNeverTogether}

// pairsBySize is the recall of the gold pairs, split by contact size;
// goldPairs[i] are the pairs of g.Events[i].
func pairsBySize(g Gold, goldPairs [][]string, pred map[string]bool) SizeRecall {
	size := map[string]int{}
	for i, e := range g.Events {
		for _, p := range goldPairs[i] {
			if n, ok := size[p]; !ok || len(e.Participants) < n {
				size[p] = len(e.Participants)
			}
		}
	}
	s := SizeRecall{Two: newRatio(0, 0), Group: newRatio(0, 0)}
	for p, n := range size {
		hit := 0
		if pred[p] {
			hit = 1
		}
		if n == 2 {
			s.Two = s.Two.add(newRatio(hit, 1))
		} else {
			s.Group = s.Group.add(newRatio(hit, 1))
		}
	}
	return s
}

// whyMissed counts the gold pairs not in pred by why they were missed.
func whyMissed(g Gold, res *extract.Result, r resolver, pred map[string]bool) map[string]int {
	// the sentences each gold name is named in
	sents := map[string]map[int]bool{}
	note := func(iri string, s int) {
		k := r.resolve(iri)
		if sents[k] == nil {
			sents[k] = map[int]bool{}
		}
		sents[k][s] = true
	}
	for _, m := range res.Mentions {
		if m.Entity != "" {
			note(m.Entity, m.Sentence)
		}
		for _, mem := range m.Members {
			note(mem, m.Sentence)
		}
	}
	cands := map[string][]extract.PairCandidate{}
	for _, c := range res.Pairs {
		if ps := pairsOf([]string{r.resolve(c.A), r.resolve(c.B)}); len(ps) == 1 {
			cands[ps[0]] = append(cands[ps[0]], c)
		}
	}
	told := map[int]bool{}
	for _, e := range res.Article.Events {
		for _, ev := range e.Evidence {
			told[ev.Sentence] = true
		}
	}
	sentenceOf := func(evidence string) int {
		probe := evidence
		if len(probe) > 60 {
			probe = probe[:60]
		}
		for _, s := range res.Sentences {
			if strings.Contains(s.Text, probe) {
				return s.Index
			}
		}
		return -1
	}
	out := map[string]int{}
	seen := map[string]bool{}
	for _, e := range g.Events {
		at := sentenceOf(e.Evidence)
		for _, p := range goldEventPairs(e) {
			if pred[p] || seen[p] {
				continue
			}
			seen[p] = true
			ab := strings.SplitN(p, "|", 2)
			why := WhyNeverTogether
			switch {
			case len(sents[ab[0]]) == 0 || len(sents[ab[1]]) == 0:
				why = WhyActorNotFound
			case at >= 0 && told[at]:
				why = WhyOtherParticipants
			case len(cands[p]) > 0:
				why = WhyHedged
				for _, c := range cands[p] {
					if c.Open() {
						why = WhyNotAccepted
						break
					}
					if c.Told {
						why = WhyReadByRule
					}
				}
			default:
				for s := range sents[ab[0]] {
					if sents[ab[1]][s] {
						why = WhyNoContactWord
						break
					}
				}
			}
			out[why]++
		}
	}
	return out
}

// addWhy sums two counts of reasons.
func addWhy(a, b map[string]int) map[string]int {
	if a == nil && b == nil {
		return nil
	}
	out := map[string]int{}
	for k, v := range a {
		out[k] += v
	}
	for k, v := range b {
		out[k] += v
	}
	return out
}

// WhyTable prints the total's pair recall by contact size and, when the
// extraction was kept, its missed pairs by reason.
func (r Report) WhyTable() string {
	var b strings.Builder
	t := r.Total
	fmt.Fprintf(&b, "pair recall, contacts of two: %s; of three or more: %s\n", ratioCell(t.PairsBySize.Two), ratioCell(t.PairsBySize.Group))
	if t.Why == nil {
		return b.String()
	}
	n := 0
	for _, v := range t.Why {
		n += v
	}
	fmt.Fprintf(&b, "missed pairs by what the extraction shows of them (%d):\n", n)
	keys := append([]string(nil), WhyOrder...)
	sort.SliceStable(keys, func(i, j int) bool { return t.Why[keys[i]] > t.Why[keys[j]] })
	for _, k := range keys {
		if t.Why[k] > 0 {
			fmt.Fprintf(&b, "  %-34s %4d\n", k, t.Why[k])
		}
	}
	return b.String()
}
