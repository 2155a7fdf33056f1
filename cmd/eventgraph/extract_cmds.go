package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/evaluate"
	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/schema"
)

// annotation is what `annotate --format json` prints.
type annotation struct {
	Document  schema.Document   `json:"document"`
	Sentences []annotSentence   `json:"sentences"`
	Mentions  []extract.Mention `json:"mentions"`
	Timexes   []extract.Timex   `json:"timexes"`
	Actors    []schema.Actor    `json:"actors"`
	Places    []schema.Place    `json:"places"`
	Events    []schema.Event    `json:"events"`
	Claims    []schema.Claim    `json:"claims"`
	// Learned are the contacts the learned last stage made (event IRI →
	// the pair model's score); the others are the rules'.
	Learned map[string]float64 `json:"learned,omitempty"`
	// LearnedDates are the contacts the learned date stage dated (event
	// IRI → the date model's probability for the date).
	LearnedDates map[string]float64 `json:"learned_dates,omitempty"`
}

type annotSentence struct {
	Index   int    `json:"index"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Caption bool   `json:"caption,omitempty"`
	Text    string `json:"text"`
}

func newAnnotateCmd(e *env) *cobra.Command {
	var date, format string
	var maxBytes int64
	c := &cobra.Command{
		Use:   "annotate ARTICLE [--format text|json]",
		Short: "Show every mention, date, event and claim found in an article, with byte offsets (no store)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError{fmt.Errorf("--format %q: want text or json", format)}
			}
			r, err := newArticleReader(date, maxBytes)
			if err != nil {
				return err
			}
			b, err := readLimited(args[0], maxBytes)
			if err != nil {
				return err
			}
			res, err := r.extract(cmd.Context(), args[0], b)
			if err != nil {
				return err
			}
			a := annotation{
				Document: res.Article.Document, Mentions: res.Mentions, Timexes: res.Timexes,
				Actors: res.Article.Actors, Places: res.Article.Places, Events: res.Article.Events, Claims: res.Article.Claims,
				LearnedDates: res.LearnedDates,
			}
			for _, s := range res.Sentences {
				a.Sentences = append(a.Sentences, annotSentence{Index: s.Index, Start: s.Start, End: s.End, Caption: s.Caption, Text: s.Text})
			}
			for _, p := range res.Pairs {
				if p.Accepted {
					if a.Learned == nil {
						a.Learned = map[string]float64{}
					}
					a.Learned[p.Event] = math.Round(p.Score*1000) / 1000
				}
			}
			if format == "json" {
				return writeJSON(e.stdout, a)
			}
			writeAnnotationText(e, a)
			return nil
		},
	}
	c.Flags().StringVar(&date, "date", "", "publication date (YYYY-MM-DD) for an article without a date line")
	c.Flags().StringVar(&format, "format", "text", "text or json")
	c.Flags().Int64Var(&maxBytes, "max-bytes", graph.DefaultMaxBytes, "size limit of the input file")
	return c
}

func writeAnnotationText(e *env, a annotation) {
	w := e.stdout
	names := map[string]string{}
	for _, ac := range a.Actors {
		names[ac.ID] = ac.Name
	}
	for _, p := range a.Places {
		names[p.ID] = p.Name
	}
	name := func(iri string) string {
		if n, ok := names[iri]; ok {
			return n
		}
		return iri
	}
	list := func(iris []string) string {
		var out []string
		for _, i := range iris {
			out = append(out, name(i))
		}
		return strings.Join(out, ", ")
	}
	fmt.Fprintf(w, "document %s, published %s, %d sentences\n", a.Document.ID, a.Document.Published.Format("2006-01-02"), len(a.Sentences))
	fmt.Fprintf(w, "\nmentions (%d)\n", len(a.Mentions))
	for _, m := range a.Mentions {
		fmt.Fprintf(w, "  %6d-%-6d %-12s %-30q %s\n", m.Start, m.End, m.Type, m.Text, name(m.Entity))
	}
	fmt.Fprintf(w, "\ndates (%d)\n", len(a.Timexes))
	for _, t := range a.Timexes {
		fmt.Fprintf(w, "  %6d-%-6d %-8s %-12s %q\n", t.Start, t.End, t.Type, t.Value, t.Text)
	}
	fmt.Fprintf(w, "\nevents (%d)\n", len(a.Events))
	for _, ev := range a.Events {
		date := "undated"
		if ev.Date != nil {
			date = ev.Date.Value
		}
		fmt.Fprintf(w, "  %-8s %-10s %-9s %s", ev.Kind, date, ev.Status, list(ev.Participants))
		if ev.Place != "" {
			fmt.Fprintf(w, " @ %s", name(ev.Place))
		}
		if ev.CAMEO != "" {
			fmt.Fprintf(w, " [CAMEO %s]", ev.CAMEO)
		}
		if sc, ok := a.Learned[ev.ID]; ok {
			fmt.Fprintf(w, " [learned stage, score %.2f]", sc)
		}
		if sc, ok := a.LearnedDates[ev.ID]; ok {
			fmt.Fprintf(w, " [date by the learned date stage, score %.2f]", sc)
		}
		fmt.Fprintln(w)
		for _, x := range ev.Evidence {
			fmt.Fprintf(w, "      s%d %d-%d %q\n", x.Sentence, x.Start, x.End, x.Text)
		}
	}
	fmt.Fprintf(w, "\nclaims (%d)\n", len(a.Claims))
	for _, c := range a.Claims {
		by := "(unknown)"
		if c.Claimant != "" {
			by = name(c.Claimant)
		}
		fmt.Fprintf(w, "  %s", by)
		if len(c.ReportedBy) > 0 {
			fmt.Fprintf(w, ", reported by %s", list(c.ReportedBy))
		}
		if c.Channel != "" {
			// "in a statement", but "on Twitter" as the article puts it
			if strings.HasPrefix(c.Channel, "on ") {
				fmt.Fprintf(w, ", %s", c.Channel)
			} else {
				fmt.Fprintf(w, ", in a %s", c.Channel)
			}
		}
		if c.Date != nil {
			fmt.Fprintf(w, ", %s", c.Date.Value)
		}
		fmt.Fprintf(w, ": %q\n", c.Text)
	}
}

func newTimexCmd(e *env) *cobra.Command {
	var format, date string
	c := &cobra.Command{
		Use:   "timex --format timeml|json FILE",
		Short: "Find and normalise temporal expressions: TimeML in, TimeML with TIMEX3 tags out (for the TempEval-3 scorer), or an article in, JSON out",
		Long: `With --format timeml, read a TimeML file (the DCT and TEXT of a TempEval-3 .TE3input file)
and write it back unchanged except for added TIMEX3 tags, so the official TempEval-3 scorer
can score it. With --format json, read an article (date line, front matter or --date) and
print its temporal expressions as JSON with byte offsets.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			df, err := extract.NewDateFinder(data.Lexicon())
			if err != nil {
				return fmt.Errorf("load the date finder: %w", err)
			}
			switch format {
			case "timeml":
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				if err := extract.AnnotateTimeML(f, e.stdout, df); err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				return nil
			case "json":
				r, err := newArticleReader(date, graph.DefaultMaxBytes)
				if err != nil {
					return err
				}
				b, err := readLimited(args[0], graph.DefaultMaxBytes)
				if err != nil {
					return err
				}
				res, err := r.extract(cmd.Context(), args[0], b)
				if err != nil {
					return err
				}
				return writeJSON(e.stdout, res.Timexes)
			}
			return usageError{fmt.Errorf("--format %q: want timeml or json", format)}
		},
	}
	c.Flags().StringVar(&format, "format", "timeml", "timeml or json")
	c.Flags().StringVar(&date, "date", "", "publication date (YYYY-MM-DD) for an article without a date line (json)")
	return c
}

