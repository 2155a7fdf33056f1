package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/evaluate"
	"github.com/eventgraph/eventgraph/extract"
)

func newTrainDatesCmd(e *env) *cobra.Command {
	var out string
	var cv bool
	o := evaluate.DefaultPairTraining()
	c := &cobra.Command{
		Use:   "train-dates GOLDDIR... [--cv] [--out FILE] [--l2 X] [--epochs N]",
		Short: "Train the date model of the extractor's date stage on gold files",
		Long: `Train the date model of the extractor's date stage (data/lexicon/date-model.json) on
folders of gold files, one set each (format: data/gold/README.md). For every contact the
rules found, the stage lists the dates the article could give it (the rules' date, no date,
every calendar date written in the article); the model (logistic regression over where the
date is written relative to the contact and how it reads, never names or values) scores
them, and a contact takes the best date when it beats the rules' date by the margin. The
margin is the one that gives the sets the best dated-pair F1.
--cv holds each set out in turn, trains on the others and prints the held-out set's dated
pairs by the rules' dates and with the model: the estimate of what it does on unseen
articles. --out writes the model trained on every set (JSON); without it nothing is written.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			ex, err := extract.New(data.Lexicon())
			if err != nil {
				return fmt.Errorf("load the extractor: %w", err)
			}
			var sets []evaluate.DateSet
			var all []evaluate.DateExample
			for _, dir := range args {
				golds, err := evaluate.LoadGoldDir(dir)
				if err != nil {
					return err
				}
				s, err := evaluate.DateExamples(ctx, ex, dir, golds)
				if err != nil {
					return err
				}
				sets = append(sets, s)
				all = append(all, s.Examples...)
				fmt.Fprintf(e.stderr, "%s: %d gold files, %d candidate dates\n", dir, len(golds), len(s.Examples))
			}
			if cv {
				fmt.Fprint(e.stdout, evaluate.DateFoldsTable(evaluate.CrossValidateDates(sets, o)))
			}
			if out == "" {
				return nil
			}
			m := evaluate.TrainDateModel(all, o)
			m.Margin = evaluate.ChooseMargin(m, sets)
			m.Comment = fmt.Sprintf("eventgraph train-dates --out %s %s (margin %.2f)", out, strings.Join(args, " "), m.Margin)
			if err := writeModel(out, m); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "wrote %s: %d features, margin %.2f\n", out, len(m.Weights), m.Margin)
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
