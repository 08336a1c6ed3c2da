package main

import "fmt"

func factorial(n int64) int64 {
	r := int64(1)
	for i := int64(2); i <= n; i++ {
		r *= i
	}
	return r
}

func main() {
	for _, n := range []int64{20, 21, 25} {
		fmt.Println(n, factorial(n))
	}
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	var acc int16
	for i := 0; i < 1000; i++ {
		acc += int16(i)
	}
	fmt.Println(acc)
	x := int32(-2147483648)
	fmt.Println(x/-1, x%-1, -x)
}
