package main

import "fmt"

type Phasor complex64

func (p Phasor) Scale(k float32) Phasor { return p * Phasor(complex(k, 0)) }

func (p *Phasor) Rotate() { *p *= 1i }

func (p Phasor) String() string { return fmt.Sprintf("<%g|%g>", real(p), imag(p)) }

type Wide complex128

func main() {
	z := 0.1 + 0.7i
	n := complex64(z)
	back := complex128(n)
	fmt.Println(z, n, back, back == z)
	fmt.Println(real(back), imag(back))

	big := complex(1e39, -1e39)
	fmt.Println(complex64(big), complex64(complex(1e-46, 3.4e38)))

	var acc complex64
	for i := 0; i < 10; i++ {
		acc += 0.1 + 0.1i
	}
	fmt.Println(acc, acc == 1+1i)
	var acc128 complex128
	for i := 0; i < 10; i++ {
		acc128 += 0.1 + 0.1i
	}
	fmt.Println(acc128, acc128 == 1+1i)

	p := Phasor(1 + 2i)
	p.Rotate()
	fmt.Println(p, p.Scale(2.5))
	fmt.Printf("%v %s %T\n", p, p, p)
	fmt.Println(complex64(p), Wide(complex64(p)))
	w := Wide(3 - 4i)
	fmt.Println(w, complex128(w)/2, Wide(n))
	ps := []Phasor{1, 1i}
	fmt.Println(ps)
	third := complex64(1) / 3
	fmt.Println(third, complex128(third), third*3)
	mul := complex64(complex(16777217, 1)) * complex64(complex(1, 1e-8))
	fmt.Println(mul)
}
