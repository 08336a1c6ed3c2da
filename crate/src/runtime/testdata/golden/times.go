package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
	time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
	"2006-01-02 15:04:05.000", "2006-01-02T15:04:05.999999999Z07:00", "Jan _2 15:04:05.000000",
	"Monday, January 2, 2006 3:04 PM", "Mon Jan 2 03:04:05 pm", "06 1 2 3 4 5", "_2 __2 002",
	"15:04:05,000", "15:04:05.9", "15:04:05.99", ".0000", ",999", "Z0700 Z07 Z07:00:00 -07 -0700 -07:00:00 MST",
	"literal text 2006", "200601021504", "Jan January Mon Monday", "PM pm", "", "no tokens",
	"2006-01-02T15:04:05Z07:00 MST", "January 2nd", "15h04m", "03:04:05 PM", "Z07:00",
}

func errQ(err error) string {
	if err == nil {
		return strconv.Quote("")
	}
	return strconv.Quote(err.Error())
}

// runTime prints Format and String results for times in UTC (the playground's zone).
func runTime() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	q := strconv.Quote
	times := []time.Time{
		time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2009, 11, 10, 23, 0, 0, 1, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 12, 30, 45, 123456789, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2024, 12, 31, 0, 5, 6, 7000000, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1600, 3, 1, 13, 0, 0, 500, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(2023, 6, 15, 12, 0, 0, 100000000, time.UTC),
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 60 {
		times = append(times, time.Unix(r.Int64N(1<<35)-1<<34, r.Int64N(1e9)).UTC())
	}
	for _, t := range times {
		fmt.Fprintf(out, "String\t%d\t%d\t%s\n", t.Unix(), t.Nanosecond(), q(t.String()))
		for _, l := range layouts {
			fmt.Fprintf(out, "Format\t%d\t%d\t%s\t%s\n", t.Unix(), t.Nanosecond(), q(l), q(t.Format(l)))
		}
	}
	// Random layouts: tokens, near-tokens and noise.
	bits := []string{"2006", "06", "_2006", "01", "1", "Jan", "January", "Janu", "02", "2", "_2", "__2", "002", "15", "3", "03",
		"4", "04", "5", "05", "PM", "pm", "Pm", "MST", "Mon", "Monday", "Mond", "Z07:00", "Z0700", "Z07", "-07:00", "-0700", "-07",
		"-07:00:00", "Z07:00:00", "-070000", "Z070000", ".000", ".999", ",000", ",9", ".0", ".9x", ".99a", "0", "9", ".", ",", "_",
		"-", ":", " ", "T", "J", "M", "Z", "P", "p", "x", "é"}
	for range 1500 {
		var l strings.Builder
		for range 1 + r.IntN(6) {
			l.WriteString(bits[r.IntN(len(bits))])
		}
		t := times[r.IntN(len(times))]
		z := []*time.Location{time.UTC, time.FixedZone("", -25200), time.FixedZone("CET", 3600)}[r.IntN(3)]
		name, offset := t.In(z).Zone()
		fmt.Fprintf(out, "FormatIn\t%d\t%d\t%s\t%d\t%s\t%s\n", t.Unix(), t.Nanosecond(), q(name), offset, q(l.String()), q(t.In(z).Format(l.String())))
		v := t.In(z).Format(l.String())
		if r.IntN(3) == 0 && len(v) > 0 {
			b := []byte(v)
			b[r.IntN(len(b))] = "0a9 Z+-."[r.IntN(8)]
			v = string(b)
		}
		pt, err := time.Parse(l.String(), v)
		pname, poffset := pt.Zone()
		fmt.Fprintf(out, "Parse\t%s\t%s\t%d %d %s %d %s\t%s\n", q(l.String()), q(v), pt.Unix(), pt.Nanosecond(), q(pname), poffset, q(pt.Location().String()), errQ(err))
	}
	zones := []*time.Location{time.FixedZone("", -25200), time.FixedZone("EST", -18000), time.FixedZone("X", 19830), time.FixedZone("", 3600*14)}
	for i, t := range times[:12] {
		z := zones[i%len(zones)]
		name, offset := t.In(z).Zone()
		for _, l := range layouts {
			fmt.Fprintf(out, "FormatIn\t%d\t%d\t%s\t%d\t%s\t%s\n", t.Unix(), t.Nanosecond(), q(name), offset, q(l), q(t.In(z).Format(l)))
		}
		fmt.Fprintf(out, "StringIn\t%d\t%d\t%s\t%d\t%s\n", t.Unix(), t.Nanosecond(), q(name), offset, q(t.In(z).String()))
	}
	durations := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1500 * time.Millisecond, time.Second,
		90 * time.Minute, -time.Hour, 1<<63 - 1, -1 << 63, 100 * time.Hour, 2*time.Hour + 3*time.Nanosecond}
	for range 40 {
		durations = append(durations, time.Duration(r.Int64N(1<<50)-1<<49))
	}
	for _, d := range durations {
		fmt.Fprintf(out, "Duration\t%d\t%s\n", int64(d), q(d.String()))
		in := d.String()
		back, err := time.ParseDuration(in)
		fmt.Fprintf(out, "ParseDuration\t%s\t%d\t%s\n", q(in), int64(back), errQ(err))
	}
	for _, in := range []string{"", "0", "+0", "-0", "1", "1s", "1.5h", ".5s", "5.s", ".s", "1h2m3s4ms5us6ns", "1µs", "1μs",
		"3x", "3 s", "-1.5m", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h",
		"2562048h", "1.0000000000000000000000001s", "0.3333333333333333333h", "1e3s", "s", "1s1", "\xffs", "1\xff",
		"1\"s", "+-1s", "1..2s", "100000000000000000000s"} {
		d, err := time.ParseDuration(in)
		fmt.Fprintf(out, "ParseDuration\t%s\t%d\t%s\n", q(in), int64(d), errQ(err))
	}
	for _, t := range times {
		y, m, d := t.Date()
		fmt.Fprintf(out, "Civil\t%d\t%d %d %d %d %d %d %d %d\n", t.Unix(), y, int(m), d, t.Hour(), t.Minute(), t.Second(), int(t.Weekday()), t.YearDay())
	}
	fields := [][7]int{{2009, 11, 10, 23, 0, 0, 0}, {2024, 13, 1, 0, 0, 0, 0}, {2024, 0, 0, 0, 0, 0, 0}, {2023, 2, 29, 25, 61, 61, 1e9 + 5},
		{2000, -13, 400, -1, -1, -1, -1}, {1, 1, 1, 0, 0, 0, 0}, {-500, 6, 15, 12, 0, 0, 0}, {2100, 2, 29, 0, 0, 0, 0}, {1970, 1, 1, 0, 0, 0, -1}}
	for range 60 {
		fields = append(fields, [7]int{r.IntN(4000) - 1000, r.IntN(30) - 8, r.IntN(70) - 20, r.IntN(50) - 10, r.IntN(200) - 50, r.IntN(200) - 50, r.IntN(3e9) - 1e9})
	}
	parseCases := [][2]string{
		{time.RFC3339, "2009-11-10T23:00:00Z"}, {time.RFC3339, "2009-11-10T23:00:00+05:30"}, {time.RFC3339, "2009-11-10T23:00:00.123-07:00"},
		{time.RFC3339Nano, "2024-02-29T12:30:45.123456789Z"}, {time.DateTime, "2024-01-02 03:04:05"}, {time.DateOnly, "2024-13-01"},
		{time.DateOnly, "2023-02-29"}, {time.DateOnly, "2024-02-29"}, {time.Kitchen, "3:04PM"}, {time.Kitchen, "12:00AM"}, {time.Kitchen, "12:30PM"},
		{time.Kitchen, "13:00PM"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"}, {time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800"}, {time.ANSIC, "Tue Nov 10 23:00:00 2009"}, {time.ANSIC, "Tue Nov  1 23:00:00 2009"},
		{time.UnixDate, "Tue Nov 10 23:00:00 PST 2009"}, {time.RFC850, "Tuesday, 10-Nov-09 23:00:00 GMT+2"}, {time.RFC822, "10 Nov 69 23:00 CEST"},
		{time.RFC822, "10 Nov 68 23:00 XYZ"}, {"2006-01-02", "2009-11-10 extra"}, {"2006-01-02", "2009-11"}, {"2006-01-02", "09-11-10"},
		{"15:04:05", "25:00:00"}, {"15:04:05", "23:60:00"}, {"15:04:05", "23:59:60"}, {"15:04:05", "23:59:59.5"}, {"15:04:05.000", "23:59:59.5"},
		{"15:04:05.000", "23:59:59.123"}, {"15:04:05.999", "23:59:59"}, {"15:04:05,999", "23:59:59,12"}, {"15:04:05.000", "23:59:59.-12"},
		{"2006 002", "2024 060"}, {"2006 002", "2023 060"}, {"2006 __2", "2024  60"}, {"2006-01 002", "2024-03 061"}, {"2006-01 002", "2024-02 061"},
		{"2006 002", "2024 366"}, {"2006 002", "2023 366"}, {"Jan 2 2006", "feb 3 2010"}, {"January 2 2006", "FEBRUARY 3 2010"},
		{"Jan 2 2006", "Fev 3 2010"}, {"Monday Jan 2", "Funday Jan 2"}, {"-07:00:00", "+01:02:03"}, {"-070000", "-010203"}, {"Z07", "Z"},
		{"Z07", "+05"}, {"Z0700", "+0530"}, {"-07", "x05"}, {"-0700", "+2500"}, {"-0700", "+0161"}, {"MST", "ChST"}, {"MST", "WITA"},
		{"MST", "AB"}, {"MST", "ABCDT"}, {"MST", "GMT-3"}, {"MST", "+03"}, {"2006-01-02 MST", "2009-11-10 EST"}, {"3:04 PM", "3:04 XM"},
		{"3:04 pm", "3:04 am"}, {"_2 Jan", " 5 Jan"}, {"06", "70"}, {"06", "5x"}, {"2006", "-123"}, {"01/02", "1/2"}, {"01/02", "01/02"},
		{"1/2", "12/31"}, {"", ""}, {"", "x"}, {"  2006", "2009"}, {"2006  01", "2009 11"}, {"2006 01", "2009    11"}, {"2006.000", "2009.123"},
		{"15:04:05.000000000", "01:02:03.123456789"}, {"15:04:05.9999999999", "01:02:03.12345678912"}, {"\xff", "\xff"},
	}
	for _, c := range parseCases {
		t, err := time.Parse(c[0], c[1])
		name, offset := t.Zone()
		fmt.Fprintf(out, "Parse\t%s\t%s\t%d %d %s %d %s\t%s\n", q(c[0]), q(c[1]), t.Unix(), t.Nanosecond(), q(name), offset, q(t.Location().String()), errQ(err))
	}
	for _, f := range fields {
		t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], f[6], time.UTC)
		fmt.Fprintf(out, "Date\t%d %d %d %d %d %d %d\t%d\t%d\n", f[0], f[1], f[2], f[3], f[4], f[5], f[6], t.Unix(), t.Nanosecond())
	}
}
