package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Print(x, " ")
	x -= 10
	fmt.Print(x, " ")
	x *= 3
	fmt.Print(x, " ")
	x /= 4
	fmt.Print(x, " ")
	x %= 50
	fmt.Print(x, " ")
	x <<= 3
	fmt.Print(x, " ")
	x >>= 1
	fmt.Print(x, " ")
	x &= 0xF0
	fmt.Print(x, " ")
	x |= 0x0F
	fmt.Print(x, " ")
	x ^= 0xFF
	fmt.Print(x, " ")
	x &^= 0x4
	fmt.Println(x)
	s := "go"
	s += "pher"
	f := 1.5
	f *= f
	f /= 0.5
	fmt.Println(s, f)
	arr := []int{1, 2, 3}
	i := 0
	arr[i] += 10
	arr[len(arr)-1] *= 2
	i++
	arr[i]--
	fmt.Println(arr, i)
	m := map[string]int{}
	m["k"] += 2
	m["k"] <<= 2
	fmt.Println(m)
	var u8 uint8 = 250
	u8 += 10
	var sh uint = 70
	y := 1
	y <<= sh
	fmt.Println(u8, y)
}
