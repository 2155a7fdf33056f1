// Command gencorpus writes a synthetic corpus of news articles about
// diplomatic contacts, with gold annotations, for eventgraph's benchmarks:
//
//	go run ./cmd/gencorpus -n 1000 -seed 1 -out bench/out/corpus-1k
//
// writes DIR/articles/NAME.txt (first line "date YYYY-MM-DD") and
// DIR/gold/NAME.yaml (data/gold/README.md). The same seed gives the same
// bytes; article i is the same in every corpus of the seed.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/eventgraph/eventgraph/bench/corpus"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Uint64("seed", 1, "seed: the same seed writes the same bytes")
	out := fs.String("out", "", "output folder (articles/ and gold/ are made in it)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || *n < 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: gencorpus -n N -seed S -out DIR")
		return 2
	}
	if err := corpus.New(*seed).Write(ctx, *out, *n); err != nil {
		fmt.Fprintln(stderr, "gencorpus:", err)
		return 1
	}
	return 0
}
