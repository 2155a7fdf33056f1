// Package graph is eventgraph's storage: it opens a Cayley quad store (an
// embedded bolt or leveldb directory, memory, or PostgreSQL), turns schema
// values into quads, replaces a document's quads in one transaction, loads
// articles and N-Quads files, runs Gizmo scripts and exports the store.
package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"       // the default embedded backend
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"    // an alternative embedded backend
	_ "github.com/cayleygraph/cayley/graph/memstore"      // memory
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // CockroachDB, over the PostgreSQL protocol
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// EnvDB is the environment variable that names the default store.
const EnvDB = "EVENTGRAPH_DB"

// DefaultPath is the default store: an embedded bolt store in this
// directory of the working directory.
const DefaultPath = "eventgraph.db"

// lockFile is the file in an embedded store's directory that one process at
// a time holds. Cayley's bolt backend blocks forever on a second opener, so
// eventgraph takes this lock first, without waiting, and reports who holds it.
const lockFile = "eventgraph.lock"

// ErrLocked is returned (wrapped) when another process holds the store.
var ErrLocked = errors.New("store is in use by another process")

// Spec says which backend a store uses and where it is.
type Spec struct {
	Backend string // "bolt", "leveldb", "memory" or "postgres"
	Address string // a directory for bolt and leveldb, a URL for postgres
}

func (s Spec) String() string {
	if s.Backend == "memory" {
		return "memory"
	}
	return s.Backend + ":" + redact(s.Address)
}

// ParseSpec reads a --db value: "" (then $EVENTGRAPH_DB, then
// eventgraph.db), "memory", "postgres://...", "cockroach:postgresql://...",
// "bolt:DIR", "leveldb:DIR", or a directory (bolt).
func ParseSpec(db string) (Spec, error) {
	if db == "" {
		db = os.Getenv(EnvDB)
	}
	if db == "" {
		db = DefaultPath
	}
	switch {
	case db == "memory" || db == "mem" || db == "memstore":
		return Spec{Backend: "memory"}, nil
	case strings.HasPrefix(db, "postgres://"), strings.HasPrefix(db, "postgresql://"):
		return Spec{Backend: "postgres", Address: db}, nil
	case strings.HasPrefix(db, "cockroach:"):
		return Spec{Backend: "cockroach", Address: strings.TrimPrefix(db, "cockroach:")}, nil
	case strings.HasPrefix(db, "bolt:"):
		return Spec{Backend: "bolt", Address: strings.TrimPrefix(db, "bolt:")}, nil
	case strings.HasPrefix(db, "leveldb:"):
		return Spec{Backend: "leveldb", Address: strings.TrimPrefix(db, "leveldb:")}, nil
	case strings.Contains(db, "://"):
		return Spec{}, fmt.Errorf("store %q: unsupported backend (use a directory, bolt:DIR, leveldb:DIR, memory, postgres://... or cockroach:postgresql://...)", db)
	}
	return Spec{Backend: "bolt", Address: db}, nil
}

// Store is an open quad store. It is safe for concurrent use: queries run
// side by side (each in a session of its own), a write waits for the
// queries under way and new queries wait for it.
type Store struct {
	qs   cgraph.QuadStore
	spec Spec
	lock *os.File
	// mu makes writes exclusive of reads: Cayley's memstore is not safe
	// for a read during a write (a map race), and on bolt a write that
	// grows the file deadlocks against a query holding read transactions.
	mu sync.RWMutex
	// registryBuilt caches that the registry's marker is in the store.
	registryBuilt bool
	// regCache holds registry entries as written, by node, for a store no
	// other process writes (nil otherwise); regPending, those of the write
	// under way. Both are used under mu's write lock.
	regCache, regPending map[string]regEntry
	// digCache and digPending are the same for digests.
	digCache   *genCache[digEntry]
	digPending map[string]digEntry
}

// Open opens (creating it if needed) the store db names; see ParseSpec.
func Open(ctx context.Context, db string) (*Store, error) {
	spec, err := ParseSpec(db)
	if err != nil {
		return nil, err
	}
	return OpenSpec(ctx, spec)
}

// ErrNoStore is returned (wrapped) by OpenExisting when there is no store.
var ErrNoStore = errors.New("no store there")

// OpenExisting opens the store db names, failing with ErrNoStore when an
// embedded store does not exist yet (commands that only read use it, so a
// typo in --db does not create an empty store).
func OpenExisting(ctx context.Context, db string) (*Store, error) {
	spec, err := ParseSpec(db)
	if err != nil {
		return nil, err
	}
	if spec.Backend == "bolt" || spec.Backend == "leveldb" {
		if _, err := os.Stat(kvFile(spec.Backend, spec.Address)); err != nil {
			return nil, fmt.Errorf("open store %s: %w (load articles into it first: eventgraph load --db %s PATH)", spec.Address, ErrNoStore, spec.Address)
		}
	}
	return openSpec(ctx, spec, true)
}

// OpenSpec opens (creating it if needed) the store spec names.
func OpenSpec(ctx context.Context, spec Spec) (*Store, error) { return openSpec(ctx, spec, false) }

