// Package serve is eventgraph's HTTP server: Cayley's query and read API
// where Cayley's clients look for it (POST /api/v2/query?lang=gizmo,
// /api/v1/query/gizmo, GET /api/v2/read), eventgraph's own API (stored
// queries, the timeline, actors, loading articles) and a timeline web page
// whose assets are embedded.
//
// The server is read-only unless configured writable, and then every write
// needs a bearer token. Every query runs under a timeout, a row cap and a
// limit on concurrent queries; bodies and scripts have size limits; errors
// are JSON objects {"error": "..."} with a fitting status code.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
)

// Defaults of the Config fields that are zero.
const (
	DefaultAddr    = "127.0.0.1:8080"
	DefaultTimeout = 30 * time.Second
	DefaultMaxRows = 10000
	// DefaultPageAllMax is the default of Config.PageAllMax: about 2,000
	// articles, whose whole timeline the page builds in a few seconds.
	DefaultPageAllMax      = 200000
	DefaultMaxBody         = 4 << 20
	DefaultMaxScript       = 64 << 10
	DefaultMaxConcurrent   = 8
	DefaultQueueWait       = 2 * time.Second
	DefaultMaxMemory       = 1 << 30
	DefaultShutdownTimeout = 10 * time.Second
)

// EnvToken is the environment variable that holds the bearer token for
// writes when --token is not given.
const EnvToken = "EVENTGRAPH_TOKEN"

// ArticleReader extracts one article's text into schema values: name is the
// file name the article is known by (its document id comes from it), date
// the publication date to use when the text gives none (zero: none). The
// command wires the extractor in; tests use a fake.
type ArticleReader interface {
	ReadArticle(ctx context.Context, name string, data []byte, date time.Time) (*schema.Article, error)
}

// Config is what a Server serves and its limits. Zero limits take the
// defaults above.
type Config struct {
	Store   *graph.Store
	Queries *queries.Set
	// Articles extracts articles for POST /api/articles; nil answers 501.
	Articles ArticleReader

	// Addr is the listen address (ListenAndServe) and decides which Host
	// headers are accepted: for a loopback address only loopback names,
	// to stop DNS rebinding.
	Addr string
	// AllowedHosts are further host names accepted in the Host header.
	AllowedHosts []string

	Timeout       time.Duration // per request that runs queries
	MaxRows       int           // rows one query may return; more is an error
	MaxBody       int64         // bytes of a request body (articles, N-Quads, JSON)
	MaxScript     int64         // bytes of a Gizmo script
	MaxConcurrent int           // queries running at once; more wait QueueWait, then 503
	QueueWait     time.Duration // how long a request waits for a query slot
	// MaxMemory is the Go heap size (bytes) above which the running
	// queries are stopped; negative turns the guard off.
	MaxMemory int64
	// PageAllMax is the most quads a store may hold for the timeline page
	// to open on all of it; over it, the page opens on its latest months
	// with events (GET /api/health tells the page both numbers). 0 means
	// DefaultPageAllMax; negative, always all.
	PageAllMax int64
	// NoScripts refuses scripts of the caller's own (the Cayley query
	// endpoints and the console's script box); stored queries still run.
	NoScripts bool

	// Writable enables POST /api/articles and /api/v2/write; then Token is
	// required, as a bearer token, on every write.
	Writable bool
	Token    string

	// CORSOrigins are the origins allowed to call the API from a browser
	// ("*" allows any, without credentials). None by default.
	CORSOrigins []string

	ShutdownTimeout time.Duration // how long Serve waits for requests on shutdown
	Log             *slog.Logger  // nil: no request log
}

// Server is eventgraph's HTTP server. Create it with New.
type Server struct {
	cfg     Config
	exec    *guardedExec
	handler http.Handler
	slots   chan struct{}
	storeMu sync.RWMutex    // queries shared, writes exclusive
	hosts   map[string]bool // nil: any Host
	origins map[string]bool
	anyOrig bool
	running *runningSet
}

