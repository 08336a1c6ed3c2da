package main

import "fmt"

type A struct{ ID int }

func (A) Who() string  { return "A" }
func (A) Only() string { return "only A" }

type B struct{ ID int }

func (B) Who() string { return "B" }

type C struct {
	A
	B
	ID int
}

type D struct {
	C
}

func (d D) Who() string { return "D wraps " + d.A.Who() + "+" + d.B.Who() }

func main() {
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.ID, c.A.ID, c.B.ID, c.Only())
	d := D{c}
	fmt.Println(d.Who(), d.ID, d.Only())
	d.A.ID = 100
	fmt.Println(c.A.ID, d.A.ID, d.C.A.ID)
	fmt.Printf("%+v\n", d)
	type Named interface{ Who() string }
	var n Named = d
	fmt.Println(n.Who())
}
