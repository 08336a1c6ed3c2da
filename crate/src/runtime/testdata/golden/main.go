// Command golden records real Go's output for goplay's runtime tests.
//
//	go run . fmt     < ../fmt_cases.txt > ../fmt.golden
//	go run . fmtfuzz > ../fmt_fuzz.golden
//	go run . float   > ../float.golden
//	go run . strconv > ../strconv.golden
//	go run . time    > ../time.golden
//	go run . math    > ../math.golden
//	go run . rand    > ../rand.golden
//	go run . unicode > ../unicode.golden
//	go run . panic   > ../panic.golden
//	go run . print   > ../print.golden
//
// fmt cases are lines `MODE<TAB>ARG<TAB>ARG...`: MODE is `P` (Sprint), `L` (Sprintln) or a
// Go-quoted Sprintf format; ARGs use the small value language of parseArg (the Rust test
// builds the same values). Each output line is the case line, a tab, and the quoted result.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"
)

type T struct {
	A int
	B string
}

type Inner struct{ X, Y int }

type Outer struct {
	I   Inner
	P   *Inner
	S   []int
	M   map[string]int
	E   error
	Any any
	u   int
}

type MyInt int
type MyString string
type Celsius float64
type MyBytes []byte

type Stringer struct{ N int }

func (s Stringer) String() string { return "S<" + strconv.Itoa(s.N) + ">" }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return "PS" + strconv.Itoa(p.N) }

type Errer struct{ Msg string }

func (e Errer) Error() string { return "E:" + e.Msg }

type Both struct{}

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type Panicker struct{}

func (Panicker) String() string { panic("boom") }

type ErrPanicker struct{}

func (ErrPanicker) Error() string { panic(errors.New("bad")) }

type GoStr struct{ V int }

func (GoStr) GoString() string { return "GoStr!" }
func (GoStr) String() string   { return "str!" }

type Hidden struct {
	s Stringer
	S Stringer
}

