package main

import (
	"fmt"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(n)
}

func collatz(n int) (steps, peak int) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		peak = max(peak, n)
		steps++
	}
	return
}

func main() {
	var out []string
	for i := 1; i <= 20; i++ {
		out = append(out, fizzbuzz(i))
	}
	fmt.Println(strings.Join(out, ","))
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if s, _ := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	s, p := collatz(27)
	fmt.Println(bestN, best, s, p)
}
