package evaluate

import "testing"

func TestOccurrence(t *testing.T) {
	text := "Monday, then Mondays, then Monday again; last Monday."
	for _, c := range []struct {
		at   int
		want int
	}{{0, 1}, {27, 2}, {46, 3}} {
		if got := Occurrence(text, "Monday", c.at); got != c.want {
			t.Errorf("Occurrence at %d = %d, want %d", c.at, got, c.want)
		}
	}
}
