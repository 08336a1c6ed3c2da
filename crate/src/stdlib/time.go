// Package time: durations in Go, clock and timers native. The clock is the
// VM's virtual clock (it starts at 2009-11-10 23:00:00 UTC).
package time

import "errors"

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// String returns the duration as "72h3m0.5s" (Go's algorithm).
func (d Duration) String() string {
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// The micro sign U+00B5 is two bytes.
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return w
}

// fmtFrac formats the fraction of v/10**prec into the tail of buf,
// omitting trailing zeros.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m (halfway away from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// ParseDuration parses "300ms", "-1.5h", "2h45m" (native).
func ParseDuration(s string) (Duration, error)

var errLeadingInt = errors.New("time: bad [0-9]*")

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	s := ""
	for v > 0 {
		s = string(rune('0'+v%10)) + s
		v /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// A Location is a time zone; goplay only knows UTC and Local (= UTC).
type Location struct {
	name string
}

var UTC *Location = &utcLoc

var utcLoc = Location{"UTC"}

var Local *Location = &utcLoc

func (l *Location) String() string { return l.name }

// A Time is an instant: nanoseconds since the Unix epoch on the virtual
// clock (the fields are the runtime's).
// mono: time.Now()'s monotonic reading in ns, which starts at 1 (0: none).
type Time struct {
	ns   int64
	loc  *Location
	mono int64
}

func Now() Time

func Unix(sec int64, nsec int64) Time { return Time{ns: sec*1e9 + nsec, loc: &utcLoc} }

func UnixMilli(msec int64) Time { return Time{ns: msec * 1e6, loc: &utcLoc} }

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration { return Duration(t.ns - u.ns) }

func (t Time) Add(d Duration) Time {
	m := t.mono
	if m != 0 {
		m += int64(d)
	}
	return Time{ns: t.ns + int64(d), loc: t.loc, mono: m}
}

func (t Time) Unix() int64 { return t.ns / 1e9 }

func (t Time) UnixMilli() int64 { return t.ns / 1e6 }

func (t Time) UnixMicro() int64 { return t.ns / 1e3 }

func (t Time) UnixNano() int64 { return t.ns }

func (t Time) Before(u Time) bool { return t.ns < u.ns }

func (t Time) After(u Time) bool { return t.ns > u.ns }

func (t Time) Equal(u Time) bool { return t.ns == u.ns }

func (t Time) Compare(u Time) int {
	switch {
	case t.ns < u.ns:
		return -1
	case t.ns > u.ns:
		return +1
	}
	return 0
}

func (t Time) IsZero() bool { return t.ns == 0 && t.loc == nil }

func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return Time{ns: t.ns - t.ns%int64(d), loc: t.loc}
}

func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := t.ns % int64(d)
	if r+r < int64(d) {
		return Time{ns: t.ns - r, loc: t.loc}
	}
	return Time{ns: t.ns + int64(d) - r, loc: t.loc}
}

func (t Time) UTC() Time { return Time{ns: t.ns, loc: &utcLoc} }

func (t Time) Local() Time { return Time{ns: t.ns, loc: &utcLoc} }

func (t Time) In(loc *Location) Time { return Time{ns: t.ns, loc: loc} }

func (t Time) Location() *Location { return &utcLoc }

func (t Time) Format(layout string) string

func (t Time) AppendFormat(b []byte, layout string) []byte

func (t Time) String() string

func (t Time) Year() int

func (t Time) Month() Month

func (t Time) Day() int

func (t Time) Hour() int

func (t Time) Minute() int

func (t Time) Second() int

func (t Time) Nanosecond() int { return int(t.ns % 1e9) }

func (t Time) Weekday() Weekday

func (t Time) YearDay() int

func (t Time) Date() (year int, month Month, day int)

func (t Time) Clock() (hour, min, sec int)

func Parse(layout, value string) (Time, error)

// Sleep pauses the current goroutine for at least d (virtual time).
func Sleep(d Duration)

// After waits for d and then sends the current time on the channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// Tick is NewTicker(d).C (nil for d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// A Timer sends the time on C once it fires (or calls f for AfterFunc).
// id names the runtime's timer.
type Timer struct {
	C  <-chan Time
	id int
}

func NewTimer(d Duration) *Timer

func AfterFunc(d Duration, f func()) *Timer

func (t *Timer) Stop() bool

func (t *Timer) Reset(d Duration) bool

// A Ticker sends the time on C every period.
type Ticker struct {
	C  <-chan Time
	id int
}

func NewTicker(d Duration) *Ticker

func (t *Ticker) Stop()

func (t *Ticker) Reset(d Duration)
