package extract

import (
	"strings"
	"testing"
)

// TestGroupsAndHosts: "The presidents" are the latest holders of the
// title, not a group of ministers named since; a where-clause's host of a
// summit joins the people of the contact before it; "X is also expected
// to attend." joins the latest contact still to come.
func TestGroupsAndHosts(t *testing.T) {
	r := run(t, "President Ana Ruiz held talks with President Tomas Berg in Oslo on Friday. "+
		"Their foreign ministers, Ola Brun and Ivan Kolar, prepared the trip during a meeting in Bergen last month. "+
		"The presidents are due to see each other again next week in Geneva, where President Rita Holm will host the first summit of Alpine leaders on March 13. "+
		"President Jon Lund is also expected to attend.")
	found := false
	for _, l := range eventLines(r) {
		if !strings.Contains(l, "2025-03-13") {
			continue
		}
		if strings.Contains(l, "ola-brun") || strings.Contains(l, "ivan-kolar") {
			t.Errorf("the ministers are no presidents: %q", l)
		}
		if strings.Contains(l, "ana-ruiz") && strings.Contains(l, "tomas-berg") && strings.Contains(l, "rita-holm") && strings.Contains(l, "jon-lund") {
			found = true
		}
	}
	if !found {
		t.Errorf("no summit on 2025-03-13 with the two presidents, the host and the attendee: %q", eventLines(r))
	}
}
