package main

import "fmt"

func risky(n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	if n > 2 {
		panic(fmt.Sprintf("n too big: %d", n))
	}
	return "ok"
}

func main() {
	fmt.Println(risky(1))
	fmt.Println(risky(5))
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		var arr []int
		_ = arr[3]
	}()
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("error:", err.Error())
		}()
		a, b := 1, 0
		fmt.Println(a / b)
	}()
	fmt.Println("still running")
}