type Embed struct {
	Inner
	Z int
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "high"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// The named values; the Rust test defines the same names (fmt_golden.rs).
func named(name string) any {
	inner := &Inner{1, 2}
	switch name {
	case "T":
		return T{1, "x"}
	case "pT":
		return &T{2, "y"}
	case "Tzero":
		return T{}
	case "Inner":
		return Inner{3, 4}
	case "Outer":
		return Outer{I: Inner{1, 2}, P: inner, S: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, E: errors.New("oops"), Any: 7, u: 9}
	case "OuterZero":
		return Outer{}
	case "Embed":
		return Embed{Inner{5, 6}, 7}
	case "MyInt":
		return MyInt(42)
	case "MyString":
		return MyString("named")
	case "Celsius":
		return Celsius(36.6)
	case "MyBytes":
		return MyBytes("hi")
	case "ints":
		return []int{1, 2, 3}
	case "intsEmpty":
		return []int{}
	case "intsNil":
		return []int(nil)
	case "strs":
		return []string{"a", "b c", ""}
	case "arr":
		return [3]int{7, 8, 9}
	case "bytes":
		return []byte("hello")
	case "bytesNil":
		return []byte(nil)
	case "byteArr":
		return [4]byte{1, 2, 250, 255}
	case "floats":
		return []float64{1, 0.5, 1e21, 1e-7}
	case "anys":
		return []any{1, "a", nil, 2.5, true}
	case "nested":
		return [][]int{{1}, {2, 3}, nil}
	case "structs":
		return []T{{1, "a"}, {2, "b"}}
	case "ptrs":
		return []*Inner{nil}
	case "mapSI":
		return map[string]int{"z": 26, "a": 1, "m": 13}
	case "mapIS":
		return map[int]string{3: "c", -1: "neg", 10: "ten"}
	case "mapEmpty":
		return map[string]int{}
	case "mapNil":
		return map[string]int(nil)
	case "mapFloat":
		return map[float64]string{math.NaN(): "nan", math.Inf(-1): "-inf", 0: "zero", 2.5: "x"}
	case "mapBool":
		return map[bool]int{true: 1, false: 0}
	case "mapStruct":
		return map[Inner]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}
	case "mapSlice":
		return map[string][]int{"x": {1}, "y": nil}
	case "mapAny":
		return map[string]any{"n": nil, "i": 1, "s": "str"}
	case "mapMixed":
		return map[any]int{"a": 1, 1: 2, 2.5: 3, true: 4, int8(3): 5, uint(4): 6, MyInt(5): 7, MyString("s"): 8,
			Inner{1, 2}: 9, [2]int{1, 2}: 11, int64(7): 12, float32(1.5): 13, complex(1, 2): 14, 'x': 15, byte(9): 16,
			uint16(3): 17, [1]string{"q"}: 18, Celsius(1.5): 19, struct{}{}: 20, false: 21, "b": 22, -1: 23}
	case "mapStringer":
		return map[Level]Stringer{1: {10}, 0: {20}}
	case "nilPtr":
		return (*int)(nil)
	case "nilTPtr":
		return (*T)(nil)
	case "ptrInts":
		return &[]int{4, 5}
	case "ptrMap":
		return &map[string]int{"k": 1}
	case "ptrArr":
		return &[2]string{"p", "q"}
	case "nilFunc":
		return (func())(nil)
	case "nilChan":
		return (chan int)(nil)
	case "nilErr":
		return error(nil)
	case "stringer":
		return Stringer{7}
	case "pStringer":
		return &Stringer{8}
	case "ptrStringer":
		return &PtrStringer{9}
	case "ptrStringerVal":
		return PtrStringer{10}
	case "nilPtrStringer":
		return (*PtrStringer)(nil)
	case "errer":
		return Errer{"bad"}
	case "both":
		return Both{}
	case "panicker":
		return Panicker{}
	case "errPanicker":
		return ErrPanicker{}
	case "goStr":
		return GoStr{1}
	case "hidden":
		return Hidden{Stringer{1}, Stringer{2}}
	case "stringers":
		return []Stringer{{1}, {2}}
	case "levels":
		return []Level{0, 1, 5}
	case "level":
		return Level(1)
	case "errNew":
		return errors.New("plain error")
	case "errWrapped":
		return fmt.Errorf("ctx: %w", errors.New("inner"))
	case "anon":
		return struct {
			A int
			B []string
		}{1, []string{"q"}}
	case "emptyStruct":
		return struct{}{}
	case "complexes":
		return []complex128{1 + 2i, -1.5i}
	case "f32s":
		return []float32{0.1, 1.0 / 3}
	case "runes":
		return []rune("hé")
	case "uint8s":
		return []uint8{1, 2}
	case "int8s":
		return []int8{-1, 2}
	case "iface":
		return []error{errors.New("e1"), nil}
	}
	panic("unknown named value " + name)
}

func parseArg(s string) any {
	if s == "nil" {
		return nil
	}
	if strings.HasPrefix(s, "@") {
		return named(s[1:])
	}
	typ, val, ok := strings.Cut(s, ":")
	if !ok {
		panic("bad arg " + s)
	}
	i := func(bits int) int64 {
		n, err := strconv.ParseInt(val, 0, bits)
		if err != nil {
			panic(err)
		}
		return n
	}
	u := func(bits int) uint64 {
		n, err := strconv.ParseUint(val, 0, bits)
		if err != nil {
			panic(err)
		}
		return n
	}
	f := func(v string, bits int) float64 {
		x, err := strconv.ParseFloat(v, bits)
		if err != nil {
			panic(err)
		}
		return x
	}
	str := func() string {
		q, err := strconv.Unquote(val)
		if err != nil {
			panic(err)
		}
		return q
	}
	switch typ {
	case "int":
		return int(i(64))
	case "int8":
		return int8(i(8))
	case "int16":
		return int16(i(16))
	case "int32":
		return int32(i(32))
	case "int64":
		return i(64)
	case "uint":
		return uint(u(64))
	case "uint8":
		return uint8(u(8))
	case "uint16":
		return uint16(u(16))
	case "uint32":
		return uint32(u(32))
	case "uint64":
		return u(64)
	case "uintptr":
		return uintptr(u(64))
	case "float64":
		return f(val, 64)
	case "float32":
		return float32(f(val, 32))
	case "complex128", "complex64":
		re, im, _ := strings.Cut(val, ",")
		if typ == "complex64" {
			return complex(float32(f(re, 32)), float32(f(im, 32)))
		}
		return complex(f(re, 64), f(im, 64))
	case "bool":
		return val == "true"
	case "string":
		return str()
	case "bytes":
		return []byte(str())
	}
	panic("bad arg type " + s)
}

