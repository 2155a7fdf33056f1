package graph

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/cayleygraph/quad"
)

// scanNQuads calls fn with every quad of r, in file order, with its line
// number and the length of its line. Any malformed line stops it with an
// error naming the file and the line; fn has then seen every quad before
// that line. Lines are parsed by several goroutines, a chunk of lines
// each, while fn runs in the caller's: reading a file costs about one
// core's parsing divided by the cores, plus fn.
func scanNQuads(path string, r io.Reader, fn func(line int, q quad.Quad, size int) error) error {
	workers := min(runtime.GOMAXPROCS(0), 4)
	work := make(chan *scanChunk, workers)
	order := make(chan *scanChunk, 2*workers)
	quit := make(chan struct{})
	defer close(quit)
	go readChunks(path, r, work, order, quit)
	for range workers {
		go func() {
			for c := range work {
				c.parse(path)
			}
		}()
	}
	for c := range order {
		<-c.done
		for i, q := range c.quads {
			if err := fn(c.lines[i], q, c.sizes[i]); err != nil {
				return err
			}
		}
		if c.err != nil {
			return c.err
		}
	}
	return nil
}

// scanChunkLines is how many lines a parsing goroutine takes at a time.
const scanChunkLines = 2048

// scanChunk is a run of lines of a file: read by readChunks, parsed by a
// worker (which closes done), handed on in order by scanNQuads.
type scanChunk struct {
	text  []string // the lines, trimmed, without blanks and comments
	lines []int    // their line numbers
	quads []quad.Quad
	sizes []int
	err   error // the first malformed line, or the reader's error
	done  chan struct{}
}

// readChunks reads r into chunks, sending each to the workers (work) and,
// in file order, to the caller (order), until r ends or quit is closed. It
// closes both channels when it stops.
func readChunks(path string, r io.Reader, work, order chan<- *scanChunk, quit <-chan struct{}) {
	defer close(order)
	defer close(work)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n := 0
	c := &scanChunk{done: make(chan struct{})}
	send := func(last bool) bool {
		if len(c.text) == 0 && c.err == nil {
			return true
		}
		select {
		case order <- c:
		case <-quit:
			return false
		}
		select {
		case work <- c:
		case <-quit:
			return false
		}
		if !last {
			c = &scanChunk{done: make(chan struct{})}
		}
		return true
	}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		c.text = append(c.text, line)
		c.lines = append(c.lines, n)
		if len(c.text) == scanChunkLines && !send(false) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		c.err = fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	send(true)
}

// parse parses c's lines, stopping at the first malformed one, and closes
// c.done. An error the reader set (after the lines) stays.
func (c *scanChunk) parse(path string) {
	defer close(c.done)
	c.quads = make([]quad.Quad, 0, len(c.text))
	c.sizes = make([]int, 0, len(c.text))
	for i, line := range c.text {
		q, err := ParseQuad(line)
		if err != nil {
			c.err = fmt.Errorf("%s:%d: malformed N-Quads: %w", path, c.lines[i], unwrapParse(err))
			return
		}
		if !q.IsValid() {
			c.err = fmt.Errorf("%s:%d: malformed N-Quads: incomplete quad", path, c.lines[i])
			return
		}
		if IsRegistry(q.Label) {
			c.err = fmt.Errorf("%s:%d: %w", path, c.lines[i], errRegistryLabel)
			return
		}
		c.quads = append(c.quads, q)
		c.sizes = append(c.sizes, len(line))
	}
	c.text = nil
}
