package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("not printed")
}

func level1() (msg string) {
	defer func() {
		msg = fmt.Sprint("caught ", recover())
	}()
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	defer func() {
		fmt.Println("recover in main:", recover())
		fmt.Println("recover again:", recover())
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("inner got", r)
				panic("rethrown")
			}
		}()
		panic("boom")
	}()
}
