package main

import "fmt"

func main() {
	fmt.Println(0x1.5i, 1__0i, 0b2i, 08, 0o8i, 0_i, 1e+i, 0xi)
}
