package main

import "fmt"

func main() {
	backlog := make(chan int, 2)
	dropped := 0
	for ticket := 1; ticket <= 5; ticket++ {
		select {
		case backlog <- ticket:
			fmt.Println("queued ticket", ticket)
		default:
			dropped++
			fmt.Println("backlog full, dropped ticket", ticket)
		}
	}
	fmt.Println("queued", len(backlog), "dropped", dropped)
}
