package serve

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
	"github.com/eventgraph/eventgraph/timeline"
)

// methods maps HTTP methods to the handlers of one path.
type methods map[string]http.HandlerFunc

func (m methods) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h, ok := m[r.Method]
	if !ok && r.Method == http.MethodHead {
		h, ok = m[http.MethodGet]
	}
	if !ok {
		var allow []string
		for _, k := range []string{http.MethodGet, http.MethodPost} {
			if _, ok := m[k]; ok {
				allow = append(allow, k)
			}
		}
		w.Header().Set("Allow", strings.Join(append(allow, http.MethodOptions), ", "))
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed here (use %s)", r.Method, strings.Join(allow, " or ")))
		return
	}
	h(w, r)
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	// Cayley's API.
	mux.Handle("/api/v2/query", methods{http.MethodGet: s.v2Query, http.MethodPost: s.v2Query})
	mux.Handle("/api/v1/query/{lang}", methods{http.MethodPost: s.v1Query})
	mux.Handle("/api/v2/read", methods{http.MethodGet: s.read, http.MethodPost: s.read})
	mux.Handle("/api/v2/write", methods{http.MethodPost: s.writeOnly(s.write)})
	// eventgraph's own.
	mux.Handle("/api/queries", methods{http.MethodGet: s.listQueries})
	mux.Handle("/api/queries/{name}", methods{http.MethodGet: s.runQuery, http.MethodPost: s.runQuery})
	mux.Handle("/api/timeline", methods{http.MethodGet: s.timeline})
	mux.Handle("/api/actors", methods{http.MethodGet: s.actors})
	mux.Handle("/api/articles", methods{http.MethodPost: s.writeOnly(s.loadArticle)})
	mux.Handle("/api/health", methods{http.MethodGet: s.health})
	mux.Handle("/api/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	}))
	mux.Handle("/", methods{http.MethodGet: s.page})
	return s.middleware(mux)
}

// middleware adds what every answer needs: panics become 500s, the Host
// header is checked, CORS for the configured origins, security headers and
// a request log.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.cfg.Log.Error("panic", "path", r.URL.Path, "panic", p)
				if !sw.wrote {
					writeError(sw, http.StatusInternalServerError, "internal error")
				}
			}
			s.cfg.Log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start).Round(time.Microsecond))
		}()
		h := sw.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
		if s.hosts != nil && !s.hosts[requestHost(r)] {
			writeError(sw, http.StatusMisdirectedRequest, fmt.Sprintf("host %q is not served here (add it with --allow-host)", r.Host))
			return
		}
		if origin := r.Header.Get("Origin"); origin != "" {
			h.Add("Vary", "Origin")
			allowed := s.anyOrig || s.origins[strings.ToLower(origin)]
			if allowed {
				if s.anyOrig {
					h.Set("Access-Control-Allow-Origin", "*")
				} else {
					h.Set("Access-Control-Allow-Origin", origin)
				}
				h.Set("Access-Control-Expose-Headers", "Retry-After")
			}
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				if !allowed {
					writeError(sw, http.StatusForbidden, "origin "+origin+" is not allowed (--cors-origin)")
					return
				}
				h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept")
				h.Set("Access-Control-Max-Age", "600")
				sw.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(sw, r)
	})
}

func requestHost(r *http.Request) string {
	h := r.Host
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	return strings.ToLower(strings.Trim(h, "[]"))
}

type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.status, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// writeJSON answers v as JSON.
func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "encode the answer: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(b)
}

func marshal(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// writeError answers {"error": msg}, the shape of Cayley's errors.
func writeError(w http.ResponseWriter, code int, msg string) {
	b, _ := marshal(map[string]string{"error": msg})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(b)
}

// result is the shape of Cayley's query answers.
type result struct {
	Result []any `json:"result"`
}

// queryError answers the error of a query with its status: 504 when it
// timed out, 503 when the memory guard or a shutdown stopped it, 400 for
// what the script or its parameters got wrong (as Cayley does).
func (s *Server) queryError(w http.ResponseWriter, r *http.Request, ctx context.Context, err error) {
	var et errTimeout
	var em errMemory
	switch cause := context.Cause(ctx); {
	case r.Context().Err() != nil && !errors.Is(context.Cause(r.Context()), errShutdown):
		return // the client went away: nobody to answer
	case errors.As(err, &em):
		writeError(w, http.StatusServiceUnavailable, em.Error())
	case errors.As(cause, &et):
		writeError(w, http.StatusGatewayTimeout, et.Error())
	case errors.Is(cause, errShutdown) || errors.Is(context.Cause(r.Context()), errShutdown):
		writeError(w, http.StatusServiceUnavailable, "query stopped: "+errShutdown.Error())
	case errors.Is(err, graph.ErrRowLimit):
		writeError(w, http.StatusBadRequest, fmt.Sprintf("the query returns more than %d rows (--max-rows); narrow it", s.cfg.MaxRows))
	default:
		writeError(w, http.StatusBadRequest, err.Error())
	}
}

// readBody reads a request body of at most max bytes; it has answered
// (413, 400) when it returns an error.
func readBody(w http.ResponseWriter, r *http.Request, max int64, what string) ([]byte, error) {
	if r.ContentLength > max {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%s of %d bytes is over the limit of %d bytes", what, r.ContentLength, max))
		return nil, errors.New("too large")
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%s is over the limit of %d bytes", what, max))
		} else {
			writeError(w, http.StatusBadRequest, "read the request body: "+err.Error())
		}
		return nil, err
	}
	return b, nil
}

