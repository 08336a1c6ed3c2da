package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type Calc struct {
	stack []float64
	vars  map[string]float64
}

func (c *Calc) push(v float64) { c.stack = append(c.stack, v) }

func (c *Calc) pop() (float64, error) {
	if len(c.stack) == 0 {
		return 0, ErrStack
	}
	v := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return v, nil
}

func (c *Calc) binary(op func(a, b float64) (float64, error)) error {
	b, err := c.pop()
	if err != nil {
		return err
	}
	a, err := c.pop()
	if err != nil {
		return err
	}
	r, err := op(a, b)
	if err != nil {
		return err
	}
	c.push(r)
	return nil
}

func (c *Calc) Eval(expr string) (result float64, err error) {
	c.stack = c.stack[:0]
	defer func() {
		if err != nil {
			err = fmt.Errorf("eval %q: %w", expr, err)
		}
	}()
	ops := map[string]func(a, b float64) (float64, error){
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"-": func(a, b float64) (float64, error) { return a - b, nil },
		"*": func(a, b float64) (float64, error) { return a * b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a / b, nil
		},
		"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
	}
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			if err := c.binary(op); err != nil {
				return 0, err
			}
			continue
		}
		if name, ok := strings.CutPrefix(tok, "="); ok {
			v, err := c.pop()
			if err != nil {
				return 0, err
			}
			c.vars[name] = v
			c.push(v)
			continue
		}
		if v, ok := c.vars[tok]; ok {
			c.push(v)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("bad token %q", tok)
		}
		c.push(v)
	}
	if len(c.stack) != 1 {
		return 0, fmt.Errorf("%d values left on stack", len(c.stack))
	}
	return c.stack[0], nil
}

func main() {
	c := &Calc{vars: map[string]float64{"pi": math.Pi}}
	exprs := []string{
		"3 4 + 2 *",
		"1 2 3",
		"5 0 /",
		"2 10 ^ =k",
		"k 24 -",
		"pi 2 * =tau",
		"+",
		"1 x +",
		"tau 2 / pi -",
	}
	for _, e := range exprs {
		v, err := c.Eval(e)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-14s = %g\n", e, v)
	}
	fmt.Println(len(c.vars))
}
