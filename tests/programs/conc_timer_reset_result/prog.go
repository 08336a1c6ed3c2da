package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("Reset of an active timer:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("Reset of a fired timer:", t.Reset(10*time.Millisecond))
	fmt.Println("Stop of the re-armed timer:", t.Stop())
	fmt.Println("Reset of a stopped timer:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired again")
}
