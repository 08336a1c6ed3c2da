package main

import "fmt"

type Notifier interface {
	Notify(msg string)
}

type Service struct {
	notifier Notifier
}

func (s *Service) Run() {
	fmt.Println("running")
	s.notifier.Notify("started")
}

func main() {
	s := &Service{}
	s.Run()
}
