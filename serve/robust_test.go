package serve

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/schema"
)

// synthetic is a made-up article whose actors, events and document are
// its own, so that loading it changes no answer about the example article.
func synthetic(i int) *schema.Article {
	doc := fmt.Sprintf("synthetic-%03d", i)
	a := &schema.Article{Document: schema.Document{
		ID: doc, IRI: schema.DocumentIRI(doc), Title: "Synthetic article " + doc,
		Published: time.Date(2024, 1, 1+i%28, 0, 0, 0, 0, time.UTC),
	}}
	var ids []string
	for j := 0; j < 6; j++ {
		name := fmt.Sprintf("Zz Synthetic %03d-%d", i, j)
		ids = append(ids, schema.EntityIRI(name))
		a.Actors = append(a.Actors, schema.Actor{ID: schema.EntityIRI(name), Name: name, Type: schema.Person})
	}
	for j := 0; j+1 < len(ids); j++ {
		d := &schema.Date{Value: fmt.Sprintf("2024-%02d-%02d", 1+j, 1+i%28), Text: "some day"}
		a.Events = append(a.Events, schema.Event{
			ID:   schema.NSData + fmt.Sprintf("event/%s/%d", doc, j),
			Kind: schema.Meeting, Label: fmt.Sprintf("Meeting %d of %s", j, doc),
			Participants: []string{ids[j], ids[j+1]}, Date: d, Status: schema.Happened,
			Evidence: []schema.Evidence{{Document: a.Document.IRI, Sentence: j, Start: j * 100, End: j*100 + 50, Text: "A synthetic sentence."}},
		})
	}
	return a
}

// settledGoroutines waits for the goroutine count to stop falling and
// returns it.
func settledGoroutines(atMost int, wait time.Duration) int {
	deadline := time.Now().Add(wait)
	n := runtime.NumGoroutine()
	for time.Now().Before(deadline) {
		if atMost >= 0 && n <= atMost {
			return n
		}
		time.Sleep(20 * time.Millisecond)
		runtime.GC()
		n = runtime.NumGoroutine()
	}
	return n
}

// TestConcurrentRequestsDuringLoad sends a bounded number of concurrent
// requests (stored queries, the timeline, Gizmo) over loopback while
// synthetic documents load, checks every answer is complete and the same as
// before the load, then shuts the server down and checks no goroutine is
// left behind.
func TestConcurrentRequestsDuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, tc := range []struct{ name, db string }{
		{"memory", "memory"},
		{"bolt", filepath.Join(t.TempDir(), "bolt")},
	} {
		t.Run(tc.name, func(t *testing.T) { concurrentDuringLoad(t, tc.db) })
	}
}

func concurrentDuringLoad(t *testing.T, db string) {
	before := settledGoroutines(-1, 300*time.Millisecond)

	ctx := context.Background()
	st, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	a := fixture(t)
	if _, err := st.ReplaceDocument(ctx, quad.IRI(a.Document.IRI), graph.ArticleQuads(a)); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: st, Addr: "127.0.0.1:0", MaxConcurrent: 4, QueueWait: 10 * time.Second, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srvCtx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- s.Serve(srvCtx, ln) }()
	base := "http://" + ln.Addr().String()
	tr := &http.Transport{MaxIdleConnsPerHost: 8}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	type req struct{ name, method, path, body string }
	reqs := []req{
		{"stored query", "GET", "/api/queries/actor?actor=Lavrov", ""},
		{"stored query POST", "POST", "/api/queries/who-met-whom", `{"actor":"Rubio"}`},
		{"timeline", "GET", "/api/timeline?actor=Rubio", ""},
		{"timeline by dates", "GET", "/api/timeline?from=2025-08&to=2025-10", ""},
		{"gizmo", "POST", "/api/v2/query?lang=gizmo", `g.V("<` + lavrov + `>").in("<http://semanticweb.cs.vu.nl/2009/11/sem/hasActor>").out("<http://schema.org/name>").all()`},
		{"gizmo v1", "POST", "/api/v1/query/gizmo", `g.V("<` + lavrov + `>").out("<http://schema.org/name>").all()`},
	}
	get := func(r req) (int, string, error) {
		hr, err := http.NewRequest(r.method, base+r.path, strings.NewReader(r.body))
		if err != nil {
			return 0, "", err
		}
		resp, err := client.Do(hr)
		if err != nil {
			return 0, "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), err
	}
	want := make([]string, len(reqs))
	for i, r := range reqs {
		code, body, err := get(r)
		if err != nil || code != 200 {
			t.Fatalf("%s before the load: %d %v %s", r.name, code, err, body)
		}
		want[i] = body
	}

	// The load: synthetic documents replaced one by one, twice each, while
	// the requests run.
	const docs = 12
	loadDone := make(chan error, 1)
	go func() {
		for round := 0; round < 2; round++ {
			for i := 0; i < docs; i++ {
				sa := synthetic(i)
				if _, err := s.replaceDocument(ctx, quad.IRI(sa.Document.IRI), graph.ArticleQuads(sa)); err != nil {
					loadDone <- err
					return
				}
			}
		}
		loadDone <- nil
	}()

	const workers, each = 6, 8
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := 0; k < each; k++ {
				i := (w + k) % len(reqs)
				code, body, err := get(reqs[i])
				switch {
				case err != nil:
					errs <- fmt.Errorf("%s: %v", reqs[i].name, err)
				case code != 200:
					errs <- fmt.Errorf("%s: status %d: %.200s", reqs[i].name, code, body)
				case body != want[i]:
					errs <- fmt.Errorf("%s: the answer changed during the load:\n got %.300s\nwant %.300s", reqs[i].name, body, want[i])
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if err := <-loadDone; err != nil {
		t.Fatalf("load: %v", err)
	}
	t.Logf("%d requests during a load of %d documents in %s", workers*each, 2*docs, time.Since(start).Round(time.Millisecond))

	// Everything loaded is there, and the example's answers are unchanged.
	code, body, err := get(req{"documents", "GET", "/api/queries/documents", ""})
	if err != nil || code != 200 || strings.Count(body, "doc/synthetic-") != docs {
		t.Fatalf("documents after the load: %d %v, %d synthetic", code, err, strings.Count(body, "doc/synthetic-"))
	}

	// A request in flight when the shutdown starts still gets its answer.
	slow := make(chan string, 1)
	go func() {
		_, b, err := get(req{"slow", "POST", "/api/v2/query?lang=gizmo", "var t = Date.now(); while (Date.now() - t < 400) {} g.emit(42)"})
		if err != nil {
			b = err.Error()
		}
		slow <- b
	}()
	for deadline := time.Now().Add(5 * time.Second); len(s.slots) == 0 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the server did not shut down")
	}
	if b := <-slow; !bytes.Equal([]byte(strings.TrimSpace(b)), []byte(`{"result":[42]}`)) {
		t.Errorf("the request in flight at shutdown got %q", b)
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("the server still accepts connections after shutdown")
	}
	tr.CloseIdleConnections()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if after := settledGoroutines(before, 5*time.Second); after > before {
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		t.Fatalf("%d goroutines before, %d after shutdown:\n%s", before, after, buf)
	}
}
