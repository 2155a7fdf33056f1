package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
	"github.com/eventgraph/eventgraph/timeline"
)

func newExtractCmd(e *env) *cobra.Command {
	var date string
	var maxBytes int64
	c := &cobra.Command{
		Use:   "extract ARTICLE...",
		Short: "Extract articles and write their quads as N-Quads to stdout (no store)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := newArticleReader(date, maxBytes)
			if err != nil {
				return err
			}
			files, err := graph.Expand(args)
			if err != nil {
				return err
			}
			var all []quad.Quad
			for _, f := range files {
				if !graph.IsArticle(f) {
					return fmt.Errorf("%s: extract reads articles (.txt); load N-Quads with `eventgraph load`", f)
				}
				b, err := readLimited(f, maxBytes)
				if err != nil {
					return err
				}
				a, err := r.ReadArticle(cmd.Context(), f, b)
				if err != nil {
					return err
				}
				all = append(all, graph.ArticleQuads(a)...)
			}
			return graph.WriteNQuads(e.stdout, all)
		},
	}
	c.Flags().StringVar(&date, "date", "", "publication date (YYYY-MM-DD) for articles without a date line")
	c.Flags().Int64Var(&maxBytes, "max-bytes", graph.DefaultMaxBytes, "size limit of one input file")
	return c
}

func readLimited(path string, max int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if max > 0 && st.Size() > max {
		return nil, fmt.Errorf("%s: larger than the limit of %d bytes (raise it with --max-bytes)", path, max)
	}
	return os.ReadFile(path)
}

