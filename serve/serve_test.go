package serve

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/graph"
	fixturepkg "github.com/eventgraph/eventgraph/internal/fixture"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
)

const testToken = "test-token-0123456789abcdef"

// fixture is the example article as extracted (internal/fixture).
func fixture(t testing.TB) *schema.Article {
	t.Helper()
	a, err := fixturepkg.Article()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// testStore is a memory store holding the example article.
func testStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a := fixture(t)
	if _, err := st.ReplaceDocument(ctx, quad.IRI(a.Document.IRI), graph.ArticleQuads(a)); err != nil {
		t.Fatal(err)
	}
	return st
}

// fakeArticles "extracts" any text as the example article, under the
// name given; text containing FAIL is an error.
type fakeArticles struct{ a *schema.Article }

func (f fakeArticles) ReadArticle(_ context.Context, name string, data []byte, date time.Time) (*schema.Article, error) {
	if strings.Contains(string(data), "FAIL") {
		return nil, errors.New(name + ": no events found")
	}
	a := *f.a
	a.Document.ID = strings.TrimSuffix(name, ".txt")
	a.Document.IRI = schema.DocumentIRI(a.Document.ID)
	for i := range a.Events {
		a.Events[i].Evidence = nil
	}
	a.Claims = nil
	return &a, nil
}

// newTest starts a server on cfg (Store and Queries filled in when nil)
// and returns its URL.
func newTest(t testing.TB, cfg Config) (*Server, string) {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = testStore(t)
	}
	if cfg.Queries == nil {
		set, err := queries.Load()
		if err != nil {
			t.Fatal(err)
		}
		cfg.Queries = set
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts.URL
}

type answer struct {
	status int
	header http.Header
	body   string
}

func (a answer) json(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(a.body), &m); err != nil {
		t.Fatalf("not a JSON object (%v): %.300s", err, a.body)
	}
	return m
}

