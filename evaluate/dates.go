package evaluate

import (
	"context"
	"fmt"
	"math"
	"os"
	"sort"

	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/schema"
)

// DateExample is a candidate date of a contact the extractor found, with
// its gold label: whether gold dates the contact's pairs by that value.
type DateExample struct {
	Document string
	Event    int    // the contact's index in the rules' extraction
	Value    string // "" for no date
	Rule     bool   // the rules' date
	Features []string
	Label    bool
}

// dateDoc is one document's rules-only extraction, kept so that a model's
// choices can be applied and scored.
type dateDoc struct {
	gold    Gold
	article schema.Article
	cands   [][]extract.DateCandidate
}

// DateSet is the examples of one set of gold files and what is needed to
// score a date model on it.
type DateSet struct {
	Name     string
	Examples []DateExample
	docs     []dateDoc
}

// DateExamples runs the extractor without a date model on every gold
// file's article and labels the date stage's candidates. A contact whose
// pairs gold does not have teaches nothing and is left out.
func DateExamples(ctx context.Context, ex *extract.Extractor, name string, golds []Gold) (DateSet, error) {
	ex = ex.WithDateModel(nil)
	set := DateSet{Name: name}
	for _, g := range golds {
		path := ArticlePath(g.Path, g.Document)
		raw, err := os.ReadFile(path)
		if err != nil {
			return set, fmt.Errorf("gold %s: its article: %w", g.Path, err)
		}
		doc, err := extract.ReadDocument(path, raw, extract.ReadOptions{})
		if err != nil {
			return set, err
		}
		res, err := ex.Extract(ctx, doc)
		if err != nil {
			return set, fmt.Errorf("%s: %w", path, err)
		}
		set.docs = append(set.docs, dateDoc{gold: g, article: res.Article, cands: res.Dates})
		r := newResolver(g.Names(), res.Article)
		dated := map[string]map[string]bool{} // gold pair → its dates
		for _, e := range g.Events {
			for _, p := range goldEventPairs(e) {
				if dated[p] == nil {
					dated[p] = map[string]bool{}
				}
				dated[p][e.Date] = true
			}
		}
		// the dated pairs each contact gives
		evPairs := make([][]string, len(res.Article.Events))
		for i, ev := range res.Article.Events {
			evPairs[i] = r.eventPairs(ev)
		}
		for i := range res.Article.Events {
			var pairs []string
			for _, p := range evPairs[i] {
				if dated[p] != nil {
					pairs = append(pairs, p)
				}
			}
			if len(pairs) == 0 || i >= len(res.Dates) {
				continue
			}
			// a date another contact already gives a pair gains nothing
			covered := map[string]bool{}
			for j, o := range res.Article.Events {
				if j != i {
					for _, p := range evPairs[j] {
						covered[p+"@"+dateValue(o.Date)] = true
					}
				}
			}
			// when no date gains anything, the rules' date is as good as any
			first, any := len(set.Examples), false
			for _, c := range res.Dates[i] {
				n := 0
				for _, p := range pairs {
					if dated[p][c.Value] && !covered[p+"@"+c.Value] {
						n++
					}
				}
				label := n > 0 && 2*n >= len(pairs)
				any = any || label
				set.Examples = append(set.Examples, DateExample{Document: g.Document, Event: i, Value: c.Value, Rule: c.Rule, Features: c.Features, Label: label})
			}
			if !any {
				for k := first; k < len(set.Examples); k++ {
					set.Examples[k].Label = set.Examples[k].Rule
				}
			}
		}
	}
	return set, nil
}

