// Command gen_rngcooked writes ../rngcooked.golden: real Go's rngCooked (the additive
// lagged Fibonacci generator's initial values behind math/rand.NewSource), read out of a
// source seeded with 1 and un-mixed from that seed's contribution, one per line in hex.
// rand/mod.rs computes the same values (so that the wasm need not carry them) and its
// test compares them with this file.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"unsafe"
)

const rngLen = 607

func seedrand(x int32) int32 {
	const (
		A = 48271
		Q = 44488
		R = 3399
	)
	hi := x / Q
	lo := x % Q
	x = A*lo - R*hi
	if x < 0 {
		x += 1<<31 - 1
	}
	return x
}

func main() {
	src := rand.NewSource(1)
	field := reflect.ValueOf(src).Elem().FieldByName("vec")
	vec := (*[rngLen]int64)(unsafe.Pointer(field.UnsafeAddr()))
	var b strings.Builder
	x := int32(1)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			fmt.Fprintf(&b, "%016x\n", uint64(vec[i]^u))
		}
	}
	if err := os.WriteFile("../rngcooked.golden", []byte(b.String()), 0o644); err != nil {
		panic(err)
	}
}
