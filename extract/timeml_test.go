package extract

import (
	"bytes"
	"strings"
	"testing"
)

func TestAnnotateTimeML(t *testing.T) {
	f := newTestDateFinder(t)
	const head = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Explosions</TITLE>
`
	tests := []struct {
		name, text, want string
	}{
		{"plain", "<TEXT>\nBombs exploded Friday, AT&amp;T said.\n</TEXT>\n",
			"<TEXT>\nBombs exploded <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3>, AT&amp;T said.\n</TEXT>\n"},
		{"events", `<TEXT>Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> last week &amp; <EVENT eid="e2">killed</EVENT> dozens.</TEXT>`,
			`<TEXT>Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-W31">last week</TIMEX3> &amp; <EVENT eid="e2">killed</EVENT> dozens.</TEXT>`},
		{"gold timex replaced", `<TEXT>It rose <TIMEX3 tid="t7" type="DATE" value="1998">this year</TIMEX3> and <TIMEX3 tid="t8" type="DATE" value="PRESENT_REF">now</TIMEX3>.</TEXT>`,
			`<TEXT>It rose <TIMEX3 tid="t9" type="DATE" value="1998">this year</TIMEX3> and <TIMEX3 tid="t10" type="DATE" value="PRESENT_REF">now</TIMEX3>.</TEXT>`},
		{"crossing tag left out", `<TEXT>It happened <EVENT eid="e1">last</EVENT> week.</TEXT>`,
			`<TEXT>It happened <EVENT eid="e1">last</EVENT> week.</TEXT>`},
		{"mod", `<TEXT>It fell in late November.</TEXT>`,
			`<TEXT>It fell in <TIMEX3 tid="t1" type="DATE" value="1997-11" mod="END">late November</TIMEX3>.</TEXT>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			tail := "\n<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\"/>\n</TimeML>\n"
			if err := AnnotateTimeML(strings.NewReader(head+tt.text+tail), &out, f); err != nil {
				t.Fatal(err)
			}
			if got, want := out.String(), head+tt.want+tail; got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestReadTimeML(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(`<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26">October 26, 1989</TIMEX3></DCT>
<TEXT>Profit <EVENT eid="e1">rose</EVENT> in <TIMEX3 tid="t1" type="DATE" value="1989-Q3" mod="END">the third quarter</TIMEX3>, AT&amp;T said &#8212; <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>.</TEXT></TimeML>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.DCT.Format("2006-01-02"); got != "1989-10-26" {
		t.Errorf("DCT = %s", got)
	}
	if want := "Profit rose in the third quarter, AT&T said — now."; doc.Text != want {
		t.Errorf("Text = %q, want %q", doc.Text, want)
	}
	if len(doc.Timexes) != 2 || doc.Timexes[0].Text != "the third quarter" || doc.Timexes[0].Mod != "END" || doc.Timexes[1].Text != "now" || doc.Timexes[1].Value != "PRESENT_REF" {
		t.Errorf("Timexes = %+v", doc.Timexes)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, in := range []string{
		"<TimeML><TEXT>x</TEXT></TimeML>",
		`<TimeML><DCT><TIMEX3 tid="t0" value="1989-10-26"/></DCT></TimeML>`,
		`<TimeML><DCT><TIMEX3 tid="t0" value="soon"/></DCT><TEXT>x</TEXT></TimeML>`,
		`<TimeML><DCT><TIMEX3 tid="t0" value="1989-10-26"/></DCT><TEXT>x</TimeML>`,
	} {
		if _, err := ReadTimeML(strings.NewReader(in)); err == nil {
			t.Errorf("ReadTimeML(%q): want an error", in)
		}
	}
}
