package schema

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Granularity names of date values.
const (
	GranDay     = "day"
	GranWeek    = "week"
	GranMonth   = "month"
	GranSeason  = "season"
	GranQuarter = "quarter"
	GranHalf    = "half"
	GranYear    = "year"
	GranDecade  = "decade"
	GranCentury = "century"
	GranTime    = "time"
)

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	reTime    = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?$|^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reSeason  = regexp.MustCompile(`^(\d{4})-(SP|SU|FA|WI)$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	reHalf    = regexp.MustCompile(`^(\d{4})-H([12])$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reDecade  = regexp.MustCompile(`^(\d{3})$`)
	reCentury = regexp.MustCompile(`^(\d{2})$`)
)

// Interval is the span of time a date value covers: [Begin, End).
type Interval struct {
	Begin, End  time.Time
	Granularity string
}

// ParseDateValue reads a TIMEX3 date value at its own granularity and gives
// the interval it covers, in UTC. Values that name no calendar span
// (PRESENT_REF, durations, sets, "XXXX-10") are errors.
func ParseDateValue(v string) (Interval, error) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	switch {
	case reDay.MatchString(v):
		m := reDay.FindStringSubmatch(v)
		b := day(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		if b.Format("2006-01-02") != v {
			return Interval{}, fmt.Errorf("date value %q: no such day", v)
		}
		return Interval{b, b.AddDate(0, 0, 1), GranDay}, nil
	case reTime.MatchString(v):
		m := reTime.FindStringSubmatch(v)
		if m[1] == "" {
			b := day(atoi(m[7]), atoi(m[8]), atoi(m[9]))
			return Interval{b, b.AddDate(0, 0, 1), GranTime}, nil
		}
		b := time.Date(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6]), 0, time.UTC)
		step := time.Hour
		if m[5] != "" {
			step = time.Minute
		}
		if m[6] != "" {
			step = time.Second
		}
		return Interval{b, b.Add(step), GranTime}, nil
	case reWeek.MatchString(v):
		m := reWeek.FindStringSubmatch(v)
		y, w := atoi(m[1]), atoi(m[2])
		if w < 1 || w > 53 {
			return Interval{}, fmt.Errorf("date value %q: no such week", v)
		}
		// ISO 8601: week 1 holds the year's first Thursday.
		jan4 := day(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		b := monday.AddDate(0, 0, 7*(w-1))
		return Interval{b, b.AddDate(0, 0, 7), GranWeek}, nil
	case reMonth.MatchString(v):
		m := reMonth.FindStringSubmatch(v)
		mo := atoi(m[2])
		if mo < 1 || mo > 12 {
			return Interval{}, fmt.Errorf("date value %q: no such month", v)
		}
		b := day(atoi(m[1]), mo, 1)
		return Interval{b, b.AddDate(0, 1, 0), GranMonth}, nil
	case reSeason.MatchString(v):
		m := reSeason.FindStringSubmatch(v)
		y := atoi(m[1])
		// Northern meteorological seasons; winter starts in December of the
		// year before (the convention TIMEX3 annotators follow).
		starts := map[string]time.Time{"SP": day(y, 3, 1), "SU": day(y, 6, 1), "FA": day(y, 9, 1), "WI": day(y-1, 12, 1)}
		b := starts[m[2]]
		return Interval{b, b.AddDate(0, 3, 0), GranSeason}, nil
	case reQuarter.MatchString(v):
		m := reQuarter.FindStringSubmatch(v)
		b := day(atoi(m[1]), 3*(atoi(m[2])-1)+1, 1)
		return Interval{b, b.AddDate(0, 3, 0), GranQuarter}, nil
	case reHalf.MatchString(v):
		m := reHalf.FindStringSubmatch(v)
		b := day(atoi(m[1]), 6*(atoi(m[2])-1)+1, 1)
		return Interval{b, b.AddDate(0, 6, 0), GranHalf}, nil
	case reYear.MatchString(v):
		b := day(atoi(v), 1, 1)
		return Interval{b, b.AddDate(1, 0, 0), GranYear}, nil
	case reDecade.MatchString(v):
		b := day(atoi(v)*10, 1, 1)
		return Interval{b, b.AddDate(10, 0, 0), GranDecade}, nil
	case reCentury.MatchString(v):
		b := day(atoi(v)*100, 1, 1)
		return Interval{b, b.AddDate(100, 0, 0), GranCentury}, nil
	}
	return Interval{}, fmt.Errorf("date value %q is not a calendar date at any granularity", v)
}
