package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "hello"
	arr := [4]int{}
	i, j, k := 4, 1, 10
	try("s[i:]", func() { _ = s[i:] })
	try("s[j:0]", func() { _ = s[j:0] })
	try("s[:k]", func() { _ = s[:k] })
	try("s[::k]", func() { _ = s[0:1:k] })
	try("s[2:1:2]", func() { _ = s[i-2 : j : 2] })
	try("str[:k]", func() { _ = str[:k] })
	try("str[i:j]", func() { _ = str[i:j] })
	try("str[k]", func() { _ = str[k] })
	try("arr[k]", func() { _ = arr[k-4] })
	try("s[-1]", func() { _ = s[j-2] })
	try("ok", func() { _ = s[3:] })
}
