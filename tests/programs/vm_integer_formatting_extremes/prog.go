package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(math.MinInt64, math.MaxInt64, uint64(math.MaxUint64))
	fmt.Printf("%d %x %X %o %b\n", math.MinInt64, math.MinInt64, int64(math.MinInt64), int8(math.MinInt8), int8(math.MinInt8))
	fmt.Printf("%+d %+d % d %5d|%-5d|\n", 0, -0, 7, -42, -42)
	fmt.Println(strconv.FormatInt(math.MinInt64, 2))
	fmt.Println(strconv.FormatInt(math.MinInt64, 36), strconv.Itoa(math.MinInt64))
	fmt.Printf("%08d|%-08d|%+08d|%x|%#08x\n", -42, -42, 42, -1, 255)
	fmt.Printf("%3d|%3d|%3d\n", 1000, 12345, -1234)
	var u8 uint8 = 255
	var i16 int16 = -32768
	fmt.Printf("%d %v %x %d %x\n", u8, u8, u8, i16, i16)
	fmt.Printf("%c|%5c|%-3c|%q\n", 'é', 'x', 'y', 'é')
}
