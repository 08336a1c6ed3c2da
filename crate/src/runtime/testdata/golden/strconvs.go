package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"unicode/utf8"
)

// runStrconv prints `Func<TAB>inputs...<TAB>outputs...`; strings are Go-quoted.
func runStrconv() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	q := strconv.Quote
	errText := func(err error) string {
		if err == nil {
			return q("")
		}
		return q(err.Error())
	}
	r := rand.New(rand.NewPCG(3, 4))

	ints := []int64{0, 1, -1, 7, 10, -10, 255, 256, 1 << 31, -1 << 31, math.MaxInt64, math.MinInt64, 123456789, -987654321}
	for range 40 {
		ints = append(ints, int64(r.Uint64()))
	}
	for _, v := range ints {
		for _, base := range []int{2, 8, 10, 16, 36, 7} {
			fmt.Fprintf(out, "FormatInt\t%d\t%d\t%s\n", v, base, q(strconv.FormatInt(v, base)))
			fmt.Fprintf(out, "FormatUint\t%d\t%d\t%s\n", uint64(v), base, q(strconv.FormatUint(uint64(v), base)))
		}
	}

	intInputs := []string{"", "0", "1", "-1", "+5", "42", "-42", "abc", "12a", " 1", "1 ", "0x1f", "0X1F",
		"0b101", "0o17", "017", "1_000", "_1000", "1__0", "0x_1f", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999", "-", "+", "0x",
		"z", "Z", "zz", "127", "128", "-128", "-129", "255", "256", "65535", "65536", "1e3", "١"}
	for _, s := range intInputs {
		n, err := strconv.Atoi(s)
		fmt.Fprintf(out, "Atoi\t%s\t%d\t%s\n", q(s), n, errText(err))
		for _, base := range []int{0, 10, 16, 36, 2, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65} {
				n, err := strconv.ParseInt(s, base, bits)
				fmt.Fprintf(out, "ParseInt\t%s\t%d\t%d\t%d\t%s\n", q(s), base, bits, n, errText(err))
				u, err := strconv.ParseUint(s, base, bits)
				fmt.Fprintf(out, "ParseUint\t%s\t%d\t%d\t%d\t%s\n", q(s), base, bits, u, errText(err))
			}
		}
	}

	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "yes", "", "tRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Fprintf(out, "ParseBool\t%s\t%t\t%s\n", q(s), b, errText(err))
	}

	floatInputs := []string{"", "0", "-0", "1", "1.5", "-1.5", ".5", "5.", ".", "1e10", "1E-10", "1e", "1e+",
		"1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "inf", "+Inf", "-Infinity", "infinity", "infin",
		"nan", "NaN", "-nan", "1_000.5", "1__0", "_1", "0x1p-2", "0x1.8p1", "0X1P+3", "0x1", "0x1.fffffffffffffp1023",
		"0x1p1024", "0x_1p0", "1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38",
		"0.1", "0.30000000000000004", "123456789012345678901234567890", "1e-5", " 1", "1 ", "+.1e1", "abc", "1.2.3",
		"0.000000000000000000000000000001", "2.2250738585072011e-308", "1_2_3", "00012", "1e1_0"}
	for range 150 {
		v := math.Float64frombits(r.Uint64())
		floatInputs = append(floatInputs, strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', r.IntN(20), 64))
	}
	for range 100 {
		floatInputs = append(floatInputs, fmt.Sprintf("%d.%de%d", r.Uint64(), r.Uint64(), r.IntN(80)-40))
	}
	for _, c := range []complex128{1 + 2i, -1.5 - 0.5i, complex(math.Inf(1), math.NaN()), complex(0, math.Copysign(0, -1)), 1e21 + 1e-7i} {
		for _, bits := range []int{64, 128} {
			fmt.Fprintf(out, "FormatComplex\t%016x\t%016x\t%d\t%s\n", math.Float64bits(real(c)), math.Float64bits(imag(c)), bits,
				q(strconv.FormatComplex(c, 'g', -1, bits)))
		}
	}
	// Random inputs over the characters the parsers care about.
	randStr := func(alphabet string, n int) string {
		b := make([]byte, r.IntN(n+1))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	for range 1500 {
		floatInputs = append(floatInputs, randStr("0123456789.eE+-_xXpPinfaINFA", 10))
		s := randStr("0123456789+-_xXoObBaAfFzZ", 8)
		base := []int{0, 0, 0, 10, 16, 2, 8, 36}[r.IntN(8)]
		bits := []int{0, 8, 16, 32, 64}[r.IntN(5)]
		n, err := strconv.ParseInt(s, base, bits)
		fmt.Fprintf(out, "ParseInt\t%s\t%d\t%d\t%d\t%s\n", q(s), base, bits, n, errText(err))
		u, err := strconv.ParseUint(s, base, bits)
		fmt.Fprintf(out, "ParseUint\t%s\t%d\t%d\t%d\t%s\n", q(s), base, bits, u, errText(err))
		uq := randStr("\"'`\\abnrtvxuU01789fF\n é\xff", 10)
		if r.IntN(2) == 0 && len(uq) > 0 {
			uq = uq[:1] + uq[1:] + uq[:1] // often well delimited
		}
		res, err := strconv.Unquote(uq)
		fmt.Fprintf(out, "Unquote\t%s\t%s\t%s\n", q(uq), q(res), errText(err))
	}
	for _, s := range floatInputs {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			fmt.Fprintf(out, "ParseFloat\t%s\t%d\t%016x\t%s\n", q(s), bits, math.Float64bits(f), errText(err))
		}
	}

	strs := []string{"", "hello", "tab\there", "nl\n", "quote\"", "back\\slash", "é", "日本語", "\x00\x01\x7f",
		"\a\b\f\r\v", "\xff\xfe", "a\xc3", "\u2028", "\u00a0", "\ufeff", "😀", "\U0010ffff", "\ud7ff", "`raw`", "'single'",
		"\u200b", "\u0300", "\U0001F1FA", "mixed é\x80\t"}
	for range 60 {
		b := make([]byte, r.IntN(8))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		strs = append(strs, string(b))
	}
	for range 60 {
		rs := make([]rune, 1+r.IntN(3))
		for i := range rs {
			rs[i] = rune(r.IntN(0x30000))
		}
		strs = append(strs, string(rs))
	}
	for _, s := range append(strs, "\xed\xa0\x80", "\xc0\x80", "\xe2\x82", "\xf4\x90\x80\x80", "\xf0\x9f\x98") {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Fprintf(out, "DecodeRune\t%s\t%d\t%d\t%d\n", q(s), r, size, utf8.RuneCountInString(s))
	}
	for _, s := range strs {
		fmt.Fprintf(out, "Quote\t%s\t%s\n", q(s), q(strconv.Quote(s)))
		fmt.Fprintf(out, "QuoteToASCII\t%s\t%s\n", q(s), q(strconv.QuoteToASCII(s)))
		fmt.Fprintf(out, "CanBackquote\t%s\t%t\n", q(s), strconv.CanBackquote(s))
	}
	runes := []rune{0, 7, 9, 10, 13, 31, 32, 'a', '\'', '"', '\\', 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0x2028,
		0xd800, 0xdfff, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1, 0xe000, 0xf8ff}
	for range 300 {
		runes = append(runes, rune(r.IntN(0x40000)))
	}
	for _, c := range runes {
		fmt.Fprintf(out, "QuoteRune\t%d\t%s\n", c, q(strconv.QuoteRune(c)))
		fmt.Fprintf(out, "QuoteRuneToASCII\t%d\t%s\n", c, q(strconv.QuoteRuneToASCII(c)))
		fmt.Fprintf(out, "IsPrint\t%d\t%t\n", c, strconv.IsPrint(c))
	}
	unq := []string{`""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `"\'"`, `'\''`, `'a'`, `'ab'`, `''`,
		"`raw\\n`", "`a\rb`", `"unterminated`, `"a"b"`, `"\z"`, `"\400"`, `"\uD800"`, `'\xff'`, `'é'`, `"é"`,
		`"\xff"`, "\"a\nb\"", "'\n'", `"\""`, `'"'`, `"'"`, `'\"'`, `x`, `"`, "``", "`a`b`", `"\t\a"`, `'\377'`}
	for _, s := range strs {
		unq = append(unq, strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	for _, s := range unq {
		u, err := strconv.Unquote(s)
		fmt.Fprintf(out, "Unquote\t%s\t%s\t%s\n", q(s), q(u), errText(err))
	}
}
