package main

import (
	"fmt"
	"sort"
	"strings"
)

type Scores map[string]int

func (s Scores) Top(n int) []string {
	names := make([]string, 0, len(s))
	for k := range s {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if s[names[i]] != s[names[j]] {
			return s[names[i]] > s[names[j]]
		}
		return names[i] < names[j]
	})
	if n > len(names) {
		n = len(names)
	}
	return names[:n]
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

func (p *Path) Push(s string) { *p = append(*p, s) }

func (p *Path) Pop() string {
	old := *p
	last := old[len(old)-1]
	*p = old[:len(old)-1]
	return last
}

func main() {
	s := Scores{"ann": 90, "bob": 75, "cy": 90, "dee": 60}
	fmt.Println(s.Top(3), s.Top(10))
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, len(p))
	fmt.Println(p.Pop(), p)
	fmt.Printf("%v %s %d\n", p, p, len(p))
}
