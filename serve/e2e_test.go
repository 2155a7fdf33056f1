package serve

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium or Chrome to drive: $EVENTGRAPH_CHROMIUM, then
// the usual names. Without one the test skips, or fails when $CI is set.
func chromium(t *testing.T) string {
	t.Helper()
	cands := []string{os.Getenv("EVENTGRAPH_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}
	for _, c := range cands {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	msg := "no Chromium found (install chromium or set EVENTGRAPH_CHROMIUM); the browser test did not run"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// startServer serves the example article on a free loopback port until
// the test ends, with Config.PageAllMax pageAllMax.
func startServer(t *testing.T, pageAllMax int64) string {
	t.Helper()
	s, err := New(Config{Store: testStore(t), Addr: "127.0.0.1:0", PageAllMax: pageAllMax})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String() + "/"
}

func TestPageInBrowser(t *testing.T) {
	exe := chromium(t)
	url := startServer(t, 0)
	// The same store, as if it were large: the page opens on its latest
	// months with events.
	urlLarge := startServer(t, 10)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1440, 1000),
		chromedp.UserDataDir(t.TempDir()),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	// Start the browser with no timeout (a timeout here would stop it), then
	// give the steps a deadline.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	ctx, cancelSteps := context.WithTimeout(ctx, 90*time.Second)
	defer cancelSteps()

	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(what, js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	wait := func(what, js string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("wait for %s: %v", what, err)
		}
	}
	shot := func(name string) string {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		path := filepath.Join(t.TempDir(), name)
		if dir := os.Getenv("EVENTGRAPH_SCREENSHOTS"); dir != "" {
			path = filepath.Join(dir, name)
		}
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s (%d bytes)", path, len(png))
		return path
	}

	// The page shows the example article's six events, one of them undated.
	step("open the page", chromedp.Navigate(url))
	wait("the timeline", `document.body.dataset.ready === "1"`)
	if n := eval("count events", `String(document.querySelectorAll("#chart svg .event").length)`); n != "6" {
		t.Fatalf("the chart shows %s events, want 6", n)
	}
	for _, st := range []string{"happened", "planned", "postponed"} {
		if n := eval("count "+st, fmt.Sprintf(`String(document.querySelectorAll('#chart .event[data-status=%q]').length)`, st)); n == "0" {
			t.Errorf("no %s event drawn", st)
		}
	}
	// The week-long summit is drawn as a span, not a dot.
	if n := eval("week span", `String(document.querySelectorAll('#chart .event[data-kind="summit"] rect.mark').length)`); n == "0" {
		t.Error("the summit of week 44 is not drawn as a span")
	}
	if rows := eval("table rows", `String(document.querySelectorAll("#events tbody tr").length)`); rows != "6" {
		t.Errorf("the table has %s rows", rows)
	}
	if txt := eval("lanes", `Array.from(document.querySelectorAll("#chart .lane-name")).map(function (n) { return n.textContent }).join("|")`); !strings.Contains(txt, "Sergey Lavrov") || !strings.Contains(txt, "Donald Trump") {
		t.Errorf("lanes: %s", txt)
	}

	// A click on the Lavrov–Rubio call shows its participants and evidence.
	call := `#chart .event[data-id="https://w3id.org/eventgraph/event/2025-10-20/call/marco-rubio--sergey-lavrov"]`
	step("click the call", chromedp.Click(chromedp.CSS(call+" .mark"), chromedp.NodeVisible))
	wait("the details", `!!document.querySelector("#details blockquote.evidence")`)
	details := eval("details", `document.getElementById("details").textContent`)
	for _, want := range []string{"Call: Sergey Lavrov and Marco Rubio", "Marco Rubio", "Sergey Lavrov", "Evidence", "On October 20, a phone conversation was held", "Oct 20, 2025"} {
		if !strings.Contains(details, want) {
			t.Errorf("the details lack %q:\n%s", want, details)
		}
	}
	// The postponed meeting shows the claim about it.
	step("click the postponed meeting", chromedp.Click(chromedp.CSS(`#events tbody tr[data-id$="/4/meeting/marco-rubio--sergey-lavrov"]`), chromedp.NodeVisible))
	wait("the claim", `document.getElementById("details").innerText.indexOf("postponed indefinitely") >= 0`)
	if !strings.Contains(eval("details", `document.getElementById("details").innerText`), "CNN") {
		t.Error("the postponed meeting's claim does not name CNN")
	}
	step("select the call again", chromedp.Click(chromedp.CSS(call+" .mark"), chromedp.NodeVisible))
	wait("the call's details", `document.querySelector("#details h3").textContent.indexOf("Call") === 0`)
	timelineShot := shot("timeline.png")

	// The actor filter narrows the timeline.
	step("filter by Rubio", chromedp.SetValue(chromedp.CSS("#f-actor"), "https://w3id.org/eventgraph/id/marco-rubio"))
	eval("apply", `document.getElementById("f-actor").dispatchEvent(new Event("change")), ""`)
	wait("the filtered timeline", `document.querySelectorAll("#chart svg .event").length === 2`)
	step("reset", chromedp.Click(chromedp.CSS("#f-reset")))
	wait("all events again", `document.querySelectorAll("#chart svg .event").length === 6`)

	// Who met whom.
	step("open who met whom", chromedp.Click(chromedp.CSS("#tab-matrix")))
	wait("the matrix", `document.querySelectorAll("#matrix .cell:not(.empty)").length > 0`)
	step("click a cell", chromedp.Click(chromedp.CSS("#matrix .cell:not(.empty) rect"), chromedp.NodeVisible))
	wait("the pair's contacts", `document.querySelectorAll("#pair ul.contacts li").length > 0`)
	shot("matrix.png")

	// The console runs a stored query with its parameters filled in.
	step("open the console", chromedp.Click(chromedp.CSS("#tab-console")))
	wait("the stored queries", `document.querySelectorAll("#q-name option").length >= 5`)
	step("pick the actor query", chromedp.SetValue(chromedp.CSS("#q-name"), "actor"))
	eval("change", `document.getElementById("q-name").dispatchEvent(new Event("change")), ""`)
	if v := eval("filled parameter", `document.querySelector("#q-params input[name=actor]").value`); v == "" {
		t.Error("the console did not fill the required parameter actor")
	}
	step("set the actor", chromedp.SetValue(chromedp.CSS(`#q-params input[name=actor]`), "Lavrov"))
	step("run", chromedp.Click(chromedp.CSS("#q-run")))
	wait("the result", `document.getElementById("q-status").textContent.indexOf("OK") >= 0`)
	out := eval("result", `document.getElementById("q-out").textContent`)
	if !strings.Contains(out, `"name": "Sergey Lavrov"`) || !strings.Contains(out, `"result"`) {
		t.Errorf("the console shows:\n%.500s", out)
	}
	// A script of one's own, with the prelude.
	step("write a script", chromedp.SetValue(chromedp.CSS("#s-script"), `g.emit(ofType(T.Event).length)`))
	eval("prelude", `document.getElementById("s-prelude").checked = true, ""`)
	step("run the script", chromedp.Click(chromedp.CSS("#s-run")))
	wait("the script's result", `document.getElementById("q-out").textContent.replace(/\s/g, "") === '{"result":[6]}'`)
	step("run the stored query again", chromedp.Click(chromedp.CSS("#q-run")))
	wait("the result", `document.getElementById("q-out").textContent.indexOf("Sergey Lavrov") >= 0`)
	shot("console.png")

	if v := eval("CSP violations", `JSON.stringify(window.egViolations || [])`); v != "[]" {
		t.Errorf("the page broke its Content-Security-Policy: %s", v)
	}

	// A store over --page-all-max opens on its latest months with events:
	// the dated events (August to November 2025, the summit of week 44
	// reaching into November), not the undated one; Reset shows all.
	step("open the page of a large store", chromedp.Navigate(urlLarge))
	wait("the timeline", `document.body.dataset.ready === "1"`)
	from, to := eval("from", `document.getElementById("f-from").value`), eval("to", `document.getElementById("f-to").value`)
	if from != "2025-08" || to != "2025-11" {
		t.Errorf("a large store opens on %s to %s, want 2025-08 to 2025-11", from, to)
	}
	if n := eval("count events", `String(document.querySelectorAll("#chart svg .event").length)`); n != "5" {
		t.Errorf("a large store opens with %s events, want the 5 dated ones", n)
	}
	if msg := eval("message", `document.getElementById("f-msg").textContent`); !strings.Contains(msg, "latest months with events") {
		t.Errorf("the page does not say it shows the latest months: %q", msg)
	}
	// Its actor filter lists the actors of the months shown, without
	// asking for every actor of the store.
	groups := eval("actor groups", `Array.from(document.querySelectorAll("#f-actor optgroup")).map(function (g) { return g.label }).join("|")`)
	if !strings.Contains(groups, "People in these months") {
		t.Errorf("the actor filter of a large store: groups %q", groups)
	}
	if opt := eval("an actor", `Array.from(document.querySelectorAll("#f-actor option")).map(function (o) { return o.textContent }).join("|")`); !strings.Contains(opt, "Sergey Lavrov (1)") {
		t.Errorf("the actor filter of a large store lacks Sergey Lavrov with his one dated event: %s", opt)
	}
	step("reset", chromedp.Click(chromedp.CSS("#f-reset")))
	wait("all events", `document.querySelectorAll("#chart svg .event").length === 6`)
	t.Logf("timeline screenshot: %s", timelineShot)
}
