package main

import "fmt"

type Miles float64
type Km float64

func main() {
	var d any = Miles(3)
	if k, ok := d.(Km); !ok {
		fmt.Println("not km", k)
	}
	k := d.(Km)
	fmt.Println(k)
}
