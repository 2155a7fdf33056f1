package extract

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/eventgraph/eventgraph/data"
)

// TestPairStage: the pair stage makes a contact of a pair the model
// accepts only where no rule's contact draws on the sentence and the
// sentence neither negates nor supposes; without a model it makes none.
func TestPairStage(t *testing.T) {
	// accepts every pair of two people, nothing else
	people := &PairModel{Logistic: Logistic{Bias: -5, Weights: map[string]float64{"ty=per-per": 10}}, Threshold: 0.5}
	tests := []struct {
		name  string
		model *PairModel
		text  string
		want  []string
		open  int // open candidates
	}{
		{"plain statement the rules miss", people,
			"Minister Ola Brenn and President Tova Lind, rivals for a decade, were all smiles as the talks closed on Friday.",
			[]string{"talks happened 2025-03-07 -: ola-brenn tova-lind"}, 1},
		{"no model, no contact", nil,
			"Minister Ola Brenn and President Tova Lind, rivals for a decade, were all smiles as the talks closed on Friday.",
			nil, 1},
		{"a model that accepts nothing", &PairModel{Logistic: Logistic{Bias: -5}, Threshold: 0.5},
			"Minister Ola Brenn and President Tova Lind, rivals for a decade, were all smiles as the talks closed on Friday.",
			nil, 1},
		{"negated", people,
			"Minister Ola Brenn and President Tova Lind, rivals for a decade, were not smiling as the talks closed on Friday.",
			nil, 0},
		{"denied", people,
			"Officials denied reports that Minister Ola Brenn and President Tova Lind were all smiles as the talks closed.",
			nil, 0},
		{"denied report with its source", people,
			"Officials denied a report in the daily Kessa Post that Minister Ola Brenn and President Tova Lind were all smiles as the talks closed.",
			nil, 0},
		{"inverted condition", people,
			"Had Minister Ola Brenn and President Tova Lind been all smiles, the talks would have closed on Friday.",
			nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runWith(t, tc.model, tc.text)
			if got := eventLines(r); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events %q, want %q", got, tc.want)
			}
			open := 0
			for _, c := range r.Pairs {
				if c.Open() {
					open++
				}
			}
			if open != tc.open {
				t.Errorf("%d open candidates, want %d: %+v", open, tc.open, r.Pairs)
			}
		})
	}
}

// TestPairStageLeavesRuleContacts: a sentence a rule reads is the rule's;
// its pairs are candidates (for training) but never open.
func TestPairStageLeavesRuleContacts(t *testing.T) {
	people := &PairModel{Logistic: Logistic{Bias: -5, Weights: map[string]float64{"ty=per-per": 10}}, Threshold: 0.5}
	r := runWith(t, people, "Minister Ola Brenn met President Tova Lind in Castel on Friday, with Chancellor Ivo Kall looking on.")
	want := []string{"meeting happened 2025-03-07 -: ola-brenn tova-lind"}
	if got := eventLines(r); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events %q, want %q", got, want)
	}
	paired := 0
	for _, c := range r.Pairs {
		if c.Open() {
			t.Errorf("open candidate %+v in a sentence a rule read", c)
		}
		if c.Paired {
			paired++
		}
	}
	if paired != 1 {
		t.Errorf("%d paired candidates, want 1", paired)
	}
}

// TestPairFeaturesNameNoOne: features are the wording and shape of the
// sentence; no word of a name gets into them.
func TestPairFeaturesNameNoOne(t *testing.T) {
	r := runWith(t, nil, "Minister Ola Brenn of Norland and President Tova Lind of Vesmark, rivals for a decade, were all smiles as the talks closed in Castel on Friday.")
	if len(r.Pairs) == 0 {
		t.Fatal("no candidates")
	}
	for _, c := range r.Pairs {
		for _, f := range c.Features {
			for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if w != "Cap" && w != "ABT" && w != "ATB" && w != "TAB" && unicode.IsUpper([]rune(w)[0]) {
					t.Errorf("feature %q holds a capitalised word", f)
				}
				for _, name := range []string{"ola", "brenn", "tova", "lind", "norland", "vesmark", "castel"} {
					if strings.EqualFold(w, name) {
						t.Errorf("feature %q holds a name", f)
					}
				}
			}
		}
	}
}

// TestPairFeaturesObjectAndSpeaker: a contact verb's common-noun object
// ("met reporters") and an actor who speaks ("Y's office said") are
// features of the pair, so the model can learn that neither makes a
// contact of the two.
func TestPairFeaturesObjectAndSpeaker(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"President Jean Marchal met reporters on Friday, while Chancellor Petra Lind stayed in Berlin.", "vobj=reporters"},
		{"President Ana Ruiz and President Tomas Berg said they have met their targets.", "vobj=targets"},
		{"Foreign Minister Ana Ruiz held a meeting in Oslo on Friday, President Tomas Berg's office said.", "actor_speaks"},
	}
	for _, tc := range tests {
		r := runWith(t, nil, tc.text)
		found := false
		for _, c := range r.Pairs {
			for _, f := range c.Features {
				found = found || f == tc.want
			}
		}
		if !found {
			t.Errorf("%q: no candidate with feature %q", tc.text, tc.want)
		}
	}
	// a contact verb whose object is a person has no such feature
	r := runWith(t, nil, "Minister Ola Brenn met President Tova Lind in Castel on Friday, officials said, before flying home.")
	for _, c := range r.Pairs {
		for _, f := range c.Features {
			if f == "vobj_common" {
				t.Errorf("a person object read as a common noun: %v", c.Features)
			}
		}
	}
}

