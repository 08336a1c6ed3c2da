// Package strconv: conversions to and from strings (natives, except the
// error types and simple helpers).
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func Itoa(i int) string { return FormatInt(int64(i), 10) }

func Atoi(s string) (int, error) {
	i, err := ParseInt(s, 10, 0)
	if err != nil {
		if ne, ok := err.(*NumError); ok {
			ne.Func = "Atoi"
		}
	}
	return int(i), err
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // complex64's parts are float32s
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// parseFloatPrefix: the float at the start of s, its length, and 0, 1 (ErrSyntax)
// or 2 (ErrRange).
func parseFloatPrefix(s string, bitSize int) (float64, int, int)

func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32 // complex64's parts are float32s
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	syntax := &NumError{"ParseComplex", orig, ErrSyntax}
	var pending error // a range error, reported with the (infinite) value
	re, n, code := parseFloatPrefix(s, size)
	if code == 1 {
		return 0, syntax
	} else if code == 2 {
		pending = &NumError{"ParseComplex", orig, ErrRange}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntax
	default:
		return 0, syntax
	}
	im, n, code := parseFloatPrefix(s, size)
	if code == 1 || s[n:] != "i" {
		return 0, syntax
	} else if code == 2 {
		pending = &NumError{"ParseComplex", orig, ErrRange}
	}
	return complex(re, im), pending
}

func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteToASCII(s string) string
func Unquote(s string) (string, error)
func AppendInt(dst []byte, i int64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