func do(t testing.TB, method, url, body string, hdr ...string) answer {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if strings.EqualFold(hdr[i], "Host") {
			req.Host = hdr[i+1]
			continue
		}
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

const (
	lavrov  = "https://w3id.org/eventgraph/id/sergey-lavrov"
	nameIRI = "<http://schema.org/name>"
)

func TestEndpoints(t *testing.T) {
	_, url := newTest(t, Config{})
	nameQuery := `g.V("<` + lavrov + `>").out("` + nameIRI + `").all()`
	tests := []struct {
		name, method, path, body string
		status                   int
		ctype                    string
		want                     []string // substrings of the body
	}{
		{"page", "GET", "/", "", 200, "text/html", []string{"<svg", "app.js"}},
		{"script asset", "GET", "/app.js", "", 200, "text/javascript", []string{"/api/timeline"}},
		{"style asset", "GET", "/app.css", "", 200, "text/css", nil},
		{"missing asset", "GET", "/nope.js", "", 404, "application/json", []string{`"error"`}},
		{"unknown api", "GET", "/api/nope", "", 404, "application/json", []string{`"error"`}},
		{"health", "GET", "/api/health", "", 200, "application/json", []string{`"writable":false`, `"page_all_max":200000`, `"quads":`}},

		{"v2 query", "POST", "/api/v2/query?lang=gizmo", nameQuery, 200, "application/json", []string{`{"result":[{"id":"Sergey Lavrov"}]}`}},
		{"v2 query GET", "GET", "/api/v2/query?lang=gizmo&qu=" + urlEscape(nameQuery), "", 200, "application/json", []string{`"Sergey Lavrov"`}},
		{"v2 query empty result", "POST", "/api/v2/query?lang=gizmo", `g.V("<http://nowhere>").out().all()`, 200, "application/json", []string{`{"result":[]}`}},
		{"v2 query with prelude", "POST", "/api/v2/query?lang=gizmo&prelude=true", `g.emit(one("` + lavrov + `", T.name))`, 200, "application/json", []string{`{"result":["Sergey Lavrov"]}`}},
		{"v2 no language", "POST", "/api/v2/query", nameQuery, 400, "application/json", []string{`"error":"query language not specified`}},
		{"v2 unknown language", "POST", "/api/v2/query?lang=sparql", nameQuery, 400, "application/json", []string{"unknown query language"}},
		{"v2 empty script", "POST", "/api/v2/query?lang=gizmo", "  ", 400, "application/json", []string{"query is empty"}},
		{"v2 syntax error", "POST", "/api/v2/query?lang=gizmo", "g.V(.all()", 400, "application/json", []string{`"error":`, "Line 1:"}},
		{"v2 script throws", "POST", "/api/v2/query?lang=gizmo", `throw new Error("boom")`, 400, "application/json", []string{"boom"}},
		{"v2 bad limit", "POST", "/api/v2/query?lang=gizmo&limit=x", nameQuery, 400, "application/json", []string{"limit"}},
		{"v1 query", "POST", "/api/v1/query/gizmo", nameQuery, 200, "application/json", []string{`{"result":[{"id":"Sergey Lavrov"}]}`}},
		{"v1 unknown language", "POST", "/api/v1/query/mql", nameQuery, 400, "application/json", []string{"unknown query language"}},
		{"v1 wrong method", "GET", "/api/v1/query/gizmo", "", 405, "application/json", []string{"not allowed"}},
		{"read", "GET", "/api/v2/read", "", 200, "application/n-quads", []string{`^^<http://www.w3.org/2001/XMLSchema#dateTime>`, `"Sergey Lavrov"`}},
		{"read jsonld", "GET", "/api/v2/read?format=jsonld", "", 200, "application/ld+json", []string{`"@context"`}},
		{"read bad format", "GET", "/api/v2/read?format=xml", "", 400, "application/json", []string{"format"}},

		{"list queries", "GET", "/api/queries", "", 200, "application/json", []string{`"name":"who-met-whom"`, `"params":[{"name":"actor","required":true`}},
		{"stored query", "GET", "/api/queries/actor?actor=Lavrov", "", 200, "application/json", []string{`"name":"Sergey Lavrov"`, `"events":[`}},
		{"stored query POST", "POST", "/api/queries/actor", `{"actor":"Rubio"}`, 200, "application/json", []string{`"name":"Marco Rubio"`}},
		{"stored query no params", "GET", "/api/queries/documents", "", 200, "application/json", []string{"2025-10-21-lavrov-rubio-meeting-postponed"}},
		{"stored query missing param", "GET", "/api/queries/actor", "", 400, "application/json", []string{`missing required parameter \"actor\"`}},
		{"stored query unknown param", "GET", "/api/queries/actor?actor=Lavrov&colour=red", "", 400, "application/json", []string{`unknown parameter \"colour\"`}},
		{"stored query param twice", "POST", "/api/queries/actor?actor=Lavrov", `{"actor":"Rubio"}`, 400, "application/json", []string{"both"}},
		{"stored query bad body", "POST", "/api/queries/actor", `actor=Lavrov`, 400, "application/json", []string{"JSON object"}},
		{"stored query non-string param", "POST", "/api/queries/actor", `{"actor":["a"]}`, 400, "application/json", []string{"want a string"}},
		{"unknown stored query", "GET", "/api/queries/nope", "", 404, "application/json", []string{`no stored query \"nope\"`}},
		{"stored query in range", "GET", "/api/queries/between?from=2025-10&to=2025-10-17", "", 200, "application/json", []string{"2025-10-16/call", "2025-10-17/meeting"}},

		{"timeline", "GET", "/api/timeline", "", 200, "application/json", []string{`"events":[`, `"claims":[`, "postponed", `"granularity":"week"`}},
		{"timeline by actor", "GET", "/api/timeline?actor=Rubio", "", 200, "application/json", []string{"marco-rubio--sergey-lavrov"}},
		{"timeline by dates", "GET", "/api/timeline?from=2025-10-20&to=2025-10-20", "", 200, "application/json", []string{"2025-10-20/call"}},
		{"timeline bad date", "GET", "/api/timeline?from=yesterday", "", 400, "application/json", []string{`from \"yesterday\"`}},
		{"timeline timelinejs", "GET", "/api/timeline?format=timelinejs&title=T", "", 200, "application/json", []string{`"start_date"`, `"headline":"T"`}},
		{"timeline bad format", "GET", "/api/timeline?format=xml", "", 400, "application/json", []string{"format"}},
		{"timeline wrong method", "POST", "/api/timeline", "", 405, "application/json", nil},
		{"actors", "GET", "/api/actors", "", 200, "application/json", []string{`"name":"CNN"`, `"name":"Sergey Lavrov"`}},
		{"actors by type", "GET", "/api/actors?type=country", "", 200, "application/json", []string{`"name":"Russia"`}},
		{"actors bad type", "GET", "/api/actors?type=alien", "", 400, "application/json", []string{"type"}},

		{"write read-only", "POST", "/api/v2/write", `<http://x/a> <http://x/b> "c" .`, 403, "application/json", []string{"read-only"}},
		{"article read-only", "POST", "/api/articles?name=a.txt", "Some text.", 403, "application/json", []string{"read-only"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, tc.method, url+tc.path, tc.body)
			if a.status != tc.status {
				t.Fatalf("status %d, want %d: %.400s", a.status, tc.status, a.body)
			}
			if ct := a.header.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %q", ct, tc.ctype)
			}
			if tc.ctype == "application/json" {
				a.json(t)
			}
			for _, w := range tc.want {
				if !strings.Contains(a.body, w) {
					t.Errorf("body lacks %q: %.600s", w, a.body)
				}
			}
			if a.status >= 400 && !strings.Contains(a.body, `"error"`) {
				t.Errorf("an error without {\"error\": ...}: %s", a.body)
			}
		})
	}
}