// script reads a Gizmo script from a request: the body of a POST, or the
// qu parameter of a GET (Cayley's v2 API).
func (s *Server) script(w http.ResponseWriter, r *http.Request) (string, bool) {
	if s.cfg.NoScripts {
		writeError(w, http.StatusForbidden, "this server runs only its stored queries (--no-scripts); see GET /api/queries")
		return "", false
	}
	var qu string
	if r.Method == http.MethodGet {
		qu = r.URL.Query().Get("qu")
		if int64(len(qu)) > s.cfg.MaxScript {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the script is over the limit of %d bytes (--max-script)", s.cfg.MaxScript))
			return "", false
		}
	} else {
		b, err := readBody(w, r, s.cfg.MaxScript, "the script (--max-script)")
		if err != nil {
			return "", false
		}
		qu = string(b)
	}
	if strings.TrimSpace(qu) == "" {
		writeError(w, http.StatusBadRequest, "query is empty")
		return "", false
	}
	return qu, true
}

// rowLimit is the row cap of a request: --max-rows, or less when the
// request asks (?limit=N, as Cayley's clients send).
func (s *Server) rowLimit(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return s.cfg.MaxRows, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("limit %q: want a whole number", v)
	}
	if n == 0 || n > s.cfg.MaxRows {
		return s.cfg.MaxRows, nil
	}
	return n, nil
}

// runScript runs a caller's script and answers {"result": [...]}.
func (s *Server) runScript(w http.ResponseWriter, r *http.Request, script string, prelude bool) {
	limit, err := s.rowLimit(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	offset := 0
	if prelude {
		before, err := s.cfg.Queries.UserScript("", nil)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		offset = strings.Count(before, "\n")
		script = before + script
	}
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := s.queryContext(r)
	defer cancel()
	rows, err := s.exec.Gizmo(ctx, script, limit)
	if err != nil {
		s.queryError(w, r, ctx, shiftLines(err, offset))
		return
	}
	writeJSON(w, http.StatusOK, result{Result: rows})
}

func truthy(v string) bool {
	switch strings.ToLower(v) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// v2Query is Cayley's POST /api/v2/query?lang=gizmo (the script is the
// body; GET takes it in qu). prelude=true puts eventgraph's vocabulary
// and helpers (queries/prelude.js) before the script.
func (s *Server) v2Query(w http.ResponseWriter, r *http.Request) {
	s.gizmoQuery(w, r, r.URL.Query().Get("lang"))
}

// v1Query is Cayley's POST /api/v1/query/gizmo.
func (s *Server) v1Query(w http.ResponseWriter, r *http.Request) {
	s.gizmoQuery(w, r, r.PathValue("lang"))
}

// gizmoQuery runs the request's script if lang is gizmo.
func (s *Server) gizmoQuery(w http.ResponseWriter, r *http.Request, lang string) {
	defer discard(r.Body)
	switch lang {
	case "gizmo":
	case "":
		writeError(w, http.StatusBadRequest, "query language not specified (lang=gizmo)")
		return
	default:
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown query language %q: this server speaks gizmo", lang))
		return
	}
	qu, ok := s.script(w, r)
	if !ok {
		return
	}
	s.runScript(w, r, qu, truthy(r.URL.Query().Get("prelude")))
}

// read is Cayley's GET /api/v2/read: the whole store as N-Quads (datatype
// IRIs expanded) or, with format=jsonld, JSON-LD.
func (s *Server) read(w http.ResponseWriter, r *http.Request) {
	defer discard(r.Body)
	format := r.URL.Query().Get("format")
	switch format {
	case "", "nquads":
		format = "nquads"
	case "jsonld":
	default:
		writeError(w, http.StatusBadRequest, fmt.Sprintf("format %q: want nquads or jsonld", format))
		return
	}
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := s.queryContext(r)
	defer cancel()
	unlock := s.rlock()
	qs, err := s.cfg.Store.Quads(ctx)
	unlock()
	if err != nil {
		s.queryError(w, r, ctx, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	if format == "jsonld" {
		w.Header().Set("Content-Type", "application/ld+json")
		err = graph.WriteJSONLD(w, qs)
	} else {
		w.Header().Set("Content-Type", "application/n-quads")
		err = graph.WriteNQuads(w, qs)
	}
	if err != nil {
		s.cfg.Log.Warn("read: write the answer", "err", err)
	}
}

// writeOnly guards a write: 403 on a read-only server, 401 without the
// right bearer token.
func (s *Server) writeOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.cfg.Writable {
			discard(r.Body)
			writeError(w, http.StatusForbidden, "this server is read-only (start it with --writable and a --token)")
			return
		}
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.cfg.Token)) != 1 {
			discard(r.Body)
			w.Header().Set("WWW-Authenticate", `Bearer realm="eventgraph"`)
			writeError(w, http.StatusUnauthorized, "writes need the header Authorization: Bearer <token>")
			return
		}
		h(w, r)
	}
}

