package main

import (
	"fmt"
	"runtime"
)

func helperRecover() any { return recover() }

func indirect() (out string) {
	defer func() {
		r := helperRecover()
		out = fmt.Sprint("helper got: ", r)
		if r == nil {
			out += fmt.Sprint(", direct got: ", recover())
		}
	}()
	panic("p1")
}

func runtimeErr() (msg string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			msg = "runtime.Error: " + re.Error()
		}
	}()
	var m map[int]int
	m[1]++
	return "no panic"
}

func notPanicking() string {
	defer func() {
		fmt.Println("recover when not panicking:", recover())
	}()
	return "fine"
}

func main() {
	fmt.Println(indirect())
	fmt.Println(runtimeErr())
	fmt.Println(notPanicking())
	func() {
		defer func() {
			fmt.Println("outer:", recover())
		}()
		defer func() {
			defer func() {
				fmt.Println("inner:", recover())
			}()
			panic("second")
		}()
		panic("first")
	}()
}
