package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
)

// runFmtFuzz prints random Printf cases (random directives over basic operands) in the
// fmt case format: `quoted format<TAB>args...<TAB>quoted result`.
func runFmtFuzz() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"%", "%", "%", "-", "+", "#", " ", "0", "1", "2", "5", "12", ".", "*", "[1]", "[2]", "[3]", "[0]", "[9]",
		"d", "v", "s", "q", "x", "X", "o", "O", "b", "c", "U", "e", "E", "f", "F", "g", "G", "t", "T", "p", "w", "z", "ñ", "!", "a", " ", "|"}
	randArg := func() string {
		switch r.IntN(9) {
		case 0:
			return "int:" + strconv.FormatInt(r.Int64N(2001)-1000, 10)
		case 1:
			return "int64:" + strconv.FormatInt(int64(r.Uint64()), 10)
		case 2:
			return "uint8:" + strconv.Itoa(r.IntN(256))
		case 3:
			return "float64:" + strconv.FormatFloat((r.Float64()-0.5)*math.Pow(10, float64(r.IntN(30)-15)), 'g', -1, 64)
		case 4:
			return "float32:" + strconv.FormatFloat(float64(float32(r.NormFloat64()*1000)), 'g', -1, 32)
		case 5:
			const alphabet = "aé\x00\xffz\"\t"
			b := make([]byte, r.IntN(6))
			for i := range b {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
			return "string:" + strconv.Quote(string(b))
		case 6:
			return "bool:" + strconv.FormatBool(r.IntN(2) == 0)
		case 7:
			return "nil"
		default:
			return "int32:" + strconv.Itoa(r.IntN(0x11000))
		}
	}
	named := []string{"T", "pT", "Outer", "OuterZero", "Embed", "MyInt", "MyBytes", "ints", "intsNil", "strs", "arr", "bytes",
		"byteArr", "anys", "nested", "mapSI", "mapNil", "mapFloat", "mapAny", "mapStringer", "nilPtr", "ptrInts", "nilFunc",
		"stringer", "pStringer", "ptrStringer", "nilPtrStringer", "errer", "both", "panicker", "errPanicker", "goStr", "hidden",
		"levels", "errNew", "errWrapped", "anon", "complexes", "f32s", "runes", "iface"}
	for i := range 10000 {
		var f strings.Builder
		for range 1 + r.IntN(3) {
			f.WriteString("%")
			for range 1 + r.IntN(4) {
				f.WriteString(pieces[r.IntN(len(pieces))])
			}
		}
		format := f.String()
		args := make([]string, r.IntN(4))
		vals := make([]any, len(args))
		for j := range args {
			args[j] = randArg()
			if i >= 6000 && r.IntN(2) == 0 {
				args[j] = "@" + named[r.IntN(len(named))]
			}
			vals[j] = parseArg(args[j])
		}
		line := strings.Join(append([]string{strconv.Quote(format)}, args...), "\t")
		res := fmt.Sprintf(format, vals...)
		if strings.Contains(line, "@") || strings.Contains(line, "%p") {
			res = normaliseAddrs(res)
		}
		fmt.Fprintf(out, "%s\t%s\n", line, strconv.Quote(res))
	}
}
