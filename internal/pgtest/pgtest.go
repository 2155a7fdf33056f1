// Package pgtest gives tests a fresh PostgreSQL database of their own on
// the server that EVENTGRAPH_TEST_POSTGRES names (CI starts one; locally
// the tests that need it skip with a message when it is unset).
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// Env is the variable naming the test server's database URL.
const Env = "EVENTGRAPH_TEST_POSTGRES"

// URL returns the server's URL, or "" (after logging why) when tests
// should skip PostgreSQL. In CI (CI set) a missing server fails the test.
func URL(t testing.TB) string {
	u := os.Getenv(Env)
	if u == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is unset in CI: .ci/run starts PostgreSQL and sets it", Env)
		}
		t.Logf("PostgreSQL backend not tested: set %s=postgres://... (CI does)", Env)
	}
	return u
}

// FreshDB creates an empty database on the test server for this test,
// drops it when the test ends, and returns its URL; "" when PostgreSQL is
// not available (see URL).
func FreshDB(t testing.TB) string {
	t.Helper()
	base := URL(t)
	if base == "" {
		return ""
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "eg_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("postgres: create database: %v", err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("postgres", base)
		if err != nil {
			return
		}
		defer a.Close()
		_, _ = a.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("postgres: %s: %v", Env, err)
	}
	u.Path = "/" + name
	return u.String()
}
