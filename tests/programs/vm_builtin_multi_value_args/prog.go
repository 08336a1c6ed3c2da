package main

import "fmt"

type Temp float64

func coords() (float64, float64)            { return 3, -4 }
func batch() ([]int, int, int)              { return []int{1}, 2, 3 }
func named() ([]any, Temp, string)          { return nil, 21.5, "warm" }
func pair() (string, error)                 { return "ok", nil }
func small() (float32, float32)             { return 0.5, 0.25 }
func growing(s []byte) ([]byte, byte, byte) { return s, 'a', 'b' }

func main() {
	println(coords())
	print(coords())
	print("\n")
	println(pair())
	z := complex(coords())
	fmt.Println(z, complex(small()), real(complex(coords())))
	s := append(batch())
	fmt.Println(s, len(s), cap(s))
	fmt.Println(append(named()))
	b := append(growing(nil))
	fmt.Println(string(b), len(b), cap(b))
	b = append(growing(b))
	fmt.Println(string(b), len(b), cap(b))
}
