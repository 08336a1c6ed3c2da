package main

import "fmt"

func main() {
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%x %x %x\n", int8(-1), uint16(65535), int32(-16))
	fmt.Printf("%c %c %c\n", 65, 0x1F600, 0x10FFFF+1)
	fmt.Printf("%q %q %q\n", 65, '\n', 0x7)
	fmt.Printf("%U %#U\n", 0x1F600, 'a')
	fmt.Printf("%b %o %#o %O\n", -5, 64, 64, 64)
	fmt.Printf("%v %v\n", []byte("hi"), [2]byte{1, 2})
	fmt.Printf("%s %s\n", []byte("hi"), [2]byte{104, 105})
	fmt.Printf("%e %g %v\n", float32(1e10), float32(1e10), float32(1e10))
	fmt.Printf("%v %.2v %g\n", 1e6, 1234.5, 1e20)
	fmt.Printf("%t %v\n", 1, 3+4i)
	fmt.Printf("%x %X % X\n", 3.5, []int{10, 11}, []byte{1, 171})
}
