package main

import "errors"

func a() int {
	return
}

func b() (int, error) {
	return 1
}

func c() {
	return 1
}

func d() (x int, err error) {
	return
}

func e(n int) string {
	switch {
	case n > 0:
		return "pos"
	default:
		return "neg"
	}
}

func f(n int) string {
	switch n {
	case 1:
		return "one"
	}
}

func g() error {
	return errors.New("x"), nil
}

func h() (int, string) {
	return "a", 1
}

func k() int {
	for {
		break
	}
}

func main() {
	a()
	b()
}