// write is Cayley's POST /api/v2/write: N-Quads in the body, added to the
// store in one transaction (quads already there are kept).
func (s *Server) write(w http.ResponseWriter, r *http.Request) {
	body, err := readBody(w, r, s.cfg.MaxBody, "the body (--max-body)")
	if err != nil {
		return
	}
	groups, labels, err := graph.ParseNQuads("body", body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	var all []quad.Quad
	for _, l := range labels {
		all = append(all, groups[graph.FormatValue(l)]...)
	}
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := s.queryContext(r)
	defer cancel()
	unlock := s.wlock()
	_, err = s.cfg.Store.AddQuads(ctx, all)
	unlock()
	if err != nil {
		if ctx.Err() != nil {
			s.queryError(w, r, ctx, err)
			return
		}
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": fmt.Sprintf("Successfully wrote %d quads.", len(all)), "count": len(all)})
}

var reName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)

// loadArticle is POST /api/articles: the body is an article's text,
// extracted and loaded as one document, replacing what that document had.
func (s *Server) loadArticle(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Articles == nil {
		discard(r.Body)
		writeError(w, http.StatusNotImplemented, "this server has no article extractor")
		return
	}
	q := r.URL.Query()
	var date time.Time
	if d := q.Get("date"); d != "" {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			discard(r.Body)
			writeError(w, http.StatusBadRequest, fmt.Sprintf("date %q: want YYYY-MM-DD", d))
			return
		}
		date = t
	}
	name := q.Get("name")
	if name != "" && (!reName.MatchString(name) || strings.Contains(name, "..")) {
		discard(r.Body)
		writeError(w, http.StatusBadRequest, fmt.Sprintf("name %q: want a file name of letters, digits, '.', '_' and '-'", name))
		return
	}
	body, err := readBody(w, r, s.cfg.MaxBody, "the article (--max-body)")
	if err != nil {
		return
	}
	if name == "" {
		sum := sha256.Sum256(body)
		name = "article-" + hex.EncodeToString(sum[:6])
	}
	if !strings.HasSuffix(strings.ToLower(name), ".txt") {
		name += ".txt"
	}
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := s.queryContext(r)
	defer cancel()
	a, err := s.cfg.Articles.ReadArticle(ctx, name, body, date)
	if err != nil {
		if ctx.Err() != nil {
			s.queryError(w, r, ctx, err)
			return
		}
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	qs := graph.ArticleQuads(a)
	label := a.Document.IRI
	if label == "" {
		label = schema.DocumentIRI(a.Document.ID)
	}
	ch, err := s.replaceDocument(ctx, quad.IRI(label), qs)
	if err != nil {
		if ctx.Err() != nil {
			s.queryError(w, r, ctx, err)
			return
		}
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"document": label, "name": name, "title": a.Document.Title,
		"actors": len(a.Actors), "events": len(a.Events), "claims": len(a.Claims),
		"quads": len(qs), "added": ch.Added, "removed": ch.Removed, "kept": ch.Kept,
	})
}

// storedQuery is a stored query as GET /api/queries lists it.
type storedQuery struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Params      []queries.Param `json:"params"`
	Script      string          `json:"script"`
}

func (s *Server) listQueries(w http.ResponseWriter, r *http.Request) {
	list := s.cfg.Queries.List()
	out := make([]any, 0, len(list))
	for _, q := range list {
		ps := q.Params
		if ps == nil {
			ps = []queries.Param{}
		}
		out = append(out, storedQuery{Name: q.Name, Description: q.Description, Params: ps, Script: q.Body})
	}
	writeJSON(w, http.StatusOK, result{Result: out})
}