func urlEscape(s string) string {
	r := strings.NewReplacer("%", "%25", " ", "%20", "\"", "%22", "<", "%3C", ">", "%3E", "#", "%23", "&", "%26", "+", "%2B", "?", "%3F", "/", "%2F", ":", "%3A")
	return r.Replace(s)
}

func TestTimelineMatchesTheCLIShape(t *testing.T) {
	_, url := newTest(t, Config{})
	a := do(t, "GET", url+"/api/timeline", "")
	var tl struct {
		Events []struct {
			ID, Status  string
			Granularity *string
			Evidence    []struct{ Text string }
		}
		Claims, Actors, Documents []json.RawMessage
	}
	if err := json.Unmarshal([]byte(a.body), &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 6 || len(tl.Documents) != 1 || len(tl.Claims) == 0 || len(tl.Actors) == 0 {
		t.Fatalf("timeline: %d events, %d documents, %d claims, %d actors", len(tl.Events), len(tl.Documents), len(tl.Claims), len(tl.Actors))
	}
	statuses := map[string]int{}
	for _, e := range tl.Events {
		statuses[e.Status]++
		if len(e.Evidence) == 0 || e.Evidence[0].Text == "" {
			t.Errorf("%s has no evidence text", e.ID)
		}
	}
	if statuses["happened"] != 4 || statuses["postponed"] != 1 || statuses["planned"] != 1 {
		t.Errorf("statuses %v", statuses)
	}
}

func TestWrites(t *testing.T) {
	if _, err := New(Config{Store: testStore(t), Writable: true}); err == nil || !strings.Contains(err.Error(), "token") {
		t.Fatalf("a writable server without a token started: %v", err)
	}
	if _, err := New(Config{Store: testStore(t), Writable: true, Token: "short"}); err == nil {
		t.Fatal("a writable server with a 5-character token started")
	}
	_, url := newTest(t, Config{Writable: true, Token: testToken, Articles: fakeArticles{fixture(t)}, MaxBody: 1000})
	_, noExtractor := newTest(t, Config{Writable: true, Token: testToken})
	auth := []string{"Authorization", "Bearer " + testToken}
	nq := "<http://x/a> <http://schema.org/name> \"Written\" <http://x/doc> .\n<http://x/a> <http://x/p> \"2025-10-21T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
	tests := []struct {
		name, path, body string
		hdr              []string
		status           int
		want             string
	}{
		{"write without token", "/api/v2/write", nq, nil, 401, "Bearer"},
		{"write with a wrong token", "/api/v2/write", nq, []string{"Authorization", "Bearer nope-nope-nope-nope"}, 401, "Bearer"},
		{"write with a basic header", "/api/v2/write", nq, []string{"Authorization", "Basic " + testToken}, 401, "Bearer"},
		{"write", "/api/v2/write", nq, auth, 200, `"count":2`},
		{"write again", "/api/v2/write", nq, auth, 200, `"result":"Successfully wrote 2 quads."`},
		{"write malformed", "/api/v2/write", "<http://x/a> <http://x/b> oops .\n", auth, 400, "body:1:"},
		{"write too large", "/api/v2/write", strings.Repeat("# comment\n", 200), auth, 413, "limit of 1000 bytes"},
		{"article without token", "/api/articles?name=one.txt", "text", nil, 401, "Bearer"},
		{"article", "/api/articles?name=second-article&date=2025-10-22", "Some article text.", auth, 200, `"document":"https://w3id.org/eventgraph/doc/second-article"`},
		{"article without a name", "/api/articles", "Some other text.", auth, 200, `"name":"article-`},
		{"article bad date", "/api/articles?name=x.txt&date=22/10/2025", "text", auth, 400, "YYYY-MM-DD"},
		{"article bad name", "/api/articles?name=../../etc/passwd", "text", auth, 400, "file name"},
		{"article extractor fails", "/api/articles?name=x.txt", "FAIL", auth, 400, "no events found"},
		{"article too large", "/api/articles?name=x.txt", strings.Repeat("word ", 300), auth, 413, "limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, "POST", url+tc.path, tc.body, tc.hdr...)
			if a.status != tc.status || !strings.Contains(a.body, tc.want) {
				t.Fatalf("status %d, want %d with %q: %s", a.status, tc.status, tc.want, a.body)
			}
			a.json(t)
		})
	}
	// What was written is there.
	a := do(t, "POST", url+"/api/v2/query?lang=gizmo", `g.V("<http://x/a>").out("<http://schema.org/name>").all()`)
	if !strings.Contains(a.body, `"Written"`) {
		t.Fatalf("the written quad is missing: %s", a.body)
	}
	a = do(t, "GET", url+"/api/queries/documents", "")
	if !strings.Contains(a.body, "doc/second-article") {
		t.Fatalf("the loaded article is missing: %s", a.body)
	}
	if a := do(t, "POST", noExtractor+"/api/articles?name=x.txt", "text", auth...); a.status != 501 {
		t.Fatalf("no extractor: status %d: %s", a.status, a.body)
	}
}

