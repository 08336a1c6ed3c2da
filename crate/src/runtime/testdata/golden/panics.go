package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

var panicCases = []string{
	"int:3", "int:-42", "uint8:200", "uintptr:4096", "int32:0x1F600", "float64:1e6", "float64:0.1", "float32:0.1",
	"float64:NaN", "float64:-Inf", "complex128:1,2", "complex64:0.5,-1", "bool:true", `string:"boom"`,
	`string:"multi\nline\n"`, `string:""`, "@MyInt", "@MyString", "@Celsius", "@level", "@errNew", "@errWrapped",
	"@errer", "@stringer", "@pStringer", "@ptrStringer", "@both", "@T", "@pT", "@ints", "@mapSI", "@arr", "@nilPtr",
	"@nilFunc", "@anon", "@emptyStruct", "@bytes", "@goStr",
}

// runPanic prints, per case, what the runtime writes for `panic(value)` before the
// goroutine trace: `case<TAB>quoted text` (addresses normalised).
func runPanic() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, c := range panicCases {
		cmd := exec.Command(os.Args[0], "panic1", c)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		_ = cmd.Run()
		text, _, _ := strings.Cut(stderr.String(), "\n\ngoroutine ")
		fmt.Fprintf(out, "%s\t%s\n", c, strconv.Quote(normaliseAddrs(text)))
	}
}

func panicOne(c string) {
	panic(parseArg(c))
}
