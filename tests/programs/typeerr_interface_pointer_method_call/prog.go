package main

import "fmt"

type Runner interface{ Run() }

type Job struct{}

func (Job) Run() { fmt.Println("run") }

func main() {
	var r Runner = Job{}
	p := &r
	p.Run()
}