func TestCORS(t *testing.T) {
	_, closed := newTest(t, Config{})
	_, open := newTest(t, Config{CORSOrigins: []string{"https://app.example.org"}})
	preflight := []string{"Origin", "", "Access-Control-Request-Method", "POST"}
	tests := []struct {
		name, url, method, origin string
		preflight                 bool
		status                    int
		allow                     string
	}{
		{"none configured: no header", closed, "GET", "https://app.example.org", false, 200, ""},
		{"none configured: preflight refused", closed, "OPTIONS", "https://app.example.org", true, 403, ""},
		{"configured origin", open, "GET", "https://app.example.org", false, 200, "https://app.example.org"},
		{"configured origin preflight", open, "OPTIONS", "https://app.example.org", true, 204, "https://app.example.org"},
		{"other origin", open, "GET", "https://evil.example", false, 200, ""},
		{"other origin preflight", open, "OPTIONS", "https://evil.example", true, 403, ""},
		{"no origin", open, "GET", "", false, 200, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var hdr []string
			if tc.preflight {
				hdr = append([]string{}, preflight...)
				hdr[1] = tc.origin
			} else if tc.origin != "" {
				hdr = []string{"Origin", tc.origin}
			}
			a := do(t, tc.method, tc.url+"/api/queries", "", hdr...)
			if a.status != tc.status {
				t.Fatalf("status %d, want %d: %s", a.status, tc.status, a.body)
			}
			if got := a.header.Get("Access-Control-Allow-Origin"); got != tc.allow {
				t.Fatalf("Access-Control-Allow-Origin %q, want %q", got, tc.allow)
			}
			if tc.preflight && tc.status == 204 && !strings.Contains(a.header.Get("Access-Control-Allow-Headers"), "Authorization") {
				t.Fatalf("preflight headers: %v", a.header)
			}
		})
	}
}

func TestHostCheck(t *testing.T) {
	_, url := newTest(t, Config{AllowedHosts: []string{"eventgraph.internal"}})
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost": 200, "[::1]:80": 200, "eventgraph.internal": 200, "evil.example": 421, "evil.example:8080": 421} {
		if a := do(t, "GET", url+"/api/health", "", "Host", host); a.status != want {
			t.Errorf("Host %s: status %d, want %d", host, a.status, want)
		}
	}
	// A server on all interfaces takes any Host.
	_, any := newTest(t, Config{Addr: "0.0.0.0:8080"})
	if a := do(t, "GET", any+"/api/health", "", "Host", "evil.example"); a.status != 200 {
		t.Errorf("0.0.0.0: status %d", a.status)
	}
}