func newLoadCmd(e *env) *cobra.Command {
	var db, date string
	var maxBytes int64
	var quiet bool
	var jobs, batch int
	c := &cobra.Command{
		Use:   "load [--db DB] [-j N] PATH|GLOB...",
		Short: "Load articles (.txt) and N-Quads (.nq, .nq.gz) files and folders into the store",
		Long: `Load articles (.txt, extracted on the way) and N-Quads files (.nq, .nq.gz) into the store.
Folders are walked recursively; a quoted pattern ('data/*.txt') is expanded here. Articles are
extracted by --jobs workers at once. Each document is written in one transaction, replacing
the quads it had before (same label), so loading again never duplicates; documents new to the
store may share a transaction (whole documents only). The store ends the same whatever the
number of workers. A file that fails is reported and leaves the store as it was; the other
files still load, and the exit code is 1. N-Quads files are checked whole before any of their
quads is written, then streamed label by label. On a terminal, a progress bar shows on stderr;
otherwise (and without -q) one line per file. A summary goes to stdout.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if jobs < 0 {
				return usageError{fmt.Errorf("--jobs %d: want 1 or more (0: one per core)", jobs)}
			}
			r, err := newArticleReader(date, maxBytes)
			if err != nil {
				return err
			}
			files, err := graph.Expand(args)
			if err != nil {
				return err
			}
			s, err := graph.Open(ctx, db)
			if err != nil {
				return err
			}
			defer s.Close()
			lim := maxBytes
			if lim == 0 {
				lim = -1 // --max-bytes 0: no limit
			}
			l := &graph.Loader{Store: s, Articles: r, MaxBytes: lim, Jobs: jobs, BatchQuads: batch}
			bar := newLoadBar(e.stderr, len(files), quiet)
			sum, err := l.LoadFiles(ctx, files, func(fr graph.FileResult) {
				switch {
				case fr.Err != nil:
					bar.clear()
					fmt.Fprintln(e.stderr, "eventgraph: load:", fr.Err)
				case bar == nil && !quiet:
					fmt.Fprintf(e.stderr, "loaded %s: %d quads (+%d -%d)\n", fr.Path, fr.Quads, fr.Change.Added, fr.Change.Removed)
				}
				bar.add()
			})
			bar.finish()
			if err != nil {
				return err
			}
			secs := sum.Elapsed.Seconds()
			fmt.Fprintf(e.stdout, "%d files, %d documents, %d quads (+%d added, -%d removed), %d events, %d claims, %d actors into %s in %s (%.0f documents/s, %.0f quads/s, %d workers); %d failed\n",
				sum.Files, sum.Documents, sum.Quads, sum.Change.Added, sum.Change.Removed, sum.Events, sum.Claims, sum.Actors,
				s.Spec(), sum.Elapsed.Round(time.Millisecond), float64(sum.Documents)/secs, float64(sum.Quads)/secs, loaderJobs(jobs), sum.Failed)
			if left, err := s.Interrupted(ctx); err != nil {
				return err
			} else if len(left) > 0 {
				fmt.Fprintf(e.stderr, "eventgraph: load: %d documents hold their old and new quads after an interrupted load; load their files again: %s\n", len(left), strings.Join(left, " "))
				return exitError{1}
			}
			if sum.Failed > 0 {
				return exitError{1}
			}
			return nil
		},
	}
	c.Flags().StringVar(&db, "db", "", dbFlag)
	c.Flags().StringVar(&date, "date", "", "publication date (YYYY-MM-DD) for articles without a date line")
	c.Flags().Int64Var(&maxBytes, "max-bytes", graph.DefaultMaxBytes, "size limit of one article, and of the N-Quads held in memory at once (0: no limit)")
	c.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only the summary and errors")
	c.Flags().IntVarP(&jobs, "jobs", "j", 0, "articles extracted at once (0: one per core, GOMAXPROCS)")
	c.Flags().IntVar(&batch, "batch", 0, "most quads of new documents written in one transaction (0: 50,000, or 1,000,000 for N-Quads into memory; 1: a transaction per document)")
	return c
}

func loaderJobs(j int) int {
	if j > 0 {
		return j
	}
	return runtime.GOMAXPROCS(0)
}

// loadBar is the load's progress bar on a terminal; nil (a no-op) when
// stderr is not a terminal or with -q.
type loadBar struct{ b *progressbar.ProgressBar }

func newLoadBar(w io.Writer, files int, quiet bool) *loadBar {
	f, ok := w.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &loadBar{progressbar.NewOptions(files,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (b *loadBar) add() {
	if b != nil {
		_ = b.b.Add(1)
	}
}

func (b *loadBar) clear() {
	if b != nil {
		_ = b.b.Clear()
	}
}

func (b *loadBar) finish() {
	if b != nil {
		_ = b.b.Finish()
	}
}

func newQueryCmd(e *env) *cobra.Command {
	var db string
	var timeout time.Duration
	var params []string
	var limit int
	var format string
	c := &cobra.Command{
		Use:   "query [--db DB] [--timeout 30s] [--format json|table] NAME|FILE.js [--param key=value]...",
		Short: "Run a stored query (see `eventgraph queries`) or a Gizmo script file; JSON to stdout",
		Long: `Run a stored query by name, or a Gizmo script of your own from a .js file, and print the
results as a JSON array. Parameters (--param key=value) reach the script as the JSON object P;
the vocabulary and helpers of the stored queries (queries/prelude.js) are defined for your
scripts too.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "table" {
				return usageError{fmt.Errorf("--format %q: want json or table", format)}
			}
			set, err := queries.Load()
			if err != nil {
				return err
			}
			p, err := queries.ParseParams(params)
			if err != nil {
				return usageError{err}
			}
			var script string
			user := false
			if q, ok := set.Get(args[0]); ok {
				script, err = set.Script(q, p)
				if err != nil {
					return usageError{err}
				}
			} else if strings.HasSuffix(args[0], ".js") {
				body, err := os.ReadFile(args[0])
				if err != nil {
					return err
				}
				script, err = set.UserScript(string(body), p)
				if err != nil {
					return err
				}
				user = true
			} else {
				return usageError{fmt.Errorf("no stored query %q (see `eventgraph queries`), and not a .js file", args[0])}
			}
			ctx, cancel := withTimeout(cmd.Context(), timeout)
			defer cancel()
			s, err := graph.OpenExisting(ctx, db)
			if err != nil {
				return err
			}
			defer s.Close()
			rows, err := s.Gizmo(ctx, script, limit)
			if err != nil {
				if errors.Is(err, context.DeadlineExceeded) {
					return fmt.Errorf("%s: stopped after --timeout %s", args[0], timeout)
				}
				if user {
					return fmt.Errorf("%s", set.UserLines(args[0], err.Error()))
				}
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if format == "table" {
				return writeTable(e.stdout, rows)
			}
			return writeJSON(e.stdout, rows)
		},
	}
	c.Flags().StringVar(&format, "format", "json", "json, or table (one line per row, for reading)")
	c.Flags().StringVar(&db, "db", "", dbFlag)
	c.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "stop the query after this long (0: no limit)")
	c.Flags().StringArrayVarP(&params, "param", "p", nil, "query parameter key=value (repeatable)")
	c.Flags().IntVar(&limit, "limit", graph.DefaultRowLimit, "most rows to return; more is an error")
	return c
}

func withTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, d)
}

func newQueriesCmd(e *env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "queries",
		Short: "List the stored queries with what they answer and their parameters",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := queries.Load()
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, set.List())
			}
			for _, q := range set.List() {
				fmt.Fprintf(e.stdout, "%s\n    %s\n", q.Name, q.Description)
				for _, p := range q.Params {
					req := "optional"
					if p.Required {
						req = "required"
					}
					fmt.Fprintf(e.stdout, "    --param %s=... (%s) %s\n", p.Name, req, p.Doc)
				}
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}

func newTimelineCmd(e *env) *cobra.Command {
	var db, format, title string
	var f timeline.Filter
	var timeout time.Duration
	c := &cobra.Command{
		Use:   "timeline [--db DB] [--format json|timelinejs] [--actor A] [--from DATE] [--to DATE]",
		Short: "Print the store's timeline as JSON (eventgraph's format or TimelineJS3)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "timelinejs" {
				return usageError{fmt.Errorf("--format %q: want json or timelinejs", format)}
			}
			for name, v := range map[string]string{"--from": f.From, "--to": f.To} {
				if v == "" {
					continue
				}
				if _, err := schema.ParseDateValue(v); err != nil {
					return usageError{fmt.Errorf("%s %q: want an ISO date such as 2025, 2025-10 or 2025-10-20", name, v)}
				}
			}
			ctx, cancel := withTimeout(cmd.Context(), timeout)
			defer cancel()
			set, err := queries.Load()
			if err != nil {
				return err
			}
			s, err := graph.OpenExisting(ctx, db)
			if err != nil {
				return err
			}
			defer s.Close()
			t, err := timeline.Build(ctx, s, set, f)
			if err != nil {
				return err
			}
			if format == "timelinejs" {
				return writeJSON(e.stdout, t.TimelineJS(title))
			}
			return writeJSON(e.stdout, t)
		},
	}
	c.Flags().StringVar(&db, "db", "", dbFlag)
	c.Flags().StringVar(&format, "format", "json", "json (eventgraph's timeline) or timelinejs (Knight Lab's TimelineJS3)")
	c.Flags().StringVar(&f.Actor, "actor", "", "only events with this actor (IRI, name, alias or surname)")
	c.Flags().StringVar(&f.From, "from", "", "only events dated from this ISO date on (2025, 2025-10, 2025-10-20)")
	c.Flags().StringVar(&f.To, "to", "", "only events dated up to this ISO date, inclusive")
	c.Flags().StringVar(&title, "title", "eventgraph timeline", "title slide of the TimelineJS3 output")
	c.Flags().DurationVar(&timeout, "timeout", 60*time.Second, "give up after this long (0: no limit)")
	return c
}

func newExportCmd(e *env) *cobra.Command {
	var db, format string
	c := &cobra.Command{
		Use:   "export [--db DB] [--format nquads|jsonld]",
		Short: "Write the whole store to stdout as N-Quads (sorted) or JSON-LD",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "nquads" && format != "jsonld" {
				return usageError{fmt.Errorf("--format %q: want nquads or jsonld", format)}
			}
			ctx := cmd.Context()
			s, err := graph.OpenExisting(ctx, db)
			if err != nil {
				return err
			}
			defer s.Close()
			qs, err := s.Quads(ctx)
			if err != nil {
				return err
			}
			if format == "jsonld" {
				return graph.WriteJSONLD(e.stdout, qs)
			}
			return graph.WriteNQuads(e.stdout, qs)
		},
	}
	c.Flags().StringVar(&db, "db", "", dbFlag)
	c.Flags().StringVar(&format, "format", "nquads", "nquads or jsonld")
	return c
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
