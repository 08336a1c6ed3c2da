package main

import "fmt"

func main() {
	done := make(chan struct{})
	report := make([]string, 0, 3)
	go func() {
		report = append(report, "inventory counted")
		report = append(report, "labels printed")
		report = append(report, "truck loaded")
		close(done)
	}()
	<-done
	for i, line := range report {
		fmt.Println(i+1, line)
	}
}