// TrainDateModel fits a conditional logit to the examples: for each
// contact, a softmax over its candidate dates, trained by full-batch
// gradient descent to give the gold dates the most probability
// (deterministic). A contact with no right candidate teaches nothing. The
// margin is left at 0; ChooseMargin sets it.
func TrainDateModel(examples []DateExample, o PairTraining) *extract.DateModel {
	count := map[string]int{}
	for _, e := range examples {
		for _, f := range e.Features {
			count[f]++
		}
	}
	var names []string
	for f, n := range count {
		if n >= o.MinCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	index := make(map[string]int, len(names))
	for i, f := range names {
		index[f] = i
	}
	// the candidates of each contact with a right one
	var groups [][]int
	for i := 0; i < len(examples); {
		j, pos := i, false
		for j < len(examples) && examples[j].Document == examples[i].Document && examples[j].Event == examples[i].Event {
			pos = pos || examples[j].Label
			j++
		}
		if pos && j-i > 1 {
			g := make([]int, 0, j-i)
			for k := i; k < j; k++ {
				g = append(g, k)
			}
			groups = append(groups, g)
		}
		i = j
	}
	xs := make([][]int, len(examples))
	for i, e := range examples {
		for _, f := range e.Features {
			if j, ok := index[f]; ok {
				xs[i] = append(xs[i], j)
			}
		}
	}
	w := make([]float64, len(names))
	grad := make([]float64, len(names))
	n := float64(max(len(groups), 1))
	var p []float64
	for range o.Epochs {
		clear(grad)
		for _, g := range groups {
			p = p[:0]
			top := math.Inf(-1)
			for _, k := range g {
				z := 0.0
				for _, j := range xs[k] {
					z += w[j]
				}
				p = append(p, z)
				top = max(top, z)
			}
			sum, sumPos := 0.0, 0.0
			for a, k := range g {
				p[a] = math.Exp(p[a] - top)
				sum += p[a]
				if examples[k].Label {
					sumPos += p[a]
				}
			}
			for a, k := range g {
				// d(-log sum of the right candidates' probability)/dz
				d := p[a] / sum
				if examples[k].Label {
					d -= p[a] / sumPos
				}
				for _, j := range xs[k] {
					grad[j] += d
				}
			}
		}
		for j := range w {
			w[j] -= o.Rate * (grad[j]/n + o.L2*w[j])
		}
	}
	m := &extract.DateModel{Logistic: extract.Logistic{Weights: map[string]float64{}}}
	for j, f := range names {
		if v := round6(w[j]); v != 0 {
			m.Weights[f] = v
		}
	}
	return m
}

// DatedPairs scores a set's dated pairs with the rules' dates (m nil) or
// with the dates model m chooses at the given margin.
func DatedPairs(m *extract.DateModel, margin float64, set DateSet) PRF {
	total := newPRF(0, 0, 0)
	for _, d := range set.docs {
		art := d.article
		if m != nil {
			mm := *m
			mm.Margin = margin
			art.Events = extract.Redate(&mm, art.Events, d.cands, d.article.Document.ID)
		}
		total = total.add(scoreDocument(d.gold, Prediction{Article: art}).DatedPairs)
	}
	return total
}

// ChooseMargin is the margin (in steps of 0.05, from 0.2 to 0.5) that
// gives the sets together the best dated-pair F1; ties go to the higher
// margin. It is at least 0.2 because a wrong date misleads a reader of the
// timeline more than a missing one: in cross-validation over the fifteen
// gold sets, margins from 0 gave a lower total (0.678 against 0.680) and
// lowered four sets, margins from 0.2 lowered none.
func ChooseMargin(m *extract.DateModel, sets []DateSet) float64 {
	return bestSetting(20, 50, func(mg float64) PRF {
		total := newPRF(0, 0, 0)
		for _, s := range sets {
			total = total.add(DatedPairs(m, mg, s))
		}
		return total
	})
}

// DateFold is one fold of CrossValidateDates: the set held out, its dated
// pairs by the rules alone and with a model trained on the other sets.
type DateFold struct {
	Set           string
	Margin        float64
	Before, After PRF
}

// CrossValidateDates holds each set out in turn, trains on the others,
// chooses the margin on them and scores the held-out set.
func CrossValidateDates(sets []DateSet, o PairTraining) []DateFold {
	var out []DateFold
	for i := range sets {
		s, others := heldOut(sets, i)
		var train []DateExample
		for _, t := range others {
			train = append(train, t.Examples...)
		}
		m := TrainDateModel(train, o)
		mg := ChooseMargin(m, others)
		out = append(out, DateFold{Set: s.Name, Margin: mg, Before: DatedPairs(nil, 0, s), After: DatedPairs(m, mg, s)})
	}
	return out
}

// DateFoldsTable prints the folds and their total.
func DateFoldsTable(folds []DateFold) string {
	rows := make([]foldRow, len(folds))
	for i, f := range folds {
		rows[i] = foldRow{f.Set, f.Margin, f.Before, f.After}
	}
	return foldsTable("margin", "rules' dates P/R/F1", "with the model P/R/F1", rows)
}
