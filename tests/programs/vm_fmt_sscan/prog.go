package main

import (
	"fmt"
	"io"
)

type celsius float64

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	var u uint8
	n, err := fmt.Sscan("12 apples 3.5", &a, &s, &f)
	fmt.Println(n, err, a, s, f)
	n, err = fmt.Sscan("  7\n\n 8  ", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x1", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("true +4 -0x1F", &ok, &a, &b)
	fmt.Println(n, err, ok, a, b)
	n, err = fmt.Sscan("maybe", &ok)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e3 abc", &f, &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("3,4", "%d,%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("3;4", "%d,%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7 2.5 hi", "%v %v %v", &a, &f, &s)
	fmt.Println(n, err, a, f, s)
	n, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("10 20", "%d %d %d", &a, &b, &a)
	fmt.Println(n, err)
	var r rune
	n, err = fmt.Sscanf("Q", "%c", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscan("12abc", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("0b101 0o17 1_000", &a, &b, &u)
	fmt.Println(n, err, a, b)
	_, err = fmt.Sscan("", &a)
	fmt.Println(err == io.EOF)
	var t celsius
	n, err = fmt.Sscan("21.5", &t)
	fmt.Println(n, err, t)
	n, err = fmt.Sscanf("12345678", "%3d%2d", &a, &b)
	fmt.Println(n, err, a, b)
	var list []int
	n, err = fmt.Sscan("1", &list)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	fmt.Println(n, err, a)
}