func runFmt() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		line := in.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		var args []any
		for _, a := range parts[1:] {
			args = append(args, parseArg(a))
		}
		var res string
		switch parts[0] {
		case "P":
			res = fmt.Sprint(args...)
		case "L":
			res = fmt.Sprintln(args...)
		default:
			errorf := strings.HasPrefix(parts[0], "E")
			format, err := strconv.Unquote(strings.TrimPrefix(parts[0], "E"))
			if err != nil {
				panic(err)
			}
			if errorf {
				res = describeErrorf(fmt.Errorf(format, args...), args)
			} else {
				res = fmt.Sprintf(format, args...)
			}
		}
		if strings.Contains(line, "@") || strings.Contains(line, "%p") {
			res = normaliseAddrs(res)
		}
		fmt.Fprintf(out, "%s\t%s\n", line, strconv.Quote(res))
	}
}

// normaliseAddrs replaces heap addresses, which differ from run to run, by ADDR: `0x`
// and at least 5 hex digits, or a bare run of at least 10 (a pointer under %x, %d, %o).
// The Rust test applies the same scan to its own output.
func normaliseAddrs(s string) string {
	isHex := func(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
	var b strings.Builder
	for i := 0; i < len(s); {
		start := i
		prefixed := strings.HasPrefix(s[i:], "0x")
		from := i
		if prefixed {
			from += 2
		}
		n := 0
		for from+n < len(s) && isHex(s[from+n]) {
			n++
		}
		if (prefixed && n >= 5) || n >= 10 {
			b.WriteString("ADDR")
			i = from + n
		} else {
			end := min(start+max(n, 1)+(from-start), len(s))
			b.WriteString(s[start:end])
			i = end
		}
	}
	return b.String()
}

// describeErrorf: the message, then which operands Unwrap returns (by position).
func describeErrorf(err error, args []any) string {
	var wrapped []error
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		wrapped = []error{u.Unwrap()}
	case interface{ Unwrap() []error }:
		wrapped = u.Unwrap()
	}
	var b strings.Builder
	b.WriteString(err.Error())
	b.WriteString(" |")
	for _, w := range wrapped {
		idx := -1
		for i, a := range args {
			if e, ok := a.(error); ok && e == w {
				idx = i
				break
			}
		}
		fmt.Fprintf(&b, " %d", idx)
	}
	switch err.(type) {
	case interface{ Unwrap() error }:
		b.WriteString(" one")
	case interface{ Unwrap() []error }:
		b.WriteString(" many")
	}
	return b.String()
}

func main() {
	switch os.Args[1] {
	case "fmt":
		runFmt()
	case "fmtfuzz":
		runFmtFuzz()
	case "float":
		runFloat()
	case "strconv":
		runStrconv()
	case "time":
		runTime()
	case "math":
		runMath()
	case "rand":
		runRand()
	case "unicode":
		runUnicode()
	case "panic":
		runPanic()
	case "panic1":
		panicOne(os.Args[2])
	case "print":
		runPrint()
	case "print1":
		printOne(os.Args[2])
	}
	_ = rand.N[int]
	_ = time.Now
}