// TestLoadPairModel: the model file is optional; a bad one is an error
// naming it.
func TestLoadPairModel(t *testing.T) {
	tests := []struct {
		name, json string
		wantErr    string
		wantModel  bool
	}{
		{"absent", "", "", false},
		{"good", `{"bias": -1, "threshold": 0.6, "weights": {"k=meeting": 1}}`, "", true},
		{"bad json", `{"bias": `, PairModelFile, false},
		{"threshold out of range", `{"bias": 0, "threshold": 1.5}`, "threshold", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tc.json != "" {
				fsys[PairModelFile] = &fstest.MapFile{Data: []byte(tc.json)}
			}
			m, err := loadPairModel(fsys)
			switch {
			case tc.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want one saying %q", err, tc.wantErr)
				}
			case err != nil:
				t.Fatal(err)
			case (m != nil) != tc.wantModel:
				t.Fatalf("model %v, want one: %v", m, tc.wantModel)
			}
		})
	}
	if m, err := loadPairModel(data.Lexicon()); err != nil || m == nil {
		t.Fatalf("the shipped model: %v, %v", m, err)
	}
}

// TestShippedPairModelDistractors: the rules' distractors (tests on
// invented names in events_test.go and gathering_test.go) read by the
// shipped model. The stage turns some of them into contacts — the price
// of the recall it brings on unseen articles (README, "A learned last
// stage"); this test keeps the price from growing unnoticed.
func TestShippedPairModelDistractors(t *testing.T) {
	ex, err := New(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	if ex.PairModel() == nil {
		t.Fatal("no shipped pair model")
	}
	distractors := []string{
		"President Ana Ruiz called President Tomas Berg a liar on Thursday.",
		"Americans should exercise caution when visiting Kenya and Tanzania.",
		"The treatment that Ana Ruiz received from Tomas Berg was criticised.",
		"Funds sold bonds to meet expected redemptions, Ana Ruiz and Tomas Berg said.",
		"Talks were held in Lima on Tuesday after a row between Ana Ruiz and Tomas Berg.",
		"President Jean Marchal calls on Chancellor Petra Lind to resign.",
		"President Ana Ruiz and President Tomas Berg said they have met their targets.",
		"\"We are patient,\" Chief Secretary Ana Ruiz told reporters travelling with President Tomas Berg.",
		"President Jean Marchal met reporters on Friday, while Chancellor Petra Lind stayed in Berlin.",
		"Foreign Minister Ana Ruiz held a meeting in Oslo on Friday, President Tomas Berg's office said.",
		"President Jean Marchal received a letter from Chancellor Petra Lind on Friday.",
		"President Ana Ruiz and Prime Minister Tomas Berg were joined by Emil Darrow in the campaign.",
		"President Ana Ruiz did not meet Prime Minister Tomas Berg on Friday.",
		"Prime Minister Ana Ruiz said she had no plans to meet President Tomas Berg.",
	}
	const ceiling = 7 // measured when the model was trained
	made := 0
	for _, text := range distractors {
		d, err := ReadDocument("t.txt", []byte("date 2025-03-10 "+text), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r, err := ex.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Pairs {
			if c.Accepted {
				made++
				t.Logf("contact made of %q", text)
				break
			}
		}
	}
	if made > ceiling {
		t.Errorf("the shipped model makes contacts of %d of %d distractors, more than %d", made, len(distractors), ceiling)
	}
}

// TestSpokespersonNoCandidate: a person introduced as a spokesperson who
// speaks in the sentence reports the contact and is in none of its pair
// candidates; a spokesperson who does not speak there still is.
func TestSpokespersonNoCandidate(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               bool // the person is in some candidate
	}{
		{"possessor's spokesman speaks",
			"Chancellor Petra Lind's office said she welcomed the idea, and Prime Minister Tomas Berg's spokesman, Emil Darrow, said Westland would take part in the call.",
			"emil-darrow", false},
		{"spokeswoman for someone speaks",
			"Eva Lusk, a spokeswoman for President Ana Ruiz, said the two leaders would meet at the talks with Prime Minister Tomas Berg.",
			"eva-lusk", false},
		{"a minister who speaks stays",
			"Foreign Minister Emil Darrow said the talks with Prime Minister Tomas Berg were useful.",
			"emil-darrow", true},
		{"a spokesman who does not speak stays",
			"The talks brought together Prime Minister Tomas Berg and the government spokesman, Emil Darrow.",
			"emil-darrow", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			found := false
			for _, c := range r.Pairs {
				found = found || short(c.A) == tc.person || short(c.B) == tc.person
			}
			if found != tc.want {
				t.Errorf("%s in a candidate: %v, want %v (%+v)", tc.person, found, tc.want, r.Pairs)
			}
		})
	}
}
