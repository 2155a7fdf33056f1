package serve

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// Gizmo runs on goja inside this process. goja has no I/O of its own and
// eventgraph exposes none to scripts (no require, no console, no file or
// network access), so a script can only read the graph. What it can do is
// use CPU and memory: the query timeout and the row cap bound most of
// that, but a few built-ins allocate at once, in Go, without giving goja a
// chance to stop them ("x".repeat(1e12) or new Uint8Array(1e12) would end
// the process). jsGuard, run before every script, removes the binary-data
// built-ins (Gizmo has no use for them) and puts size checks in front of
// the built-ins whose result size a script picks; memoryGuard stops the
// running queries when the heap grows past MaxMemory anyway.

// Bounds the guard puts on built-ins.
const (
	guardMaxString = 1 << 24 // characters of a string a built-in builds
	guardMaxArray  = 1 << 22 // elements of an array a built-in walks
)

// jsGuard is one line (so that the line numbers of the script after it
// shift by exactly one). Its wrappers are not writable or configurable and
// keep the originals in a closure, out of the script's reach.
var jsGuard = strings.Join(strings.Fields(`(function (G) {
var MS = `+strconv.Itoa(guardMaxString)+`, MA = `+strconv.Itoa(guardMaxArray)+`;
var RE = RangeError, SP = String.prototype, AP = Array.prototype, FP = Function.prototype, A = Array, O = Object;
function lim(n, what) { if (n > MA) throw new RE(what + ": over " + MA + " elements (eventgraph's limit)"); }
function slim(n, what) { if (n > MS) throw new RE(what + ": over " + MS + " characters (eventgraph's limit)"); }
function len(o) { return o === null || o === undefined ? 0 : (Number(o.length) >>> 0); }
function fix(o, n, f) { O.defineProperty(o, n, { value: f, writable: false, configurable: false, enumerable: false }); }
["ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
 "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
 "WebAssembly", "Atomics", "Proxy"].forEach(function (n) { try { delete G[n]; } catch (e) {} if (G[n] !== undefined) { G[n] = undefined; } });
var rep = SP.repeat; fix(SP, "repeat", function (n) { var s = String(this); slim(s.length * Math.max(0, Math.floor(Number(n) || 0)), "repeat"); return rep.call(s, n); });
["padStart", "padEnd"].forEach(function (m) { var f = SP[m]; fix(SP, m, function (n, p) { slim(Number(n) || 0, m); return f.call(this, n, p); }); });
var join = AP.join; fix(AP, "join", function (sep) { var n = len(this); lim(n, "join");
 var sl = sep === undefined ? 1 : String(sep).length, t = n * sl; slim(t, "join");
 for (var i = 0; i < n; i++) { var x = this[i]; if (typeof x === "string") { t += x.length; slim(t, "join"); } }
 return join.call(this, sep); });
["map", "filter", "forEach", "fill", "slice", "splice", "concat", "reverse", "sort", "indexOf", "lastIndexOf",
 "every", "some", "reduce", "reduceRight", "find", "findIndex", "findLast", "findLastIndex", "includes", "flat",
 "flatMap", "copyWithin", "keys", "values", "entries", "toString", "toLocaleString", "at", "push", "unshift",
 "toReversed", "toSorted", "toSpliced", "with"].forEach(function (m) {
 var f = AP[m]; if (typeof f !== "function") return;
 fix(AP, m, function () { lim(len(this), m); if (m === "concat") { for (var i = 0; i < arguments.length; i++) lim(len(arguments[i]), m); } return f.apply(this, arguments); }); });
var from = A.from; fix(A, "from", function (x) { lim(len(x), "Array.from"); return from.apply(A, arguments); });
var apply = FP.apply; fix(FP, "apply", function (t, args) { lim(len(args), "apply"); return apply.call(this, t, args); });
if (typeof Reflect !== "undefined") { var rap = Reflect.apply, rco = Reflect.construct;
 fix(Reflect, "apply", function (f, t, args) { lim(len(args), "Reflect.apply"); return rap(f, t, args); });
 fix(Reflect, "construct", function (f, args, nt) { lim(len(args), "Reflect.construct"); return arguments.length > 2 ? rco(f, args, nt) : rco(f, args); }); }
var str = JSON.stringify; fix(JSON, "stringify", function (v) { var seen = 0;
 (function walk(x, d) { if (x === null || typeof x !== "object" || d > 64) return; var n = len(x); seen += n; lim(seen, "JSON.stringify");
  if (A.isArray(x)) { for (var i = 0; i < n; i++) walk(x[i], d + 1); } else { var ks = O.keys(x); seen += ks.length; lim(seen, "JSON.stringify"); for (var j = 0; j < ks.length; j++) walk(x[ks[j]], d + 1); } })(v, 0);
 return str.apply(JSON, arguments); });
})(this);`), " ")

