package main

import "fmt"

func describe(n int) {
	switch {
	case n > 100:
		fmt.Print("huge ")
		fallthrough
	case n > 10:
		fmt.Print("big ")
		fallthrough
	case n > 0:
		fmt.Print("positive")
	case n == 0:
		fmt.Print("zero")
	default:
		fmt.Print("negative")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{500, 50, 5, 0, -5} {
		describe(n)
	}
	switch x := 2; x {
	case 1, 2, 3:
		fmt.Println("small")
		if x == 2 {
			break
		}
		fmt.Println("not reached for 2")
	case 4:
		fmt.Println("four")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
	s := "b"
	switch s + "!" {
	case "a!":
		fmt.Println("A")
	case "b!":
		fmt.Println("B")
		fallthrough
	default:
		fmt.Println("default after B")
	}
}
