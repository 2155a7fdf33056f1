package evaluate

import (
	"context"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/extract"
)

// PairExample is a candidate of the extractor's pair stage with its gold
// label: whether the gold of its document pairs the two actors.
type PairExample struct {
	Set, Document string
	Key           string // the pair as gold names ("a|b"; "?name" for an actor gold lacks)
	New           bool   // the rules' contacts do not already give the pair
	Features      []string
	Label         bool
}

// PairSet is the examples of one set of gold files and the pair counts of
// the rules alone.
type PairSet struct {
	Name     string
	Base     PRF // who-met-whom pairs of the rules alone
	Examples []PairExample
}

// PairExamples runs the extractor without a pair model on every gold
// file's article and labels the pair stage's candidates.
func PairExamples(ctx context.Context, ex *extract.Extractor, name string, golds []Gold) (PairSet, error) {
	ex = ex.WithPairModel(nil)
	set := PairSet{Name: name, Base: newPRF(0, 0, 0)}
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
		d := scoreDocument(g, Prediction{Article: res.Article})
		set.Base = set.Base.add(d.Pairs)
		r := newResolver(g.Names(), res.Article)
		gold, pred := map[string]bool{}, map[string]bool{}
		for _, e := range g.Events {
			for _, p := range goldEventPairs(e) {
				gold[p] = true
			}
		}
		for _, e := range res.Article.Events {
			for _, p := range r.eventPairs(e) {
				pred[p] = true
			}
		}
		for _, c := range res.Pairs {
			ps := pairsOf([]string{r.resolve(c.A), r.resolve(c.B)})
			if len(ps) == 0 {
				continue // two actors with one gold name
			}
			set.Examples = append(set.Examples, PairExample{Set: name, Document: g.Document, Key: ps[0], New: c.Open() && !pred[ps[0]], Features: c.Features, Label: gold[ps[0]]})
		}
	}
	return set, nil
}

// PairTraining are the settings of TrainPairModel.
type PairTraining struct {
	L2       float64 // weight decay
	Epochs   int
	Rate     float64
	MinCount int // features seen in fewer examples are dropped
}

// DefaultPairTraining are the settings `eventgraph train-pairs` uses.
func DefaultPairTraining() PairTraining {
	return PairTraining{L2: 0.001, Epochs: 1000, Rate: 1, MinCount: 3}
}

// TrainPairModel fits a logistic regression to the examples (see
// trainLogistic). The threshold is left at 0.5; ChooseThreshold sets it.
func TrainPairModel(examples []PairExample, o PairTraining) *extract.PairModel {
	xs := make([][]string, len(examples))
	ys := make([]bool, len(examples))
	for i, e := range examples {
		xs[i], ys[i] = e.Features, e.Label
	}
	return &extract.PairModel{Logistic: trainLogistic(xs, ys, o), Threshold: 0.5}
}

