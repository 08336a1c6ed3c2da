// Package utf8: UTF-8 encoding, in Go.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

// RuneLen returns the number of bytes needed to encode r (-1 if invalid).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < 0x80 {
		return rune(b0), 1
	}
	var need int
	var min rune
	switch {
	case b0&0xE0 == 0xC0:
		need, r, min = 2, rune(b0&0x1F), 0x80
	case b0&0xF0 == 0xE0:
		need, r, min = 3, rune(b0&0x0F), 0x800
	case b0&0xF8 == 0xF0:
		need, r, min = 4, rune(b0&0x07), 0x10000
	default:
		return RuneError, 1
	}
	if n < need {
		return RuneError, 1
	}
	for i := 1; i < need; i++ {
		b := s[i]
		if b&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(b&0x3F)
	}
	if r < min || r > MaxRune || (0xD800 <= r && r <= 0xDFFF) {
		return RuneError, 1
	}
	return r, need
}

func DecodeRune(p []byte) (r rune, size int) { return DecodeRuneInString(string(p)) }

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	for start > 0 && end-start < UTFMax && s[start]&0xC0 == 0x80 {
		start--
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

func Valid(p []byte) bool { return ValidString(string(p)) }

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

func FullRuneInString(s string) bool {
	r, size := DecodeRuneInString(s)
	return !(r == RuneError && size == 1 && len(s) < UTFMax)
}

// AppendRune appends the UTF-8 encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		return append(p, byte(r))
	case 2:
		return append(p, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	case 3:
		return append(p, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	default:
		return append(p, byte(0xF0|r>>18), byte(0x80|(r>>12)&0x3F), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
}

// EncodeRune writes the UTF-8 encoding of r into p and returns its length.
func EncodeRune(p []byte, r rune) int {
	b := AppendRune(nil, r)
	return copy(p, b)
}
