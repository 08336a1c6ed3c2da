package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
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
	durations := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1500 * time.Millisecond, time.Second,
		90 * time.Minute, -time.Hour, 1<<63 - 1, -1 << 63, 100 * time.Hour, 2*time.Hour + 3*time.Nanosecond}
	for range 40 {
		durations = append(durations, time.Duration(r.Int64N(1<<50)-1<<49))
	}
	for _, d := range durations {
		fmt.Fprintf(out, "Duration\t%d\t%s\n", int64(d), q(d.String()))
	}
}
