package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// tableColumns are the columns `query --format table` shows first, in this
// order, when rows have them; other scalar columns follow by name.
var tableColumns = []string{"date", "a", "b", "type", "status", "place", "name", "label", "claimant", "text"}

// writeTable prints query rows for reading: one line per row, objects shown
// by their name, lists by their names joined. Rows that are not objects are
// printed as JSON, one per line.
func writeTable(w io.Writer, rows []any) error {
	var cols []string
	seen := map[string]bool{}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			continue
		}
		for k, v := range m {
			if !seen[k] && showable(v) {
				seen[k] = true
			}
		}
	}
	if seen["a"] && seen["b"] {
		delete(seen, "label") // a pair row names its participants already
	}
	for _, c := range tableColumns {
		if seen[c] {
			cols = append(cols, c)
			delete(seen, c)
		}
	}
	var rest []string
	for c := range seen {
		if c != "id" && c != "event" && c != "about" && c != "evidence" && c != "documents" && c != "claims" && c != "begin" && c != "end" {
			rest = append(rest, c)
		}
	}
	sort.Strings(rest)
	cols = append(cols, rest...)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if len(cols) > 0 {
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			b, err := json.Marshal(r)
			if err != nil {
				return err
			}
			fmt.Fprintln(tw, string(b))
			continue
		}
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = cell(m[c])
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func showable(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		_, name := x["name"]
		_, title := x["title"]
		return name || title
	case []any:
		for _, e := range x {
			if !showable(e) {
				return false
			}
		}
		return true
	}
	return true
}

func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return "-"
	case string:
		s := strings.ReplaceAll(x, "\t", " ")
		s = strings.ReplaceAll(s, "\n", " ")
		if len(s) > 80 {
			s = s[:77] + "..."
		}
		return s
	case map[string]any:
		if n, ok := x["name"]; ok {
			return cell(n)
		}
		if title, ok := x["title"].(string); ok { // a role
			if of, ok := x["of"].(map[string]any); ok {
				return title + " of " + cell(of["name"])
			}
			return title
		}
		return "-"
	case []any:
		var parts []string
		for _, e := range x {
			parts = append(parts, cell(e))
		}
		if len(parts) == 0 {
			return "-"
		}
		return strings.Join(parts, ", ")
	case float64:
		return fmt.Sprint(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
