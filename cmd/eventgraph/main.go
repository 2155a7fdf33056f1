// Command eventgraph turns news articles into an event-timeline knowledge
// graph on Cayley and answers questions about it: who met whom and when,
// what an actor did and said, timelines as JSON.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// exitError carries an exit code for errors that were already reported.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// run runs the command line args and returns the exit code: 0 on success,
// 1 on failure, 2 on a usage error.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(&env{stdin: stdin, stdout: stdout, stderr: stderr})
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintln(stderr, "eventgraph:", err)
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// usageError is a mistake in the command line.
type usageError struct{ error }

func (u usageError) Unwrap() error { return u.error }

// env is what commands write to and read from.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "eventgraph",
		Short: "Turn news articles into an event-timeline knowledge graph on Cayley",
		Long: `eventgraph reads news articles and builds an event-timeline knowledge graph on Cayley:
actors (people, organisations, countries), contact events (meetings, calls, summits, visits,
talks) with their dates, places and status, and claims (who said what, reported by whom).
Stored Gizmo queries answer who met whom and when; timelines export as JSON.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newExtractCmd(e),
		newLoadCmd(e),
		newQueryCmd(e),
		newQueriesCmd(e),
		newTimelineCmd(e),
		newExportCmd(e),
		newServeCmd(e),
		newAnnotateCmd(e),
		newTimexCmd(e),
		newEvalCmd(e),
		newTrainPairsCmd(e),
		newTrainDatesCmd(e),
	)
	return root
}

// dbFlag is the --db flag's help, shared by the commands that open a store.
const dbFlag = "store: a directory (embedded bolt store; default $EVENTGRAPH_DB or ./eventgraph.db), bolt:DIR, leveldb:DIR, memory, or postgres://..."
