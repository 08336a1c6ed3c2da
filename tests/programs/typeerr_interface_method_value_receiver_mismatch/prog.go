package main

import (
	"fmt"
	"sort"
)

type People []string

func (p *People) Len() int           { return len(*p) }
func (p *People) Less(i, j int) bool { return (*p)[i] < (*p)[j] }
func (p *People) Swap(i, j int)      { (*p)[i], (*p)[j] = (*p)[j], (*p)[i] }

func main() {
	p := People{"b", "a"}
	sort.Sort(p)
	fmt.Println(p)
	var s fmt.Stringer = p
	fmt.Println(s)
}
