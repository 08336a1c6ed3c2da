package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func main() {
	var v any = ID(7)
	if s, ok := v.(Stringer); ok {
		fmt.Println("stringer", s.String())
	}
	n, ok := v.(int)
	fmt.Println(n, ok)
	id, ok := v.(ID)
	fmt.Println(id, ok, int(id))
	var e any
	_, ok = e.(ID)
	fmt.Println(ok)
	f := v.(fmt.Stringer)
	fmt.Println(f)
}