// trainLogistic fits a logistic regression to examples of binary features
// by full-batch gradient descent (deterministic: the same examples give
// the same model).
func trainLogistic(features [][]string, labels []bool, o PairTraining) extract.Logistic {
	count := map[string]int{}
	for _, fs := range features {
		for _, f := range fs {
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
	xs := make([][]int, len(features))
	for i, fs := range features {
		for _, f := range fs {
			if j, ok := index[f]; ok {
				xs[i] = append(xs[i], j)
			}
		}
	}
	w := make([]float64, len(names))
	bias := 0.0
	grad := make([]float64, len(names))
	n := float64(max(len(features), 1))
	for range o.Epochs {
		clear(grad)
		gb := 0.0
		for i := range xs {
			z := bias
			for _, j := range xs[i] {
				z += w[j]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if labels[i] {
				y = 1
			}
			d := p - y
			gb += d
			for _, j := range xs[i] {
				grad[j] += d
			}
		}
		bias -= o.Rate * gb / n
		for j := range w {
			w[j] -= o.Rate * (grad[j]/n + o.L2*w[j])
		}
	}
	m := extract.Logistic{Bias: round6(bias), Weights: map[string]float64{}}
	for j, f := range names {
		if v := round6(w[j]); v != 0 {
			m.Weights[f] = v
		}
	}
	return m
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// PairGain is what a model's accepted pairs make of a set's pair counts.
func PairGain(m *extract.PairModel, threshold float64, set PairSet) PRF {
	tp, fp := 0, 0
	seen := map[string]bool{}
	for _, e := range set.Examples {
		k := e.Document + "\x00" + e.Key
		if !e.New || seen[k] || m.Score(e.Features) < threshold {
			continue
		}
		seen[k] = true
		if e.Label {
			tp++
		} else {
			fp++
		}
	}
	b := set.Base
	return newPRF(b.TP+tp, b.FP+fp, b.FN-tp)
}

// ChooseThreshold is the threshold (in steps of 0.05) that gives the sets
// together the best pair F1; ties go to the higher threshold.
func ChooseThreshold(m *extract.PairModel, sets []PairSet) float64 {
	return bestSetting(5, 95, func(th float64) PRF {
		total := newPRF(0, 0, 0)
		for _, s := range sets {
			total = total.add(PairGain(m, th, s))
		}
		return total
	})
}

// bestSetting is the setting from lo/100 to hi/100, in steps of 0.05, whose
// counts score gives the best F1; ties go to the higher setting.
func bestSetting(lo, hi int, score func(float64) PRF) float64 {
	best, bestF := float64(hi)/100, -1.0
	for t := hi; t >= lo; t -= 5 {
		v := float64(t) / 100
		if f := score(v).F1; f > bestF+1e-9 {
			best, bestF = v, f
		}
	}
	return best
}

// heldOut splits sets into set i and the others.
func heldOut[S any](sets []S, i int) (S, []S) {
	var others []S
	for j, t := range sets {
		if j != i {
			others = append(others, t)
		}
	}
	return sets[i], others
}

// PairFold is one fold of CrossValidatePairs: the set held out, its pairs
// by the rules alone and with a model trained on the other sets.
type PairFold struct {
	Set           string
	Threshold     float64
	Before, After PRF
}

// CrossValidatePairs holds each set out in turn, trains on the others,
// chooses the threshold on them and scores the held-out set.
func CrossValidatePairs(sets []PairSet, o PairTraining) []PairFold {
	var out []PairFold
	for i := range sets {
		s, others := heldOut(sets, i)
		var train []PairExample
		for _, t := range others {
			train = append(train, t.Examples...)
		}
		m := TrainPairModel(train, o)
		th := ChooseThreshold(m, others)
		out = append(out, PairFold{Set: s.Name, Threshold: th, Before: s.Base, After: PairGain(m, th, s)})
	}
	return out
}

// PairFoldsTable prints the folds and their total.
func PairFoldsTable(folds []PairFold) string {
	rows := make([]foldRow, len(folds))
	for i, f := range folds {
		rows[i] = foldRow{f.Set, f.Threshold, f.Before, f.After}
	}
	return foldsTable("thr", "rules P/R/F1", "with pairs P/R/F1", rows)
}

// foldRow is one held-out set of a cross-validation: the setting chosen on
// the other sets, the set's counts without and with the model.
type foldRow struct {
	set           string
	setting       float64
	before, after PRF
}

// foldsTable prints the folds of a cross-validation and their total.
func foldsTable(setting, before, after string, rows []foldRow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s %6s  %-20s  %-20s\n", "held out", setting, before, after)
	tb, ta := newPRF(0, 0, 0), newPRF(0, 0, 0)
	row := func(name, st string, x, y PRF) {
		fmt.Fprintf(&b, "%-12s %6s  %5s %5s %5s     %5s %5s %5s\n", name, st, pct(x.Precision), pct(x.Recall), pct(x.F1), pct(y.Precision), pct(y.Recall), pct(y.F1))
	}
	for _, r := range rows {
		row(r.set, fmt.Sprintf("%.2f", r.setting), r.before, r.after)
		tb, ta = tb.add(r.before), ta.add(r.after)
	}
	row("TOTAL", "", tb, ta)
	return b.String()
}