func TestTimeoutLeavesTheServerServing(t *testing.T) {
	_, url := newTest(t, Config{Timeout: 300 * time.Millisecond})
	for _, path := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo"} {
		start := time.Now()
		a := do(t, "POST", url+path, "while(true){}")
		if a.status != http.StatusGatewayTimeout || !strings.Contains(a.json(t)["error"].(string), "timeout of 300ms") {
			t.Fatalf("%s: status %d: %s", path, a.status, a.body)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Fatalf("the loop ran %s", d)
		}
		a = do(t, "GET", url+"/api/queries/actor?actor=Lavrov", "")
		if a.status != 200 || !strings.Contains(a.body, "Sergey Lavrov") {
			t.Fatalf("after a timeout: status %d: %.300s", a.status, a.body)
		}
	}
}

func TestRowCap(t *testing.T) {
	_, url := newTest(t, Config{MaxRows: 5})
	tests := []struct {
		path, script string
		status       int
	}{
		{"/api/v2/query?lang=gizmo", "for (var i = 0; i < 5; i++) g.emit(i)", 200},
		{"/api/v2/query?lang=gizmo", "for (var i = 0; i < 6; i++) g.emit(i)", 400},
		{"/api/v2/query?lang=gizmo&limit=3", "for (var i = 0; i < 4; i++) g.emit(i)", 400},
		{"/api/v2/query?lang=gizmo&limit=100", "for (var i = 0; i < 6; i++) g.emit(i)", 400},
		{"/api/v1/query/gizmo", "g.V().all()", 400},
	}
	for _, tc := range tests {
		a := do(t, "POST", url+tc.path, tc.script)
		if a.status != tc.status {
			t.Errorf("%s %q: status %d, want %d: %s", tc.path, tc.script, a.status, tc.status, a.body)
		}
		if tc.status == 400 && !strings.Contains(a.body, "--max-rows") {
			t.Errorf("the error does not name the limit: %s", a.body)
		}
	}
	if a := do(t, "GET", url+"/api/queries/actors", ""); a.status != 400 {
		t.Errorf("13 actors under a cap of 5: status %d", a.status)
	}
}

func TestSizeLimits(t *testing.T) {
	_, url := newTest(t, Config{MaxScript: 100, MaxBody: 200})
	tests := []struct {
		name, method, path, body string
		status                   int
	}{
		{"script at the limit", "POST", "/api/v2/query?lang=gizmo", "g.emit(1)" + strings.Repeat(" ", 91), 200},
		{"script over the limit", "POST", "/api/v2/query?lang=gizmo", "g.emit(1)" + strings.Repeat(" ", 92), 413},
		{"v1 script over the limit", "POST", "/api/v1/query/gizmo", strings.Repeat(" ", 101), 413},
		{"GET script over the limit", "GET", "/api/v2/query?lang=gizmo&qu=" + strings.Repeat("1", 101), "", 413},
		{"parameters over the body limit", "POST", "/api/queries/actor", `{"actor":"` + strings.Repeat("x", 200) + `"}`, 413},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, tc.method, url+tc.path, tc.body)
			if a.status != tc.status {
				t.Fatalf("status %d, want %d: %s", a.status, tc.status, a.body)
			}
			a.json(t)
		})
	}
}

func TestBusy(t *testing.T) {
	s, url := newTest(t, Config{MaxConcurrent: 1, QueueWait: 50 * time.Millisecond, Timeout: 10 * time.Second})
	done := make(chan answer)
	go func() {
		done <- do(t, "POST", url+"/api/v2/query?lang=gizmo", "var t = Date.now(); while (Date.now() - t < 1500) {} g.emit(1)")
	}()
	for deadline := time.Now().Add(5 * time.Second); len(s.slots) == 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the first query never started")
		}
	}
	a := do(t, "GET", url+"/api/queries/actors", "")
	if a.status != http.StatusServiceUnavailable || a.header.Get("Retry-After") == "" || !strings.Contains(a.body, "--max-concurrent") {
		t.Fatalf("a second query with one slot: status %d %v: %s", a.status, a.header, a.body)
	}
	if first := <-done; first.status != 200 {
		t.Fatalf("the first query: %d %s", first.status, first.body)
	}
	if a := do(t, "GET", url+"/api/queries/actors", ""); a.status != 200 {
		t.Fatalf("after the slot came free: %d %s", a.status, a.body)
	}
}

