package evaluate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/extract"
)

func newTimexTestFinder(t *testing.T) *extract.DateFinder {
	t.Helper()
	f, err := extract.NewDateFinder(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestTimexScoreAdd checks the scoring arithmetic on a fixed system output.
func TestTimexScoreAdd(t *testing.T) {
	text := "Bombs exploded Friday; last week's report, a month-long inquiry, yesterday. It lasted two hours."
	at := func(sub, typ, val string) extract.Timex {
		i := strings.Index(text, sub)
		return extract.Timex{Start: i, End: i + len(sub), Text: sub, Type: typ, Value: val}
	}
	d := timexDoc{name: "a", text: text, gold: []extract.Timex{
		at("Friday", "DATE", "1998-08-07"),
		at("last week's", "DATE", "1998-W31"),
		at("month-long", "DURATION", "P1M"),
		at("yesterday", "DATE", "1998-08-06"),
	}}
	sys := []extract.Timex{
		at("Friday", "DATE", "1998-07-31"),    // exact, wrong value
		at("last week", "DATE", "1998-W31"),   // relaxed
		at("yesterday", "TIME", "1998-08-06"), // exact, wrong type
		at("two hours", "DURATION", "PT2H"),   // spurious
	}
	var s TimexScore
	s.add(d, sys)
	s.finish()
	if s.Gold != 4 || s.System != 4 || s.StrictMatch != 2 || s.RelaxedMatch != 3 || s.ValueCorrect != 2 || s.TypeCorrect != 2 {
		t.Errorf("counts = %+v", s)
	}
	got := fmt.Sprintf("%.3f %.3f %.3f %.3f %.3f %.3f %.3f", s.StrictP, s.StrictR, s.RelaxedF1, s.ValueAccuracy, s.TypeAccuracy, s.ValueF1, s.StrictF1)
	if want := "0.500 0.500 0.750 0.667 0.667 0.500 0.500"; got != want {
		t.Errorf("ratios = %s, want %s", got, want)
	}
	kinds := map[string]int{}
	for _, e := range s.Errors {
		kinds[e.Kind]++
	}
	if kinds["missed"] != 1 || kinds["spurious"] != 1 || kinds["value"] != 1 || kinds["type"] != 1 {
		t.Errorf("errors = %v", kinds)
	}
}

// TestTimexEvalSample runs both corpus readers on tiny inline corpora.
func TestTimexEvalSample(t *testing.T) {
	f := newTimexTestFinder(t)
	dir := t.TempDir()
	tml := `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> in Nairobi, <TIMEX3 tid="t2" type="DATE" value="1998-W31">last week's</TIMEX3> report said, and a <TIMEX3 tid="t3" type="DURATION" value="P1M">month-long</TIMEX3> inquiry began <TIMEX3 tid="t4" type="DATE" value="1998-08-06">yesterday</TIMEX3>. It lasted two hours.
</TEXT>
</TimeML>
`
	if err := os.WriteFile(filepath.Join(dir, "a.tml"), []byte(tml), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := TimexEvalTimeML(context.Background(), dir, f)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(s)
	if s.Docs != 1 || s.Gold != 4 || s.RelaxedMatch < 3 {
		t.Errorf("score = %+v", s)
	}

	cat := `<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Sales</token>
<token number="1" sentence="0" t_id="2">rise</token>
<token number="2" sentence="1" t_id="3">July</token>
<token number="3" sentence="1" t_id="4">02</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">Sales</token>
<token number="7" sentence="2" t_id="8">rose</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">June</token>
<token number="10" sentence="2" t_id="11">18</token>
<token number="11" sentence="2" t_id="12">,</token>
<token number="12" sentence="2" t_id="13">the</token>
<token number="13" sentence="2" t_id="14">company</token>
<token number="14" sentence="2" t_id="15">said</token>
<token number="15" sentence="2" t_id="16">today</token>
<token number="16" sentence="2" t_id="17">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-07-02"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2008-06-18"><token_anchor t_id="10"/><token_anchor t_id="11"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2008-07-02"><token_anchor t_id="16"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="4" type="DATE" value="2058"></TIMEX3>
</Markables>
</Document>`
	mdir := filepath.Join(t.TempDir(), "meantime")
	if err := os.MkdirAll(filepath.Join(mdir, "intra-doc_annotation", "corpus_x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mdir, "intra-doc_annotation", "corpus_x", "1_x.xml"), []byte(cat), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := TimexEvalMEANTIME(context.Background(), mdir, f)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(m)
	if m.Gold != 2 || m.System != 2 || m.StrictMatch != 2 || m.ValueCorrect != 2 || m.ValueAccuracy != 1 {
		t.Errorf("MEANTIME score = %+v", m)
	}
	if _, err := TimexEvalMEANTIME(context.Background(), t.TempDir(), f); err == nil {
		t.Error("TimexEvalMEANTIME on an empty folder: want an error")
	}
	if _, err := TimexEvalTimeML(context.Background(), t.TempDir(), f); err == nil {
		t.Error("TimexEvalTimeML on an empty folder: want an error")
	}
}

// TestTimexCorpora scores the date finder on MEANTIME and the TempEval-3
// training data in ../shared (opt-in: EVENTGRAPH_EVAL=1). With
// EVENTGRAPH_EVAL_ERRORS=FILE it writes every error there, one a line.
func TestTimexCorpora(t *testing.T) {
	if os.Getenv("EVENTGRAPH_EVAL") != "1" {
		t.Skip("corpus evaluation is opt-in: EVENTGRAPH_EVAL=1 go test ./evaluate -run TestTimexCorpora -v")
	}
	f := newTimexTestFinder(t)
	corpora := filepath.Join("..", "..", "shared", "corpora")
	var scores []TimexScore
	meantime := filepath.Join(corpora, "meantime-en")
	if _, err := os.Stat(meantime); err != nil {
		t.Logf("MEANTIME skipped: %s not found", meantime)
	} else {
		s, err := TimexEvalMEANTIME(context.Background(), meantime, f)
		if err != nil {
			t.Fatal(err)
		}
		scores = append(scores, s)
	}
	te3 := filepath.Join(corpora, "tempeval3-train", "TBAQ-cleaned")
	if _, err := os.Stat(te3); err != nil {
		t.Logf("TempEval-3 skipped: %s not found", te3)
	} else {
		var parts []TimexScore
		for _, sub := range []string{"TimeBank", "AQUAINT"} {
			s, err := TimexEvalTimeML(context.Background(), filepath.Join(te3, sub), f)
			if err != nil {
				t.Fatal(err)
			}
			parts = append(parts, s)
		}
		scores = append(scores, mergeTimexScores("TempEval-3 train (TimeBank+AQUAINT)", parts...))
		for _, s := range parts {
			s.Errors = nil
			scores = append(scores, s)
		}
	}
	if len(scores) == 0 {
		t.Skip("no corpus found under " + corpora)
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "corpus\tdocs\tgold\tsys\tstrict P\tstrict R\tstrict F1\trelax P\trelax R\trelax F1\tvalue acc\ttype acc\tvalue F1\t")
	for _, s := range scores {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", s.Corpus, s.Docs, s.Gold, s.System,
			s.StrictP, s.StrictR, s.StrictF1, s.RelaxedP, s.RelaxedR, s.RelaxedF1, s.ValueAccuracy, s.TypeAccuracy, s.ValueF1)
	}
	w.Flush()
	t.Log("\n" + b.String())
	if path := os.Getenv("EVENTGRAPH_EVAL_ERRORS"); path != "" {
		var e strings.Builder
		for _, s := range scores {
			for _, x := range s.Errors {
				fmt.Fprintf(&e, "%s\t%s\t%s\t%s\t%q\t%s\t%s\t%q\t%s\t%s\t%s\n", s.Corpus, x.Doc, x.DCT, x.Kind, x.Gold.Text, x.Gold.Type, x.Gold.Value,
					x.System.Text, x.System.Type, x.System.Value, x.Context)
			}
		}
		if err := os.WriteFile(path, []byte(e.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
