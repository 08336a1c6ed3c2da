package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Huge = Big * Big
const Ratio = 1.0 / 3
const Third = 1 / 3
const typedF float32 = 1.0 / 3

func main() {
	fmt.Println(Big>>98, Huge>>199, Third, Ratio)
	fmt.Println(typedF, Ratio*3 == 1)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T\n", c, Ratio, Third, 2i)
	fmt.Println(math.MaxUint32, math.MaxInt8, uint64(math.MaxUint64))
	const s = "hello" + ", " + "world"
	fmt.Println(len(s), s[7:])
	var f float64 = Big
	fmt.Println(f)
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, 1<<10-1)
	const e = 1e3
	var n int = e
	fmt.Println(n, 0x1p4, 0b101, 0o17, 017, 1_000_000)
}
