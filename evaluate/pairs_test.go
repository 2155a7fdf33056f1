package evaluate

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/extract"
)

// synthetic examples: "good" marks contacts, "bad" does not; "x" is noise.
func pairSet(name string, base PRF, n int) PairSet {
	s := PairSet{Name: name, Base: base}
	for i := range n {
		doc := name
		s.Examples = append(s.Examples,
			PairExample{Set: name, Document: doc, Key: "a|b" + string(rune('a'+i)), New: true, Features: []string{"good", "x"}, Label: true},
			PairExample{Set: name, Document: doc, Key: "c|d" + string(rune('a'+i)), New: true, Features: []string{"bad", "x"}, Label: false},
		)
	}
	return s
}

func TestTrainPairModel(t *testing.T) {
	s := pairSet("s", newPRF(10, 0, 10), 5)
	m := TrainPairModel(s.Examples, DefaultPairTraining())
	good, bad := m.Score([]string{"good", "x"}), m.Score([]string{"bad", "x"})
	if good <= 0.5 || bad >= 0.5 {
		t.Fatalf("scores good %.2f bad %.2f: the model does not separate them", good, bad)
	}
	// deterministic
	m2 := TrainPairModel(s.Examples, DefaultPairTraining())
	if m2.Bias != m.Bias || m2.Weights["good"] != m.Weights["good"] {
		t.Error("two trainings on the same examples differ")
	}
	// rare features are dropped
	o := DefaultPairTraining()
	o.MinCount = 6
	if m3 := TrainPairModel(s.Examples, o); m3.Weights["good"] != 0 || m3.Weights["bad"] != 0 {
		t.Errorf("weights %v: features seen 5 times kept with MinCount 6", m3.Weights)
	}
}

func TestPairGain(t *testing.T) {
	m := &extract.PairModel{Logistic: extract.Logistic{Weights: map[string]float64{"good": 5, "bad": -5}}}
	s := pairSet("s", newPRF(10, 0, 10), 3)
	// a pair the rules already give, and a repeat of an accepted pair, add nothing
	s.Examples = append(s.Examples,
		PairExample{Document: "s", Key: "e|f", New: false, Features: []string{"good"}, Label: true},
		PairExample{Document: "s", Key: "a|ba", New: true, Features: []string{"good"}, Label: true},
	)
	tests := []struct {
		th     float64
		tp, fp int
	}{
		{0.5, 13, 0}, // the three good pairs
		{0.001, 13, 3},
		{0.999, 10, 0},
	}
	for _, tc := range tests {
		g := PairGain(m, tc.th, s)
		if g.TP != tc.tp || g.FP != tc.fp || g.FN != 20-tc.tp {
			t.Errorf("threshold %v: %+v, want tp %d fp %d", tc.th, g, tc.tp, tc.fp)
		}
	}
	if th := ChooseThreshold(m, []PairSet{s}); th < 0.05 || th > 0.95 || PairGain(m, th, s).FP != 0 {
		t.Errorf("threshold %v lets bad pairs in", th)
	}
	folds := CrossValidatePairs([]PairSet{pairSet("a", newPRF(10, 0, 10), 4), pairSet("b", newPRF(10, 0, 10), 4)}, DefaultPairTraining())
	for _, f := range folds {
		if f.After.TP != 14 || f.After.FP != 0 {
			t.Errorf("fold %s: %+v, want the 4 good pairs added and no bad one", f.Set, f.After)
		}
	}
}

// TestPairExamples labels the candidates of a dev article against its gold.
func TestPairExamples(t *testing.T) {
	golds, err := LoadGoldDir("../data/gold")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	s, err := PairExamples(context.Background(), ex, "dev", golds[:3])
	if err != nil {
		t.Fatal(err)
	}
	pos, neg := 0, 0
	for _, e := range s.Examples {
		if e.Label {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 || s.Base.TP == 0 {
		t.Errorf("%d positive and %d negative examples, base %+v: want both and a base", pos, neg, s.Base)
	}
}
