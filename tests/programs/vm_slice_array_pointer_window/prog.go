package main

import "fmt"

type Pair [2]string

func main() {
	stock := []int{10, 20, 30, 40, 50}
	p := (*[3]int)(stock[1:])
	fmt.Printf("%T %v %d\n", p, *p, len(p))
	for i, v := range p {
		p[i] = v + 1
	}
	fmt.Println(stock)
	*p = [3]int{7, 8, 9}
	fmt.Println(stock)
	snapshot := *p
	snapshot[0] = -1
	fmt.Println(stock, snapshot)
	p[2]++
	fmt.Println(stock[3], p[2])

	names := []string{"ann", "bob", "cy"}
	pair := Pair(names)
	pp := (*Pair)(names[1:])
	pp[0] = "BOB"
	fmt.Println(pair, *pp, names)

	var none []int
	q := (*[0]int)(none)
	fmt.Println(q == nil, len(q))
	r := (*[0]int)(stock[:0])
	fmt.Println(r == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[6]int)(stock)
}
