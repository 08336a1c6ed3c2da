package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

func (s Student) Mean() float64 {
	if len(s.Scores) == 0 {
		return math.NaN()
	}
	t := 0.0
	for _, x := range s.Scores {
		t += x
	}
	return t / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case math.IsNaN(avg):
		return "-"
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "F"
	}
}

func parse(line string) (Student, error) {
	name, rest, ok := strings.Cut(line, ":")
	if !ok {
		return Student{}, fmt.Errorf("bad line %q", line)
	}
	st := Student{Name: strings.TrimSpace(name)}
	for _, f := range strings.Fields(rest) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return Student{}, fmt.Errorf("student %s: %w", st.Name, err)
		}
		st.Scores = append(st.Scores, v)
	}
	return st, nil
}

func stddev(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(xs)))
}

func main() {
	input := []string{"ann: 93 88 97", "bob: 72 65.5 80", "cy 50", "dee: 85 x", "eve:", "fay: 100 99.5 98"}
	var students []Student
	for _, l := range input {
		s, err := parse(l)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		students = append(students, s)
	}
	sort.Slice(students, func(i, j int) bool {
		mi, mj := students[i].Mean(), students[j].Mean()
		if math.IsNaN(mi) {
			return false
		}
		if math.IsNaN(mj) {
			return true
		}
		return mi > mj
	})
	var all []float64
	for i, s := range students {
		fmt.Printf("%d. %-4s %6.2f %s %v\n", i+1, s.Name, s.Mean(), letter(s.Mean()), s.Scores)
		all = append(all, s.Scores...)
	}
	fmt.Printf("n=%d stddev=%.3f\n", len(all), stddev(all))
}
