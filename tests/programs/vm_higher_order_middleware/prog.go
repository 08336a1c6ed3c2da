package main

import (
	"fmt"
	"strings"
)

type Handler func(req string) string

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "in:"+req)
			resp := next(req)
			*log = append(*log, "out:"+resp)
			return resp
		}
	}
}

func Upper(next Handler) Handler {
	return func(req string) string { return strings.ToUpper(next(req)) }
}

func Prefix(p string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string { return next(p + req) }
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	var log []string
	echo := func(req string) string { return "echo " + req }
	h := Chain(echo, Logging(&log), Upper, Prefix("/api"))
	fmt.Println(h("users"))
	fmt.Println(h("items"))
	fmt.Println(strings.Join(log, " | "))
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
}
