// Package queries holds eventgraph's stored Gizmo queries, one .js file
// each, embedded. Every file starts with a header comment: the first line
// "// NAME: what it answers", then one "// param NAME (required|optional):
// meaning" line per parameter. Parameters reach a script as the JSON object
// P, declared before it; they are never spliced into the script's text.
// prelude.js, prepended to every script, names the vocabulary and holds the
// helpers the queries share.
package queries

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.js
var files embed.FS

// Param is one parameter of a stored query.
type Param struct {
	Name     string `json:"name"`
	Required bool   `json:"required"`
	Doc      string `json:"doc"`
}

// Query is one stored query.
type Query struct {
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Params      []Param `json:"params"`
	Body        string  `json:"-"`
}

// Set is the stored queries and their shared prelude.
type Set struct {
	byName  map[string]Query
	prelude string
}

const preludeFile = "prelude.js"

var (
	reTitle = regexp.MustCompile(`^//\s*([a-z][a-z0-9-]*):\s*(.+)$`)
	reParam = regexp.MustCompile(`^//\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*\((required|optional)\):\s*(.+)$`)
)

// Load reads the embedded stored queries.
func Load() (*Set, error) { return LoadFS(files) }

// LoadFS reads stored queries from the .js files at the root of fsys.
func LoadFS(fsys fs.FS) (*Set, error) {
	s := &Set{byName: make(map[string]Query)}
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, fmt.Errorf("list stored queries: %w", err)
	}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("read stored query %s: %w", n, err)
		}
		if n == preludeFile {
			s.prelude = string(b)
			continue
		}
		q, err := Parse(strings.TrimSuffix(n, ".js"), string(b))
		if err != nil {
			return nil, fmt.Errorf("stored query %s: %w", n, err)
		}
		s.byName[q.Name] = q
	}
	return s, nil
}

// Parse reads a query file's header; name is its file name without .js,
// which the header's first line must repeat.
func Parse(name, text string) (Query, error) {
	q := Query{Name: name, Body: text}
	lines := strings.Split(text, "\n")
	if len(lines) == 0 {
		return q, fmt.Errorf("empty")
	}
	m := reTitle.FindStringSubmatch(strings.TrimSpace(lines[0]))
	if m == nil || m[1] != name {
		return q, fmt.Errorf(`line 1: want the header "// %s: what it answers"`, name)
	}
	q.Description = strings.TrimSpace(m[2])
	for i, l := range lines[1:] {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "//") {
			break
		}
		if strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(l, "//")), "param") {
			pm := reParam.FindStringSubmatch(l)
			if pm == nil {
				return q, fmt.Errorf(`line %d: want "// param NAME (required|optional): meaning"`, i+2)
			}
			q.Params = append(q.Params, Param{Name: pm[1], Required: pm[2] == "required", Doc: strings.TrimSpace(pm[3])})
		}
	}
	return q, nil
}

// List returns the stored queries by name.
func (s *Set) List() []Query {
	out := make([]Query, 0, len(s.byName))
	for _, q := range s.byName {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the stored query name.
func (s *Set) Get(name string) (Query, bool) {
	q, ok := s.byName[name]
	return q, ok
}

// Prelude is the shared prelude's source.
func (s *Set) Prelude() string { return s.prelude }

// Script builds the runnable script of a stored query: the parameters as
// JSON, the prelude, the query. It fails on an unknown parameter or a
// missing required one.
func (s *Set) Script(q Query, params map[string]string) (string, error) {
	known := make(map[string]bool, len(q.Params))
	for _, p := range q.Params {
		known[p.Name] = true
		if p.Required && strings.TrimSpace(params[p.Name]) == "" {
			return "", fmt.Errorf("query %s: missing required parameter %q (%s)", q.Name, p.Name, p.Doc)
		}
	}
	var unknown []string
	for k := range params {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		var names []string
		for _, p := range q.Params {
			names = append(names, p.Name)
		}
		return "", fmt.Errorf("query %s: unknown parameter %q (it takes: %s)", q.Name, unknown[0], strings.Join(names, ", "))
	}
	return s.UserScript(q.Body, params)
}

// UserScript builds a runnable script from a script of the user's own: the
// parameters as JSON, the prelude, the script.
func (s *Set) UserScript(body string, params map[string]string) (string, error) {
	p := make(map[string]string, len(params))
	for k, v := range params {
		p[k] = v
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("encode parameters: %w", err)
	}
	return "var P = " + string(b) + ";\n" + s.prelude + "\n" + body, nil
}

// ScriptLines is how many lines UserScript puts before the user's first
// line, so errors can name the user's own line numbers.
func (s *Set) ScriptLines() int { return 1 + strings.Count(s.prelude, "\n") + 1 }

var reLine = regexp.MustCompile(`\bLine (\d+):(\d+)`)

// UserLines rewrites goja's "Line N:M" in an error message about a script
// built by UserScript into the line of the user's own file, named file.
func (s *Set) UserLines(file, msg string) string {
	off := s.ScriptLines()
	return reLine.ReplaceAllStringFunc(msg, func(m string) string {
		sm := reLine.FindStringSubmatch(m)
		n, _ := strconv.Atoi(sm[1])
		if n <= off {
			return "prelude line " + strconv.Itoa(n-1) + ":" + sm[2]
		}
		return file + ":" + strconv.Itoa(n-off) + ":" + sm[2]
	})
}

// ParseParams reads "key=value" pairs (the --param flag) into a map.
func ParseParams(kvs []string) (map[string]string, error) {
	out := make(map[string]string, len(kvs))
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, fmt.Errorf("parameter %q: want key=value", kv)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("parameter %q given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

// Executor runs Gizmo scripts; *graph.Store is one.
type Executor interface {
	Gizmo(ctx context.Context, script string, limit int) ([]any, error)
}

// Run runs the stored query name with params on ex. limit caps the rows (0:
// the executor's default).
func (s *Set) Run(ctx context.Context, ex Executor, name string, params map[string]string, limit int) ([]any, error) {
	q, ok := s.Get(name)
	if !ok {
		return nil, fmt.Errorf("no stored query %q (see `eventgraph queries`)", name)
	}
	script, err := s.Script(q, params)
	if err != nil {
		return nil, err
	}
	rows, err := ex.Gizmo(ctx, script, limit)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	return rows, nil
}