// TestScriptsCannotExhaustTheServer runs scripts that would end the
// process or run on in built-ins without the guard.
func TestScriptsCannotExhaustTheServer(t *testing.T) {
	_, url := newTest(t, Config{Timeout: 2 * time.Second})
	tests := []struct{ script, want string }{
		{`g.emit("x".repeat(1e12).length)`, "repeat"},
		{`g.emit("x".padStart(1e12).length)`, "padStart"},
		{`g.emit(new Uint8Array(1e12).length)`, "Uint8Array"},
		{`g.emit(new ArrayBuffer(1e12).byteLength)`, "ArrayBuffer"},
		{`g.emit(new Array(4294967295).map(function (x) { return 1 }).length)`, "map"},
		{`g.emit(new Array(1e9).join("xy").length)`, "join"},
		{`g.emit(String.fromCharCode.apply(null, {length: 1e9}).length)`, "apply"},
		{`g.emit(Array.prototype.slice.call({length: 1e9}).length)`, "slice"},
		{`g.emit(JSON.stringify(new Array(1e9)).length)`, "JSON.stringify"},
		{`g.emit(Array.from({length: 1e9}).length)`, "Array.from"},
		{`String.prototype.repeat = function () { return "" }; g.emit("x".repeat(1e12).length)`, "repeat"},
		{`delete String.prototype.repeat; g.emit("x".repeat(1e12).length)`, "repeat"},
	}
	for _, tc := range tests {
		start := time.Now()
		a := do(t, "POST", url+"/api/v2/query?lang=gizmo", tc.script)
		if a.status != 400 || !strings.Contains(a.body, tc.want) {
			t.Errorf("%s: status %d: %s", tc.script, a.status, a.body)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s took %s", tc.script, d)
		}
	}
	// Ordinary use of the guarded built-ins still works.
	a := do(t, "POST", url+"/api/v2/query?lang=gizmo", `g.emit([3,1,2].sort().map(function (x) { return x * 2 }).join("-") + "ab".repeat(2) + JSON.stringify({a: [1]}) + Math.max.apply(null, [1, 5]))`)
	if !strings.Contains(a.body, `"2-4-6abab{\"a\":[1]}5"`) {
		t.Fatalf("guarded built-ins: %s", a.body)
	}
	// The stored queries run behind the guard too.
	if a := do(t, "GET", url+"/api/timeline", ""); a.status != 200 {
		t.Fatalf("timeline behind the guard: %d %s", a.status, a.body)
	}
}

func TestMemoryGuardStopsAGrowingScript(t *testing.T) {
	s, url := newTest(t, Config{Timeout: 20 * time.Second, MaxMemory: 64 << 20})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); s.memoryGuard(ctx, 10*time.Millisecond) }()
	defer func() { cancel(); <-done }()
	start := time.Now()
	a := do(t, "POST", url+"/api/v2/query?lang=gizmo", `var a = []; while (true) a.push("x".repeat(1000) + a.length)`)
	if a.status != http.StatusServiceUnavailable || !strings.Contains(a.body, "--max-memory") {
		t.Fatalf("status %d: %s", a.status, a.body)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("stopped only after %s", d)
	}
	if a := do(t, "GET", url+"/api/queries/actors", ""); a.status != 200 {
		t.Fatalf("after the memory guard: %d %s", a.status, a.body)
	}
}

func TestNoScripts(t *testing.T) {
	_, url := newTest(t, Config{NoScripts: true})
	if a := do(t, "POST", url+"/api/v2/query?lang=gizmo", "g.V().all()"); a.status != 403 {
		t.Fatalf("a script with --no-scripts: %d %s", a.status, a.body)
	}
	if a := do(t, "GET", url+"/api/queries/actor?actor=Lavrov", ""); a.status != 200 {
		t.Fatalf("a stored query with --no-scripts: %d %s", a.status, a.body)
	}
}

func TestErrorLinesCountFromTheScript(t *testing.T) {
	_, url := newTest(t, Config{})
	for _, path := range []string{"/api/v2/query?lang=gizmo", "/api/v2/query?lang=gizmo&prelude=1"} {
		a := do(t, "POST", url+path, "g.emit(1);\ng.emit(2);\ng.V(.all()")
		if a.status != 400 || !strings.Contains(a.body, "Line 3:") {
			t.Errorf("%s: %d %s", path, a.status, a.body)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	_, url := newTest(t, Config{})
	a := do(t, "GET", url+"/", "")
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"} {
		if a.header.Get(h) == "" {
			t.Errorf("no %s", h)
		}
	}
	for _, asset := range []string{"/", "/app.js", "/app.css"} {
		b := do(t, "GET", url+asset, "").body
		for _, bad := range []string{`src="http`, `href="http`, `src="//`, "url(http", "@import", "fetch(\"http"} {
			if strings.Contains(b, bad) {
				t.Errorf("%s loads something from another site: %s", asset, bad)
			}
		}
	}
}
