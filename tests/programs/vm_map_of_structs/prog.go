package main

import "fmt"

type Stock struct {
	Qty   int
	Price float64
}

func main() {
	inv := map[string]Stock{
		"apple": {10, 0.5},
		"pear":  {4, 0.75},
	}
	s := inv["apple"]
	s.Qty = 99
	fmt.Println(inv["apple"], s)
	inv["apple"] = s
	fmt.Println(inv)
	ptrs := map[string]*Stock{"kiwi": {1, 2}}
	ptrs["kiwi"].Qty += 5
	fmt.Println(*ptrs["kiwi"])
	fmt.Println(inv["missing"])
	fmt.Printf("%+v\n", inv)
}
