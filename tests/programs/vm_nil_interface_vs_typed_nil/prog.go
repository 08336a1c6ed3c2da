package main

import "fmt"

type MyErr struct{}

func (e *MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func clean() error {
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	fmt.Println(clean() == nil)
	var i any
	var p *int
	fmt.Println(i == nil)
	i = p
	fmt.Println(i == nil, i)
	var s fmt.Stringer
	fmt.Println(s == nil, s)
}