// openSpec opens a store. Cayley's key-value stores fill, on opening, a
// Bloom filter of every quad, which spares writes a lookup per new quad
// but reads the whole store (a second at 10,000 articles); noBloom skips
// it (writes stay correct, looking quads up instead); OpenExisting, for
// commands that mostly read, does.
func openSpec(ctx context.Context, spec Spec, noBloom bool) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Cayley logs its backends' errors itself; eventgraph returns them
	// wrapped with context instead, so its log would only repeat them.
	clog.SetLogger(nil)
	s := &Store{spec: spec}
	if spec.Backend == "memory" || spec.Backend == "bolt" || spec.Backend == "leveldb" {
		// Only this process writes these (bolt and leveldb are locked).
		s.regCache, s.regPending = map[string]regEntry{}, map[string]regEntry{}
		s.digCache, s.digPending = newGenCache[digEntry](digCacheGen), map[string]digEntry{}
	}
	switch spec.Backend {
	case "memory":
		qs, err := cgraph.NewQuadStore("memstore", "", nil)
		if err != nil {
			return nil, fmt.Errorf("open memory store: %w", err)
		}
		s.qs = qs
		return s, nil
	case "bolt", "leveldb":
		if spec.Address == "" {
			return nil, fmt.Errorf("open %s store: empty path", spec.Backend)
		}
		if err := os.MkdirAll(spec.Address, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", spec.Address, err)
		}
		lock, err := acquireLock(spec.Address)
		if err != nil {
			return nil, err
		}
		s.lock = lock
		if err := s.openKV(ctx, noBloom); err != nil {
			s.unlock()
			return nil, err
		}
		return s, nil
	case "postgres", "cockroach":
		if err := cgraph.InitQuadStore(spec.Backend, spec.Address, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("open store %s: %w", redact(spec.Address), err)
		}
		qs, err := cgraph.NewQuadStore(spec.Backend, spec.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", redact(spec.Address), err)
		}
		s.qs = qs
		return s, nil
	}
	return nil, fmt.Errorf("open store: unknown backend %q", spec.Backend)
}

func (s *Store) openKV(ctx context.Context, noBloom bool) error {
	dir := s.spec.Address
	marker := kvFile(s.spec.Backend, dir)
	if _, err := os.Stat(marker); errors.Is(err, os.ErrNotExist) {
		if err := initKVStore(ctx, s.spec.Backend, dir); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return fmt.Errorf("create %s store %s: %w", s.spec.Backend, dir, err)
		}
	}
	qs, err := openKVStore(s.spec.Backend, dir, noBloom)
	if err != nil {
		return fmt.Errorf("open %s store %s (is it an eventgraph store, and intact?): %w", s.spec.Backend, dir, err)
	}
	s.qs = qs
	return nil
}

// openKVStore opens a kv store, turning a panic inside the backend (some
// corrupted files make bolt panic) into an error.
func openKVStore(backend, dir string, noBloom bool) (qs cgraph.QuadStore, err error) {
	defer func() {
		if r := recover(); r != nil {
			qs, err = nil, fmt.Errorf("backend failed: %v", r)
		}
	}()
	return cgraph.NewQuadStore(backend, dir, cgraph.Options{kv.OptNoBloom: noBloom})
}

func kvFile(backend, dir string) string {
	if backend == "bolt" {
		return filepath.Join(dir, "indexes.bolt")
	}
	return filepath.Join(dir, "CURRENT")
}

// acquireLock takes the store's lock file without waiting.
func acquireLock(dir string) (*os.File, error) {
	path := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder := ""
		if b, rerr := os.ReadFile(path); rerr == nil && len(b) > 0 {
			holder = " (pid " + strings.TrimSpace(string(b)) + ")"
		}
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("open store %s: %w%s; stop it or use another --db", dir, ErrLocked, holder)
		}
		return nil, fmt.Errorf("lock store %s: %w", dir, err)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, nil
}

func (s *Store) unlock() {
	if s.lock != nil {
		_ = syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
		s.lock.Close()
		s.lock = nil
	}
}

// Spec is what the store was opened from.
func (s *Store) Spec() Spec { return s.spec }

// QuadStore is the underlying Cayley store, for Cayley's own tools (its HTTP
// API); eventgraph's code goes through the Store's methods.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Close closes the store and releases its lock.
func (s *Store) Close() error {
	var err error
	if s.qs != nil {
		err = s.qs.Close()
		s.qs = nil
	}
	s.unlock()
	if err != nil {
		return fmt.Errorf("close store %s: %w", s.spec, err)
	}
	return nil
}

// redact hides a password in a database URL.
func redact(addr string) string {
	if i := strings.Index(addr, "://"); i >= 0 {
		if at := strings.Index(addr[i+3:], "@"); at >= 0 {
			cred := addr[i+3 : i+3+at]
			if c := strings.Index(cred, ":"); c >= 0 {
				return addr[:i+3] + cred[:c] + ":***" + addr[i+3+at:]
			}
		}
	}
	return addr
}