// guardedExec runs Gizmo scripts on the store behind jsGuard, registered
// with the memory guard. It is the queries.Executor of every query the
// server runs.
type guardedExec struct {
	store   *graph.Store
	running *runningSet
	rlock   func() (unlock func())
}

// Gizmo implements queries.Executor.
func (g *guardedExec) Gizmo(ctx context.Context, script string, limit int) ([]any, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	id := g.running.add(cancel)
	defer func() {
		g.running.remove(id)
		cancel(nil)
	}()
	unlock := g.rlock()
	rows, err := g.store.Gizmo(ctx, jsGuard+"\n"+script, limit)
	unlock()
	if err != nil {
		if cause := context.Cause(ctx); ctx.Err() != nil && cause != nil && !errors.Is(cause, context.Canceled) && !errors.Is(cause, context.DeadlineExceeded) {
			return nil, fmt.Errorf("gizmo: %w", cause)
		}
		return nil, shiftLines(err, 1)
	}
	return rows, nil
}

var reLine = regexp.MustCompile(`Line (\d+):(\d+)`)

// shiftLines makes the line numbers in a script error count from the
// user's first line, not from the code put before it.
func shiftLines(err error, by int) error {
	msg := err.Error()
	if by == 0 || !reLine.MatchString(msg) {
		return err
	}
	out := reLine.ReplaceAllStringFunc(msg, func(m string) string {
		p := reLine.FindStringSubmatch(m)
		n, _ := strconv.Atoi(p[1])
		if n <= by {
			return "Line " + p[1] + ":" + p[2] + " (eventgraph's code before the script)"
		}
		return "Line " + strconv.Itoa(n-by) + ":" + p[2]
	})
	return &shiftedError{msg: out, err: err}
}

type shiftedError struct {
	msg string
	err error
}

func (e *shiftedError) Error() string { return e.msg }
func (e *shiftedError) Unwrap() error { return e.err }

// runningSet is the queries running now, so that the memory guard can stop
// them.
type runningSet struct {
	mu   sync.Mutex
	next int
	m    map[int]context.CancelCauseFunc
}

func newRunningSet() *runningSet { return &runningSet{m: make(map[int]context.CancelCauseFunc)} }

func (r *runningSet) add(c context.CancelCauseFunc) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.next++
	r.m[r.next] = c
	return r.next
}

func (r *runningSet) remove(id int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.m, id)
}

func (r *runningSet) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.m)
}

// stopAll stops every running query with cause; it returns how many.
func (r *runningSet) stopAll(cause error) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.m {
		c(cause)
	}
	return len(r.m)
}

// errMemory stops the running queries when the heap is over MaxMemory.
type errMemory struct{ limit int64 }

func (e errMemory) Error() string {
	return fmt.Sprintf("query stopped: the server's memory use grew by more than %d MiB (--max-memory); ask for less", e.limit>>20)
}

// memoryGuard samples the heap every interval until ctx ends and stops
// the running queries while the heap is more than MaxMemory over its size
// when no query ran (a memory store's graph lives in the heap too).
func (s *Server) memoryGuard(ctx context.Context, interval time.Duration) {
	if s.cfg.MaxMemory < 0 {
		return
	}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	t := time.NewTicker(interval)
	defer t.Stop()
	var base uint64
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		heap := sample[0].Value.Uint64()
		if s.running.count() == 0 || heap < base {
			base = heap
			continue
		}
		if heap-base > uint64(s.cfg.MaxMemory) {
			// Garbage counts too until a collection: collect, then look again.
			runtime.GC()
			metrics.Read(sample)
			if heap = sample[0].Value.Uint64(); heap < base || heap-base <= uint64(s.cfg.MaxMemory) {
				continue
			}
			if n := s.running.stopAll(errMemory{s.cfg.MaxMemory}); n > 0 {
				s.cfg.Log.Warn("memory over the limit: stopped the running queries", "heap", heap, "idle", base, "limit", s.cfg.MaxMemory, "queries", n)
			}
			// Count from here: what the stopped queries hold is freed as
			// they unwind, and queries that start meanwhile are not to blame.
			base = heap
		}
	}
}
