package main

import "fmt"

type Task struct{ name string }

func (t *Task) Print() { fmt.Println("task", t.name) }

func (t Task) PrintVal() { fmt.Println("val", t.name) }

func main() {
	tasks := []Task{{"a"}, {"b"}, {"c"}}
	var ptrFns, valFns []func()
	for _, t := range tasks {
		ptrFns = append(ptrFns, t.Print)
		valFns = append(valFns, t.PrintVal)
	}
	for i := range ptrFns {
		ptrFns[i]()
		valFns[i]()
	}
	var ds []func()
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("defer sees", i) }()
		ds = append(ds, func() { fmt.Print(i) })
	}
	for _, d := range ds {
		d()
	}
	fmt.Println()
}
