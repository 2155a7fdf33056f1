package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
)

// TestMain lets the test binary stand in for eventgraph in a subprocess:
// with EVENTGRAPH_TEST_CLI=1 it runs the command line; with
// EVENTGRAPH_TEST_HOLD=DIR it opens the store DIR and holds it.
func TestMain(m *testing.M) {
	if os.Getenv("EVENTGRAPH_TEST_CLI") == "1" { // as main does
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	if dir := os.Getenv("EVENTGRAPH_TEST_HOLD"); dir != "" {
		s, err := graph.Open(context.Background(), dir)
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("held")
		time.Sleep(time.Minute)
		s.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func subprocess(t *testing.T, env string, args ...string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := exec.Command(self, args...)
	c.Env = append(os.Environ(), env)
	return c
}

// writeArticles writes n small articles, each its own document.
func writeArticles(t *testing.T, dir string, n int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		text := fmt.Sprintf("date %s Foreign Minister Anna Berg%d of Norway met her Danish counterpart Lars Holm%d in Oslo on Monday, the ministry said.\n\n"+
			"The two ministers will meet again next month, Reuters reported.\n", day.Format("2006-01-02"), i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLoadKilledMidway kills a load with SIGKILL part-way: the store must
// open and answer, hold only whole documents, and a second run of the
// same load must complete it with no duplicates.
func TestLoadKilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	dir := t.TempDir()
	arts := filepath.Join(dir, "articles")
	writeArticles(t, arts, 150)
	db := filepath.Join(dir, "store")

	c := subprocess(t, "EVENTGRAPH_TEST_CLI=1", "load", "--db", db, arts)
	stderr, err := c.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	loaded := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "loaded ") {
			loaded++
		}
		if loaded == 20 {
			break
		}
	}
	if err := c.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = c.Wait()
	if loaded < 20 {
		t.Fatalf("the load ended before it could be killed (%d files)", loaded)
	}

	ctx := context.Background()
	s, err := graph.OpenExisting(ctx, db)
	if err != nil {
		t.Fatalf("the store does not open after SIGKILL: %v", err)
	}
	set, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := set.Run(ctx, s, "documents", nil, 0)
	if err != nil {
		t.Fatalf("the store does not answer after SIGKILL: %v", err)
	}
	if len(docs) < 20 || len(docs) >= 150 {
		t.Fatalf("after the kill the store has %d documents; want part of the 150", len(docs))
	}
	// Every document in the store is whole.
	r, err := newArticleReader("", graph.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		id := d.(map[string]any)["id"].(string)
		src := d.(map[string]any)["source"].(string)
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		a, err := r.ReadArticle(ctx, src, b)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.DocumentQuads(ctx, quad.IRI(id))
		if err != nil {
			t.Fatal(err)
		}
		if want := len(graph.ArticleQuads(a)); len(got) != want {
			t.Fatalf("%s has %d of its %d quads after the kill", id, len(got), want)
		}
	}
	s.Close()

	// Running the same load again completes it, with no duplicates.
	mustEG(t, "load", "--db", db, "-q", arts)
	clean := filepath.Join(dir, "clean")
	mustEG(t, "load", "--db", clean, "-q", arts)
	if a, b := mustEG(t, "export", "--db", db), mustEG(t, "export", "--db", clean); a != b {
		t.Fatal("the resumed load differs from a clean one")
	}
	if n := strings.Count(mustEG(t, "query", "--db", db, "documents"), `"id": "`+schema.NSData+"doc/"); n != 150 {
		t.Fatalf("after the second run the store has %d documents, want 150", n)
	}
}

// TestStoreHeldByAnotherProcess: a second process on an embedded store
// fails within a couple of seconds and says why (Cayley's bolt backend
// would wait forever).
func TestStoreHeldByAnotherProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	db := filepath.Join(t.TempDir(), "store")
	holder := subprocess(t, "EVENTGRAPH_TEST_HOLD="+db)
	out, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = holder.Process.Kill(); _ = holder.Wait() }()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "held" {
		t.Fatalf("holder: %q", line)
	}
	start := time.Now()
	_, errs, code := eg(t, "load", "--db", db, example)
	if code != 1 || !strings.Contains(errs, "in use by another process") || !strings.Contains(errs, fmt.Sprint(holder.Process.Pid)) {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("refusing took %s", d)
	}
}

// TestServeStopsOnSIGTERM starts `eventgraph serve` as a process, asks it
// something, sends SIGTERM and expects a clean exit with the port closed.
func TestServeStopsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	db := filepath.Join(t.TempDir(), "store")
	mustEG(t, "load", "-q", "--db", db, example)
	c := subprocess(t, "EVENTGRAPH_TEST_CLI=1", "serve", "--db", db, "--addr", "127.0.0.1:0")
	stderr, err := c.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = c.Process.Kill() }()
	line, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve said nothing: %v", err)
	}
	i := strings.Index(line, "http://")
	if i < 0 {
		t.Fatalf("serve: %q", line)
	}
	base := strings.TrimSuffix(strings.Fields(line[i:])[0], "/")
	resp, err := http.Get(base + "/api/queries/who-met-whom?actor=Lavrov")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Marco Rubio") {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if err := c.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve did not exit cleanly on SIGTERM: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve still running 20 s after SIGTERM")
	}
	if _, err := http.Get(base + "/api/health"); err == nil {
		t.Fatal("the port still answers after shutdown")
	}
}
