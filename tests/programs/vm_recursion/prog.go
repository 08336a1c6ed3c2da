package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 10 {
		fmt.Println("move disk 10 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func perms(prefix string, rest []rune, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, prefix)
		return
	}
	for i, r := range rest {
		next := append(append([]rune{}, rest[:i]...), rest[i+1:]...)
		perms(prefix+string(r), next, out)
	}
}

func main() {
	fmt.Println(fib(25))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	fmt.Println(ackermann(2, 3))
	var out []string
	perms("", []rune("abc"), &out)
	fmt.Println(out)
	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + depth(n-1)
	}
	fmt.Println(depth(100000))
}
