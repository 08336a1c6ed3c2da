package main

import "fmt"

func main() {
	count := 0
	for i := uint(3); i < 10; i-- {
		fmt.Print(i, " ")
		count++
	}
	fmt.Println("iterations:", count)
	var b byte
	for b = 250; b != 4; b++ {
	}
	fmt.Println(b)
	var total uint8
	for i := 0; i < 300; i++ {
		total++
	}
	fmt.Println(total)
	var x uint = 5
	var y uint = 7
	fmt.Println(x-y, int(x)-int(y), (x-y)/2)
}