// New checks cfg, fills in defaults and returns the server.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("serve: no store")
	}
	if cfg.Queries == nil {
		set, err := queries.Load()
		if err != nil {
			return nil, fmt.Errorf("serve: %w", err)
		}
		cfg.Queries = set
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxRows <= 0 {
		cfg.MaxRows = DefaultMaxRows
	}
	if cfg.PageAllMax == 0 {
		cfg.PageAllMax = DefaultPageAllMax
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxScript <= 0 {
		cfg.MaxScript = DefaultMaxScript
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = DefaultMaxConcurrent
	}
	if cfg.QueueWait < 0 {
		cfg.QueueWait = 0
	} else if cfg.QueueWait == 0 {
		cfg.QueueWait = DefaultQueueWait
	}
	if cfg.MaxMemory == 0 {
		cfg.MaxMemory = DefaultMaxMemory
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	cfg.Token = strings.TrimSpace(cfg.Token)
	if cfg.Writable && cfg.Token == "" {
		return nil, fmt.Errorf("serve: a writable server needs a token (--token or $%s)", EnvToken)
	}
	if cfg.Writable && len(cfg.Token) < 16 {
		return nil, errors.New("serve: the token is too short (use at least 16 characters, e.g. from `openssl rand -hex 32`)")
	}
	s := &Server{
		cfg:     cfg,
		slots:   make(chan struct{}, cfg.MaxConcurrent),
		origins: make(map[string]bool),
		running: newRunningSet(),
	}
	s.exec = &guardedExec{store: cfg.Store, running: s.running, rlock: s.rlock}
	for _, o := range cfg.CORSOrigins {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		switch {
		case o == "":
		case o == "*":
			s.anyOrig = true
		case !strings.HasPrefix(o, "http://") && !strings.HasPrefix(o, "https://"):
			return nil, fmt.Errorf("serve: CORS origin %q: want scheme://host[:port] or *", o)
		default:
			s.origins[strings.ToLower(o)] = true
		}
	}
	hosts, err := allowedHosts(cfg.Addr, cfg.AllowedHosts)
	if err != nil {
		return nil, err
	}
	s.hosts = hosts
	s.handler = s.routes()
	return s, nil
}

// allowedHosts returns the Host header names a server on addr accepts: for
// a loopback address only loopback names and extra, else any (nil).
func allowedHosts(addr string, extra []string) (map[string]bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("serve: address %q: %w", addr, err)
	}
	if !isLoopbackHost(host) {
		if len(extra) == 0 {
			return nil, nil
		}
		host = ""
	}
	m := map[string]bool{}
	if host != "" {
		for _, h := range []string{"localhost", "127.0.0.1", "::1"} {
			m[h] = true
		}
	}
	for _, h := range extra {
		if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
			m[strings.Trim(h, "[]")] = true
		}
	}
	return m, nil
}

func isLoopbackHost(h string) bool {
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// Config returns the server's configuration, defaults filled in.
func (s *Server) Config() Config { return s.cfg }

// Handler is the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// ListenAndServe listens on the configured address and serves until ctx
// ends; see Serve. ready, if not nil, gets the bound address once the
// server listens.
func (s *Server) ListenAndServe(ctx context.Context, ready func(net.Addr)) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	return s.Serve(ctx, ln)
}

// errShutdown stops the queries still running when the shutdown grace
// period ends.
var errShutdown = errors.New("the server is shutting down")

// Serve serves on ln until ctx ends, then shuts down gracefully: it stops
// accepting connections and waits up to ShutdownTimeout for the requests
// in flight, then stops the queries still running. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	base, stopAll := context.WithCancelCause(context.Background())
	defer stopAll(errShutdown)
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return base },
		ErrorLog:          slog.NewLogLogger(s.cfg.Log.Handler(), slog.LevelWarn),
	}
	guardDone := make(chan struct{})
	guardCtx, stopGuard := context.WithCancel(ctx)
	go func() {
		defer close(guardDone)
		s.memoryGuard(guardCtx, 50*time.Millisecond)
	}()
	defer func() {
		stopGuard()
		<-guardDone
	}()

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.cfg.Log.Info("shutting down", "grace", s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		// The grace period ended: stop the queries, then the connections.
		stopAll(errShutdown)
		_ = srv.Close()
	}
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", serr)
	}
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// Queries and writes exclude each other. Cayley's backends are not safe
// for both at once: the memory store's maps fail with a fatal concurrent
// map access, and bolt deadlocks when a write must grow the file while a
// Gizmo query holds a read transaction and opens another (a traversal
// inside a traversal). So a write waits for the queries running to end,
// and queries that come meanwhile wait for the write.

// rlock takes the store for a query; it returns the unlock.
func (s *Server) rlock() func() {
	s.storeMu.RLock()
	return s.storeMu.RUnlock
}

// wlock takes the store for a write; it returns the unlock.
func (s *Server) wlock() func() {
	s.storeMu.Lock()
	return s.storeMu.Unlock
}

// replaceDocument replaces a document's quads under the write lock, so
// that queries never see a memory store mid-write.
func (s *Server) replaceDocument(ctx context.Context, label quad.Value, qs []quad.Quad) (graph.Change, error) {
	defer s.wlock()()
	return s.cfg.Store.ReplaceDocument(ctx, label, qs)
}

// acquire takes a query slot, waiting up to QueueWait; it reports false
// (and has answered 503) when none came free.
func (s *Server) acquire(w http.ResponseWriter, r *http.Request) (release func(), ok bool) {
	rel := func() { <-s.slots }
	select {
	case s.slots <- struct{}{}:
		return rel, true
	default:
	}
	t := time.NewTimer(s.cfg.QueueWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return rel, true
	case <-t.C:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("server busy: %d queries are running (--max-concurrent); try again shortly", s.cfg.MaxConcurrent))
		return nil, false
	case <-r.Context().Done():
		return nil, false
	}
}

// queryContext is the context of a request's queries: the request's,
// with the query timeout.
func (s *Server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(r.Context(), s.cfg.Timeout, errTimeout{s.cfg.Timeout})
}

// errTimeout is the cause of a query context that timed out.
type errTimeout struct{ d time.Duration }

func (e errTimeout) Error() string {
	return fmt.Sprintf("query stopped after the timeout of %s (--timeout)", e.d)
}

// discard reads and drops what is left of a body, up to a bound, so the
// connection can be reused.
func discard(r io.Reader) { _, _ = io.Copy(io.Discard, io.LimitReader(r, 1<<20)) }
