package extract

import (
	"strings"
	"testing"
)

func TestClaims(t *testing.T) {
	tests := []struct {
		text string
		want []string // "claimant|outlets|channel"
	}{
		{"Foreign Minister Ana Ruiz said the talks were useful, Reuters reported.", []string{"ana-ruiz|reuters|"}},
		{"According to a source familiar with the matter, the summit is off.", []string{"||"}},
		{"Prime Minister Tomas Berg in a Facebook post said peace was near.", []string{"tomas-berg||Facebook post"}},
		{`"We will meet again," Tomas Berg told CNN.`, []string{"tomas-berg|cnn|"}},
		{"CNN reported, citing sources, that the meeting was postponed.", []string{"|cnn|"}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, c := range r.Article.Claims {
			var os []string
			for _, o := range c.ReportedBy {
				os = append(os, short(o))
			}
			got = append(got, short(c.Claimant)+"|"+strings.Join(os, ",")+"|"+c.Channel)
			if len(c.Evidence) == 0 || c.Text == "" {
				t.Errorf("%q: claim without evidence or text", tc.text)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
