package timeline

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
)

// TimelineJS is Knight Lab's TimelineJS3 JSON
// (https://timeline.knightlab.com/docs/json-format.html).
type TimelineJS struct {
	Title  *TJSSlide  `json:"title,omitempty"`
	Events []TJSSlide `json:"events"`
}

// TJSSlide is one TimelineJS3 slide.
type TJSSlide struct {
	StartDate   *TJSDate `json:"start_date,omitempty"`
	EndDate     *TJSDate `json:"end_date,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	Text        TJSText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	UniqueID    string   `json:"unique_id,omitempty"`
}

// TJSDate is a TimelineJS3 date; day and month are left out for coarser
// granularities.
type TJSDate struct {
	Year    int    `json:"year"`
	Month   int    `json:"month,omitempty"`
	Day     int    `json:"day,omitempty"`
	Display string `json:"display_date,omitempty"`
}

// TJSText is a slide's text.
type TJSText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// TimelineJS converts the timeline to TimelineJS3 JSON: one slide per dated
// event (TimelineJS needs a start date, so undated events are left out),
// grouped by kind. A date keeps its granularity: a month is a span from its
// first to its last day given as year and month only, a week a span of
// seven days.
func (t *Timeline) TimelineJS(title string) TimelineJS {
	out := TimelineJS{Events: []TJSSlide{}}
	if title != "" {
		out.Title = &TJSSlide{Text: TJSText{Headline: html.EscapeString(title),
			Text: fmt.Sprintf("%d events from %d documents", len(t.Events), len(t.Documents))}}
	}
	claims := map[string]Claim{}
	for _, c := range t.Claims {
		claims[c.ID] = c
	}
	for _, e := range t.Events {
		if e.Begin == nil || e.End == nil {
			continue
		}
		start, end, ok := tjsSpan(e)
		if !ok {
			continue
		}
		s := TJSSlide{StartDate: start, EndDate: end, UniqueID: slugID(e.ID), Group: deref(e.Type)}
		s.DisplayDate = deref(e.Date)
		if e.DateText != nil && *e.DateText != "" {
			s.DisplayDate += " (" + *e.DateText + ")"
		}
		head := deref(e.Label)
		if e.Status != nil && *e.Status != "happened" {
			head += " — " + *e.Status
		}
		s.Text.Headline = html.EscapeString(head)
		var b strings.Builder
		var names []string
		for _, p := range e.Participants {
			names = append(names, html.EscapeString(p.Name))
		}
		fmt.Fprintf(&b, "<p><b>Participants:</b> %s</p>", strings.Join(names, ", "))
		if e.Place != nil {
			fmt.Fprintf(&b, "<p><b>Place:</b> %s</p>", html.EscapeString(e.Place.Name))
		}
		if e.Status != nil {
			fmt.Fprintf(&b, "<p><b>Status:</b> %s</p>", html.EscapeString(*e.Status))
		}
		for _, ev := range e.Evidence {
			if ev.Text != "" {
				fmt.Fprintf(&b, "<blockquote>%s</blockquote>", html.EscapeString(ev.Text))
			}
		}
		for _, cid := range e.Claims {
			if c, ok := claims[cid]; ok && c.Text != nil {
				who := "someone"
				if c.Claimant != nil {
					who = c.Claimant.Name
				}
				fmt.Fprintf(&b, "<p><i>%s:</i> “%s”</p>", html.EscapeString(who), html.EscapeString(*c.Text))
			}
		}
		s.Text.Text = b.String()
		out.Events = append(out.Events, s)
	}
	return out
}

func tjsSpan(e Event) (start, end *TJSDate, ok bool) {
	b, err1 := time.Parse(time.RFC3339, *e.Begin)
	en, err2 := time.Parse(time.RFC3339, *e.End)
	if err1 != nil || err2 != nil {
		return nil, nil, false
	}
	last := en.Add(-time.Nanosecond)
	gran := deref(e.Granularity)
	switch gran {
	case "year", "decade", "century":
		start = &TJSDate{Year: b.Year()}
		if last.Year() != b.Year() {
			end = &TJSDate{Year: last.Year()}
		}
	case "month":
		start = &TJSDate{Year: b.Year(), Month: int(b.Month())}
	case "season", "quarter", "half":
		start = &TJSDate{Year: b.Year(), Month: int(b.Month())}
		end = &TJSDate{Year: last.Year(), Month: int(last.Month())}
	case "week":
		start = &TJSDate{Year: b.Year(), Month: int(b.Month()), Day: b.Day()}
		end = &TJSDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}
	default:
		start = &TJSDate{Year: b.Year(), Month: int(b.Month()), Day: b.Day()}
	}
	return start, end, true
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// slugID makes a TimelineJS unique_id (used in URLs) from an IRI.
func slugID(iri string) string {
	var b strings.Builder
	for _, r := range iri {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	s := strings.Trim(b.String(), "-")
	s = strings.TrimPrefix(s, "https---w3id-org-eventgraph-event-")
	if s == "" {
		return "e" + strconv.Itoa(len(iri))
	}
	return s
}