func newEvalCmd(e *env) *cobra.Command {
	var asJSON bool
	var meantime string
	var timeml, challenge []string
	var failures, rulesOnly, why bool
	c := &cobra.Command{
		Use:   "eval [GOLD...] [--json] [--why] [--meantime DIR] [--timeml DIR]... [--challenge FILE]... [--failures] [--rules-only]",
		Short: "Score the extractor against gold files (default data/gold) and, optionally, TIMEX3 corpora",
		Long: `Score the extractor against gold files (format: data/gold/README.md; default: every file in
data/gold). Each gold file's article is read from ../articles/NAME.txt beside it. Prints a
table per document (who-met-whom pairs P/R/F1, pairs with the right date, status accuracy,
claims, TIMEX3 value accuracy) or, with --json, the whole report. --meantime and --timeml
also score the date normaliser on a MEANTIME folder (CAT XML) or a TimeML folder
(e.g. TempEval-3's TBAQ-cleaned); --meantime also scores the claims against MEANTIME's
gold attributions (derived/attributions.tsv). --challenge scores a challenge set
(data/challenge/README.md: short texts, one phenomenon of English each) by phenomenon;
--failures lists its failed cases with what was wanted and found. With --challenge and
no GOLD, the gold files are not scored. --rules-only scores the extractor without its learned
stages (the pair model and the date model), the rules alone. --why adds, under the table, the total's pair
recall by contact size (two, three or more) and its missed pairs counted by what the
extraction shows of them (an actor never found, a contact found with other participants,
the two never in one sentence, ...); --json always has both (pairs_by_size, why_missed).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if len(args) == 0 && len(challenge) == 0 {
				args = []string{filepath.Join("data", "gold")}
			}
			var golds []evaluate.Gold
			for _, a := range args {
				st, err := os.Stat(a)
				if err != nil {
					return err
				}
				if st.IsDir() {
					gs, err := evaluate.LoadGoldDir(a)
					if err != nil {
						return err
					}
					golds = append(golds, gs...)
					continue
				}
				g, err := evaluate.LoadGold(a)
				if err != nil {
					return err
				}
				golds = append(golds, g)
			}
			r, err := newArticleReader("", graph.DefaultMaxBytes)
			if err != nil {
				return err
			}
			if rulesOnly {
				ex, err := extract.New(data.Lexicon())
				if err != nil {
					return fmt.Errorf("load the extractor: %w", err)
				}
				r.ex = ex.WithPairModel(nil).WithDateModel(nil)
			}
			preds := make([]*evaluate.Prediction, len(golds)) // in gold order: two sets may share a document name
			for i, g := range golds {
				path := evaluate.ArticlePath(g.Path, g.Document)
				b, err := readLimited(path, graph.DefaultMaxBytes)
				if err != nil {
					return fmt.Errorf("gold %s: its article: %w", g.Path, err)
				}
				res, err := r.extract(ctx, path, b)
				if err != nil {
					return err
				}
				p := evaluate.Prediction{Article: res.Article, Timexes: []evaluate.TimexSpan{}, Result: res}
				for _, t := range res.Timexes {
					p.Timexes = append(p.Timexes, evaluate.TimexSpan{Text: t.Text, Start: t.Start, End: t.End, Type: t.Type, Value: t.Value})
				}
				preds[i] = &p
			}
			rep := evaluate.ScoreInOrder(golds, preds)
			var corpora []evaluate.TimexScore
			var attribution *evaluate.AttributionScore
			if meantime != "" || len(timeml) > 0 {
				df, err := extract.NewDateFinder(data.Lexicon())
				if err != nil {
					return err
				}
				if meantime != "" {
					s, err := evaluate.TimexEvalMEANTIME(ctx, meantime, df)
					if err != nil {
						return err
					}
					corpora = append(corpora, s)
					as, err := evaluate.AttributionEvalMEANTIME(ctx, meantime, func(ctx context.Context, path string, text []byte) (*schema.Article, error) {
						res, err := r.extract(ctx, path, text)
						if err != nil {
							return nil, err
						}
						return &res.Article, nil
					})
					if err != nil {
						return err
					}
					attribution = &as
				}
				for _, dir := range timeml {
					s, err := evaluate.TimexEvalTimeML(ctx, dir, df)
					if err != nil {
						return err
					}
					s.Corpus = "TimeML " + dir
					corpora = append(corpora, s)
				}
			}
			var challenges []evaluate.ChallengeReport
			for _, path := range challenge {
				cases, err := evaluate.LoadChallenge(path)
				if err != nil {
					return err
				}
				cr, err := evaluate.ScoreChallenge(ctx, cases, func(ctx context.Context, name string, text []byte) (*schema.Article, error) {
					res, err := r.extract(ctx, name, text)
					if err != nil {
						return nil, err
					}
					return &res.Article, nil
				})
				if err != nil {
					return fmt.Errorf("challenge set %s: %w", path, err)
				}
				challenges = append(challenges, cr)
			}
			if asJSON {
				b, err := rep.JSON()
				if err != nil {
					return err
				}
				if len(corpora) == 0 && len(challenges) == 0 {
					_, err = e.stdout.Write(append(b, '\n'))
					return err
				}
				for i := range corpora {
					corpora[i].Errors = nil
				}
				out := map[string]any{"gold": jsonRaw(b), "timex_corpora": corpora}
				if attribution != nil {
					out["attribution"] = attribution
				}
				if len(challenges) > 0 {
					out["challenge"] = challenges
				}
				return writeJSON(e.stdout, out)
			}
			if len(golds) > 0 {
				fmt.Fprint(e.stdout, rep.Table())
				if why {
					fmt.Fprint(e.stdout, rep.WhyTable())
				}
			}
			for i, cr := range challenges {
				fmt.Fprintf(e.stdout, "challenge set %s\n%s", challenge[i], cr.Table())
				if failures {
					fmt.Fprint(e.stdout, cr.Failures())
				}
			}
			sort.Slice(corpora, func(i, j int) bool { return corpora[i].Corpus < corpora[j].Corpus })
			for _, s := range corpora {
				fmt.Fprintln(e.stdout, s.String())
			}
			if attribution != nil {
				fmt.Fprintln(e.stdout, attribution.String())
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	c.Flags().StringVar(&meantime, "meantime", "", "also score dates and claims on a MEANTIME folder (e.g. ../shared/corpora/meantime-en)")
	c.Flags().StringArrayVar(&challenge, "challenge", nil, "also score a challenge set (repeatable; e.g. data/challenge/contacts.yaml)")
	c.Flags().BoolVar(&failures, "failures", false, "with --challenge: list the failed cases")
	c.Flags().BoolVar(&rulesOnly, "rules-only", false, "score the rules alone, without the learned stages (pair model, date model)")
	c.Flags().BoolVar(&why, "why", false, "also print pair recall by contact size and why the missed pairs were missed")
	c.Flags().StringArrayVar(&timeml, "timeml", nil, "also score dates on a TimeML folder (repeatable; e.g. ../shared/corpora/tempeval3-train/TBAQ-cleaned/TimeBank)")
	return c
}

// jsonRaw embeds already-encoded JSON.
type jsonRaw []byte

func (j jsonRaw) MarshalJSON() ([]byte, error) { return j, nil }

func newTrainPairsCmd(e *env) *cobra.Command {
	var out string
	var cv bool
	o := evaluate.DefaultPairTraining()
	c := &cobra.Command{
		Use:   "train-pairs GOLDDIR... [--cv] [--out FILE] [--l2 X] [--epochs N]",
		Short: "Train the pair model of the extractor's last stage on gold files",
		Long: `Train the pair model of the extractor's last stage (data/lexicon/contact-model.json) on
folders of gold files, one set each (format: data/gold/README.md). The stage looks at pairs of
actors that share a sentence with a contact word and that no rule paired; the model
(logistic regression over the sentence's wording and shape, never names) says which are
contacts. The threshold is the one that gives the sets the best who-met-whom pair F1.
--cv holds each set out in turn, trains on the others and prints the held-out set's pairs
by the rules alone and with the model: the estimate of what it does on unseen articles.
--out writes the model trained on every set (JSON); without it nothing is written.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			ex, err := extract.New(data.Lexicon())
			if err != nil {
				return fmt.Errorf("load the extractor: %w", err)
			}
			var sets []evaluate.PairSet
			var all []evaluate.PairExample
			for _, dir := range args {
				golds, err := evaluate.LoadGoldDir(dir)
				if err != nil {
					return err
				}
				s, err := evaluate.PairExamples(ctx, ex, dir, golds)
				if err != nil {
					return err
				}
				sets = append(sets, s)
				all = append(all, s.Examples...)
				pos := 0
				for _, x := range s.Examples {
					if x.Label && x.New {
						pos++
					}
				}
				fmt.Fprintf(e.stderr, "%s: %d gold files, %d candidates, %d of them gold pairs the rules miss\n", dir, len(golds), len(s.Examples), pos)
			}
			if cv {
				fmt.Fprint(e.stdout, evaluate.PairFoldsTable(evaluate.CrossValidatePairs(sets, o)))
			}
			if out == "" {
				return nil
			}
			m := evaluate.TrainPairModel(all, o)
			m.Threshold = evaluate.ChooseThreshold(m, sets)
			m.Comment = fmt.Sprintf("eventgraph train-pairs --out %s %s (threshold %.2f)", out, strings.Join(args, " "), m.Threshold)
			if err := writeModel(out, m); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "wrote %s: %d features, threshold %.2f\n", out, len(m.Weights), m.Threshold)
			return nil
		},
	}
	c.Flags().StringVar(&out, "out", "", "write the model trained on every set to this file")
	c.Flags().BoolVar(&cv, "cv", false, "cross-validate: hold each set out in turn")
	c.Flags().Float64Var(&o.L2, "l2", o.L2, "weight decay of the regression")
	c.Flags().IntVar(&o.Epochs, "epochs", o.Epochs, "passes of gradient descent")
	c.Flags().Float64Var(&o.Rate, "rate", o.Rate, "learning rate")
	return c
}

// writeModel writes a model as indented JSON, whole or not at all.
func writeModel(path string, m any) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFileAtomic(path, append(b, '\n')); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writeFileAtomic writes a file through a temporary file beside it, so a
// failed write leaves the old file whole.
func writeFileAtomic(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
