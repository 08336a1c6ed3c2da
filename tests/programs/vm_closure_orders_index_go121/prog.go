package main

import "fmt"

func main() {
	orders := []string{"tea", "coffee", "juice"}
	var print []func()
	for i := 0; i < len(orders); i++ {
		print = append(print, func() {
			fmt.Println("order:", orders[i])
		})
	}
	for _, p := range print {
		p()
	}
}
