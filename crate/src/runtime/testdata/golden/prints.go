package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

var printCases = []string{
	"int:3", "int:-42", "int8:-128", "int64:-9223372036854775808", "uint8:200", "uint64:18446744073709551615",
	"uintptr:4096", "int32:0x1F600", "float64:1e6", "float64:0.1", "float64:-0", "float64:123456789", "float64:1e21",
	"float64:1e-7", "float32:0.1", "float32:16777216", "float64:NaN", "float64:+Inf", "float64:-Inf",
	"complex128:1,2", "complex64:0.5,-1", "complex128:NaN,-0", "bool:true", "bool:false", `string:"boom"`,
	`string:"multi\nline"`, `string:""`, "@nilPtr",
}

// runPrint prints, per case, what the builtin println writes for the value (to stderr).
func runPrint() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, c := range printCases {
		cmd := exec.Command(os.Args[0], "print1", c)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		_ = cmd.Run()
		fmt.Fprintf(out, "%s\t%s\n", c, strconv.Quote(stderr.String()))
	}
}

func printOne(c string) {
	switch v := parseArg(c).(type) {
	case int:
		println(v)
	case int8:
		println(v)
	case int32:
		println(v)
	case int64:
		println(v)
	case uint8:
		println(v)
	case uint64:
		println(v)
	case uintptr:
		println(v)
	case float64:
		println(v)
	case float32:
		println(v)
	case complex128:
		println(v)
	case complex64:
		println(v)
	case bool:
		println(v)
	case string:
		println(v)
	case *int:
		println(v)
	default:
		panic("no static type for " + c)
	}
}
