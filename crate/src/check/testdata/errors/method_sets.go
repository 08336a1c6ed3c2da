package main

import "fmt"

type Logger interface {
	Log(string)
}

type Writer interface {
	Logger
	Write(p []byte) (int, error)
}

type A struct{}

func (A) Log(s string) {}

type B struct{}

func (B) Log(s string) {}

type C struct {
	A
	B
}

type File struct{ name string }

func (f *File) Write(p []byte) (int, error) { return len(p), nil }
func (f *File) Log(s string)                 {}

func (f File) Name() string { return f.name }

func (x int) Bad() {}

func (f *File) Name() string { return "" }

func main() {
	var c C
	c.Log("x")
	var w Writer = File{}
	var l Logger = &File{}
	fmt.Println(w, l)
	File{}.Log("x")
	var pf *File
	pf.Name()
	m := map[string]File{}
	m["a"].Log("x")
	fs := []File{{}}
	fs[0].Log("x")
}
