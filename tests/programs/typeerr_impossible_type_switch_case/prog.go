package main

import (
	"fmt"
	"io"
)

type Stream struct{}

func (s *Stream) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	var w io.Writer = &Stream{}
	switch w.(type) {
	case Stream:
		fmt.Println("value")
	case *Stream:
		fmt.Println("pointer")
	}
}
