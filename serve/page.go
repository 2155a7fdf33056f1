package serve

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// web holds the page's assets: plain HTML, CSS and JavaScript written for
// eventgraph, no library and nothing fetched from elsewhere.
//
//go:embed web
var web embed.FS

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

// page serves the embedded assets; / is index.html.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	b, err := fs.ReadFile(web, "web/"+name)
	if err != nil || strings.HasPrefix(name, ".") {
		writeError(w, http.StatusNotFound, "no such page: "+r.URL.Path)
		return
	}
	ct := contentTypes[path.Ext(name)]
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(b)
}
