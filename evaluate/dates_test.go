package evaluate

import "testing"

// TestTrainDateModel: the conditional logit learns which of a contact's
// candidate dates gold takes; contacts with no right candidate teach
// nothing; the same examples give the same model.
func TestTrainDateModel(t *testing.T) {
	var exs []DateExample
	for i := range 20 {
		doc := "d"
		exs = append(exs,
			DateExample{Document: doc, Event: i, Value: "", Rule: true, Features: []string{"none"}},
			DateExample{Document: doc, Event: i, Value: "2025-03-04", Features: []string{"d=-1", "g=day"}, Label: true},
			DateExample{Document: doc, Event: i, Value: "2024", Features: []string{"d<-5", "g=year"}},
		)
	}
	// a contact whose dates are all wrong
	exs = append(exs,
		DateExample{Document: "e", Event: 0, Value: "", Rule: true, Features: []string{"none"}},
		DateExample{Document: "e", Event: 0, Value: "2024", Features: []string{"d<-5", "g=year"}},
	)
	o := DefaultPairTraining()
	o.Epochs = 200
	m := TrainDateModel(exs, o)
	z := func(fs ...string) float64 {
		s := 0.0
		for _, f := range fs {
			s += m.Weights[f]
		}
		return s
	}
	if right := z("d=-1", "g=day"); right <= z("none") || right <= z("d<-5", "g=year") {
		t.Errorf("weights %v do not rank the right date first", m.Weights)
	}
	if again := TrainDateModel(exs, o); len(again.Weights) != len(m.Weights) || again.Weights["d=-1"] != m.Weights["d=-1"] {
		t.Errorf("training is not deterministic: %v vs %v", again.Weights, m.Weights)
	}
}

// TestChooseMarginRange: the margin is never below 0.2, whatever the sets.
func TestChooseMarginRange(t *testing.T) {
	m := TrainDateModel(nil, DefaultPairTraining())
	if mg := ChooseMargin(m, nil); mg < 0.2 || mg > 0.5 {
		t.Errorf("margin %v, want within [0.2, 0.5]", mg)
	}
}
