// Package data embeds eventgraph's world knowledge: the lexicon files the
// extractor reads (countries, demonyms, cities, titles, news outlets, trigger
// words, date words). Nothing about the world is written in Go code.
package data

import (
	"embed"
	"io/fs"
)

//go:embed lexicon
var lexicon embed.FS

// Lexicon is the embedded lexicon folder; its files are at its root
// ("countries.tsv", ...).
func Lexicon() fs.FS {
	sub, err := fs.Sub(lexicon, "lexicon")
	if err != nil { // cannot happen: the folder is embedded
		panic(err)
	}
	return sub
}