// params reads a stored query's parameters from the query string and, for
// a POST with a body, a JSON object of strings (numbers and booleans are
// taken as their text). limit is kept for the row cap.
func (s *Server) params(w http.ResponseWriter, r *http.Request) (map[string]string, bool) {
	p := map[string]string{}
	for k, vs := range r.URL.Query() {
		if k == "limit" {
			continue
		}
		if len(vs) > 1 {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("parameter %q given %d times", k, len(vs)))
			return nil, false
		}
		p[k] = vs[0]
	}
	if r.Method != http.MethodPost {
		return p, true
	}
	body, err := readBody(w, r, s.cfg.MaxBody, "the body (--max-body)")
	if err != nil {
		return nil, false
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return p, true
	}
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		writeError(w, http.StatusBadRequest, "the body must be a JSON object of parameters: "+err.Error())
		return nil, false
	}
	for k, v := range m {
		if _, dup := p[k]; dup {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("parameter %q given in both the query string and the body", k))
			return nil, false
		}
		switch v := v.(type) {
		case string:
			p[k] = v
		case float64:
			p[k] = strconv.FormatFloat(v, 'f', -1, 64)
		case bool:
			p[k] = strconv.FormatBool(v)
		case nil:
		default:
			writeError(w, http.StatusBadRequest, fmt.Sprintf("parameter %q: want a string", k))
			return nil, false
		}
	}
	return p, true
}

func (s *Server) runQuery(w http.ResponseWriter, r *http.Request) {
	defer discard(r.Body)
	name := r.PathValue("name")
	q, ok := s.cfg.Queries.Get(name)
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no stored query %q (see GET /api/queries)", name))
		return
	}
	p, ok := s.params(w, r)
	if !ok {
		return
	}
	script, err := s.cfg.Queries.Script(q, p)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	limit, err := s.rowLimit(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := s.queryContext(r)
	defer cancel()
	rows, err := s.exec.Gizmo(ctx, script, limit)
	if err != nil {
		s.queryError(w, r, ctx, fmt.Errorf("query %s: %w", name, err))
		return
	}
	writeJSON(w, http.StatusOK, result{Result: rows})
}

// checkDate answers 400 unless v is empty or an ISO date.
func checkDate(w http.ResponseWriter, name, v string) bool {
	if v == "" {
		return true
	}
	if _, err := schema.ParseDateValue(v); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("%s %q: want an ISO date such as 2025, 2025-10 or 2025-10-20", name, v))
		return false
	}
	return true
}

// timeline is GET /api/timeline: the JSON of `eventgraph timeline`, with
// the same filters (actor, from, to) and format=timelinejs.
func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := timeline.Filter{Actor: strings.TrimSpace(q.Get("actor")), From: q.Get("from"), To: q.Get("to")}
	if !checkDate(w, "from", f.From) || !checkDate(w, "to", f.To) {
		return
	}
	format := q.Get("format")
	if format != "" && format != "json" && format != "timelinejs" {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("format %q: want json or timelinejs", format))
		return
	}
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := s.queryContext(r)
	defer cancel()
	t, err := timeline.Build(ctx, s.exec, s.cfg.Queries, f)
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, graph.ErrRowLimit) {
			s.queryError(w, r, ctx, err)
			return
		}
		writeError(w, http.StatusInternalServerError, "build the timeline: "+err.Error())
		return
	}
	if format == "timelinejs" {
		title := q.Get("title")
		if title == "" {
			title = "eventgraph timeline"
		}
		writeJSON(w, http.StatusOK, t.TimelineJS(title))
		return
	}
	writeJSON(w, http.StatusOK, t)
}

// actors is GET /api/actors[?type=person]: the stored query actors.
func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	p := map[string]string{}
	if t := r.URL.Query().Get("type"); t != "" {
		switch t {
		case "person", "organisation", "country", "outlet":
		default:
			writeError(w, http.StatusBadRequest, fmt.Sprintf("type %q: want person, organisation, country or outlet", t))
			return
		}
		p["type"] = t
	}
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := s.queryContext(r)
	defer cancel()
	rows, err := s.cfg.Queries.Run(ctx, s.exec, "actors", p, s.cfg.MaxRows)
	if err != nil {
		s.queryError(w, r, ctx, err)
		return
	}
	writeJSON(w, http.StatusOK, result{Result: rows})
}

// health is GET /api/health: what the server is and its limits.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	h := map[string]any{
		"ok": true, "store": s.cfg.Store.Spec().Backend, "writable": s.cfg.Writable,
		"scripts": !s.cfg.NoScripts, "timeout": s.cfg.Timeout.String(), "max_rows": s.cfg.MaxRows,
		"max_script": s.cfg.MaxScript, "max_body": s.cfg.MaxBody, "max_concurrent": s.cfg.MaxConcurrent,
		"page_all_max": s.cfg.PageAllMax,
	}
	if n, err := s.cfg.Store.EstimateQuads(r.Context()); err == nil {
		h["quads"] = n // about; the page opens on everything up to page_all_max
	}
	writeJSON(w, http.StatusOK, h)
}
