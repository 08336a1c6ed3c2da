package main

import "fmt"

func f() (float64, float64)          { return 1, 2 }
func p() (float32, float32)          { return 3, -4 }
func g() float64                     { return 1 }
func h() (float32, float64)          { return 1, 2 }
func k() (float64, float64, float64) { return 1, 2, 3 }
func c() (complex128, complex128)    { return 1, 2 }

func main() {
	fmt.Println(complex(f()), complex(p()))
	fmt.Println(complex(g()))
	fmt.Println(complex(h()))
	fmt.Println(complex(k()))
	fmt.Println(real(c()))
	fmt.Println(real(g()))
	fmt.Println(imag(f()))
	fmt.Println(complex(f(), 1))
	fmt.Println(complex(undefined()))
}
