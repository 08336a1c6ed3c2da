package main

import (
	"fmt"
	"time"
)

type Job struct {
	ID       int
	Duration time.Duration
	Done     chan bool
}

type Worker interface {
	Work(j Job) error
}

type Pool struct {
	workers []Worker
	jobs    chan Job
}

func NewPool(n int) *Pool {
	return Pool{jobs: make(chan Job, n)}
}

func (p *Pool) Submit(j *Job) {
	p.jobs <- j
}

func main() {
	p := NewPool(3)
	p.Submit(Job{ID: 1})
	j := Job{ID: 2, Duration: 5}
	j.Done = make(chan int)
	select {
	case <-j.Done:
	default:
	}
	var w Worker
	w.Work()
	fmt.Println(p.workers[0].Work(j) == nil, len(p))
	for _, job := range p.jobs {
		fmt.Println(job)
	}
}
