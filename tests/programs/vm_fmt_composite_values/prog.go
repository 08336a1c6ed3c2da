package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Any   any
	Err   error
	flags []bool
}

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []int{1, 2}, M: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v %+v\n", []Inner{{1, "a"}}, map[Inner]bool{{2, "b"}: true})
	fmt.Printf("%v %d %s\n", [3]bool{true}, []int8{-1, 2}, []string{"a", "b"})
	fmt.Printf("%q %x\n", []string{"a b", "c"}, []byte("AZ"))
	var np *Inner
	var ns []int
	var nm map[string]int
	var ni any
	var ne error
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ni, ne)
	fmt.Printf("%+v %#v %#v %#v\n", np, ns, nm, ni)
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Println(o.In, &o.In, []*int{nil})
	fmt.Printf("%v\n", struct {
		X int
		Y []string
	}{1, nil})
	fmt.Printf("%#v\n", map[string][]int{"a": {1}})
}
