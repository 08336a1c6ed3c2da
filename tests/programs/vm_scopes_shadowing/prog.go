package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if:", x)
	} else {
		fmt.Println("else:", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for:", x)
	}
	switch x := 2.5; {
	case x > 2:
		fmt.Println("switch:", x)
	}
	fmt.Println(x)
	show()
	err := fmt.Errorf("outer")
	if true {
		n, err := 1, fmt.Errorf("inner")
		fmt.Println(n, err)
	}
	fmt.Println(err)
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
}
