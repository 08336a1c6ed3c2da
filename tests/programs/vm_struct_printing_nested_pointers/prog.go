package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	N int
}

type Outer struct {
	Name string
	In   Inner
	Err  error
	Fn   func()
	Ch   chan int
	Any  any
}

func main() {
	o := Outer{Name: "x", In: Inner{1}, Err: errors.New("e"), Any: Inner{2}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(&o.In, []Inner{{3}}, [1]Inner{{4}})
	fmt.Printf("%v %+v\n", &o.In, &Inner{5})
	fmt.Printf("%#v\n", Inner{6})
	fmt.Printf("%#v %#v %#v %#v\n", 1, "s", 2.0, []string{"a"})
	fmt.Printf("%#v %#v\n", [2]bool{}, struct{ A, B int }{1, 2})
	var e error
	fmt.Printf("[%v] [%+v] [%s] [%d]\n", e, e, e, e)
}
