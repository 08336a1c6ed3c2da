package main

import "fmt"

func main() {
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	for {
		n--
		if n < 0 {
			break
		}
	}
	fmt.Println(n)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Print(i)
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var arr [3]string
	for i := range arr {
		arr[i] = fmt.Sprint(i * i)
	}
	fmt.Println(arr, len(arr))
	sum := 0
	for i := 10; i > 0; i /= 2 {
		sum += i
	}
	fmt.Println(sum)
}
