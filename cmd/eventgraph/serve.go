package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
	"github.com/eventgraph/eventgraph/serve"
)

func newServeCmd(e *env) *cobra.Command {
	var (
		db, addr, token               string
		timeout, queueWait            time.Duration
		maxRows, maxConcurrent        int
		pageAllMax                    int64
		maxBody, maxScript, maxMemory = sizeFlag(serve.DefaultMaxBody), sizeFlag(serve.DefaultMaxScript), sizeFlag(serve.DefaultMaxMemory)
		writable, noScripts, verbose  bool
		corsOrigins, allowHosts       []string
	)
	c := &cobra.Command{
		Use:   "serve [--db DB] [--addr 127.0.0.1:8080] [--timeout 30s] [--writable --token T]",
		Short: "Serve a Cayley-compatible HTTP API and the timeline web page",
		Long: `Serve the store over HTTP: Cayley's query API where Cayley's clients look for it
(POST /api/v2/query?lang=gizmo, POST /api/v1/query/gizmo, GET /api/v2/read), eventgraph's own
(GET /api/queries, /api/queries/NAME, /api/timeline, /api/actors) and, at /, a timeline page
with a who-met-whom view and a Gizmo console. It listens on loopback by default and is
read-only unless started with --writable, which needs a bearer token (--token or
$EVENTGRAPH_TOKEN) for POST /api/articles and /api/v2/write. SIGINT or SIGTERM shut it down
gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if token == "" {
				token = os.Getenv(serve.EnvToken)
			}
			if writable && strings.TrimSpace(token) == "" {
				return usageError{fmt.Errorf("--writable needs a token: --token or $%s (e.g. export %s=$(openssl rand -hex 32))", serve.EnvToken, serve.EnvToken)}
			}
			if _, _, err := net.SplitHostPort(addr); err != nil {
				return usageError{fmt.Errorf("--addr %q: want host:port, e.g. 127.0.0.1:8080", addr)}
			}
			if timeout <= 0 {
				return usageError{fmt.Errorf("--timeout %s: want a positive duration", timeout)}
			}
			// goja falls back to a backtracking regexp engine for what RE2
			// cannot do; bound its matches by the query timeout (a match
			// that runs out fails to match) so that a script cannot keep a
			// CPU busy after its query has stopped.
			regexp2.DefaultMatchTimeout = timeout

			set, err := queries.Load()
			if err != nil {
				return err
			}
			open := graph.OpenExisting
			if writable {
				open = graph.Open
			}
			s, err := open(ctx, db)
			if err != nil {
				return err
			}
			defer s.Close()

			level := slog.LevelWarn
			if verbose {
				level = slog.LevelInfo
			}
			cfg := serve.Config{
				Store: s, Queries: set, Addr: addr, AllowedHosts: allowHosts,
				Timeout: timeout, MaxRows: maxRows, PageAllMax: pageAllMax, MaxBody: int64(maxBody), MaxScript: int64(maxScript),
				MaxConcurrent: maxConcurrent, QueueWait: queueWait, MaxMemory: int64(maxMemory),
				NoScripts: noScripts, Writable: writable, Token: token, CORSOrigins: corsOrigins,
				Log: slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})),
			}
			if maxMemory == 0 {
				cfg.MaxMemory = -1
			}
			if writable {
				ex, err := extract.New(data.Lexicon())
				if err != nil {
					return fmt.Errorf("load the extractor: %w", err)
				}
				cfg.Articles = serveArticles{ex: ex, maxBytes: int64(maxBody)}
			}
			srv, err := serve.New(cfg)
			if err != nil {
				return usageError{err}
			}
			mode := "read-only"
			if writable {
				mode = "writable (bearer token required)"
			}
			return srv.ListenAndServe(ctx, func(a net.Addr) {
				fmt.Fprintf(e.stderr, "eventgraph: serving %s on http://%s/ (%s); stop with Ctrl-C\n", s.Spec(), a, mode)
			})
		},
	}
	f := c.Flags()
	f.StringVar(&db, "db", "", dbFlag)
	f.StringVar(&addr, "addr", serve.DefaultAddr, "listen address (host:port); a non-loopback address exposes the server to the network")
	f.DurationVar(&timeout, "timeout", serve.DefaultTimeout, "stop a request's queries after this long (answer 504)")
	f.IntVar(&maxRows, "max-rows", serve.DefaultMaxRows, "most rows one query may return; more is an error (400)")
	f.Int64Var(&pageAllMax, "page-all-max", serve.DefaultPageAllMax, "the timeline page opens on the whole store up to this many quads, else on its latest months with events (-1: always all)")
	f.Var(&maxBody, "max-body", "largest request body: articles, N-Quads, JSON parameters (e.g. 4MiB; more answers 413)")
	f.Var(&maxScript, "max-script", "largest Gizmo script (e.g. 64KiB; more answers 413)")
	f.IntVar(&maxConcurrent, "max-concurrent", serve.DefaultMaxConcurrent, "queries running at once; more wait --queue-wait, then 503")
	f.DurationVar(&queueWait, "queue-wait", serve.DefaultQueueWait, "how long a request waits for a free query slot before 503")
	f.Var(&maxMemory, "max-memory", "stop the running queries when the heap grows this much over its idle size (e.g. 1GiB; 0: off)")
	f.BoolVar(&noScripts, "no-scripts", false, "run only the stored queries: refuse scripts sent to /api/v1 and /api/v2 query (403)")
	f.BoolVar(&writable, "writable", false, "allow POST /api/articles and /api/v2/write (needs --token or $"+serve.EnvToken+")")
	f.StringVar(&token, "token", "", "bearer token for writes, at least 16 characters (default $"+serve.EnvToken+"; prefer the variable: flags show in ps)")
	f.StringArrayVar(&corsOrigins, "cors-origin", nil, "allow browser calls from this origin, e.g. https://app.example.org (repeatable; none by default)")
	f.StringArrayVar(&allowHosts, "allow-host", nil, "accept this name in the Host header too (repeatable; on loopback only loopback names are accepted by default)")
	f.BoolVarP(&verbose, "verbose", "v", false, "log every request to stderr")
	return c
}

// serveArticles extracts the articles posted to /api/articles.
type serveArticles struct {
	ex       *extract.Extractor
	maxBytes int64
}

// ReadArticle implements serve.ArticleReader.
func (a serveArticles) ReadArticle(ctx context.Context, name string, data []byte, date time.Time) (*schema.Article, error) {
	r := &articleReader{ex: a.ex, date: date, maxBytes: a.maxBytes}
	return r.ReadArticle(ctx, name, data)
}

// sizeFlag is a byte count given as 65536, 64KiB, 4MiB or 1GiB (KB, MB
// and GB mean the same powers of 1024).
type sizeFlag int64

func (s *sizeFlag) String() string {
	v := int64(*s)
	for _, u := range []struct {
		n    int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if v >= u.n && v%u.n == 0 {
			return strconv.FormatInt(v/u.n, 10) + u.name
		}
	}
	return strconv.FormatInt(v, 10)
}

func (s *sizeFlag) Set(v string) error {
	t := strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"GiB", 1 << 30}, {"GB", 1 << 30}, {"G", 1 << 30}, {"MiB", 1 << 20}, {"MB", 1 << 20}, {"M", 1 << 20}, {"KiB", 1 << 10}, {"KB", 1 << 10}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(strings.ToUpper(t), strings.ToUpper(u.suffix)) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return fmt.Errorf("%q: want a size such as 65536, 64KiB, 4MiB or 1GiB", v)
	}
	*s = sizeFlag(n * mult)
	return nil
}

func (s *sizeFlag) Type() string { return "size" }
