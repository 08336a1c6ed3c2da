package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Todo State = iota
	Doing
	Done
	Cancelled
)

var stateNames = map[State]string{Todo: "todo", Doing: "doing", Done: "done", Cancelled: "cancelled"}

func (s State) String() string { return stateNames[s] }

var transitions = map[State][]State{
	Todo:  {Doing, Cancelled},
	Doing: {Done, Todo, Cancelled},
}

type Task struct {
	ID    int
	Title string
	State State
	Tags  []string
}

type Board struct {
	tasks []*Task
}

func (b *Board) Add(title string, tags ...string) *Task {
	t := &Task{ID: len(b.tasks) + 1, Title: title, Tags: tags}
	b.tasks = append(b.tasks, t)
	return t
}

func (b *Board) Move(id int, to State) error {
	for _, t := range b.tasks {
		if t.ID != id {
			continue
		}
		for _, allowed := range transitions[t.State] {
			if allowed == to {
				t.State = to
				return nil
			}
		}
		return fmt.Errorf("task %d: cannot move from %v to %v", id, t.State, to)
	}
	return fmt.Errorf("task %d: not found", id)
}

func (b *Board) Filter(keep func(*Task) bool) []string {
	var out []string
	for _, t := range b.tasks {
		if keep(t) {
			out = append(out, t.Title)
		}
	}
	return out
}

func (b *Board) Summary() string {
	counts := make([]int, 4)
	for _, t := range b.tasks {
		counts[t.State]++
	}
	parts := []string{}
	for s := Todo; s <= Cancelled; s++ {
		parts = append(parts, fmt.Sprintf("%v=%d", s, counts[s]))
	}
	return strings.Join(parts, " ")
}

func main() {
	var b Board
	b.Add("write tests", "dev")
	b.Add("fix bug", "dev", "urgent")
	b.Add("lunch")
	b.Add("review", "dev")
	steps := []struct {
		id int
		to State
	}{{1, Doing}, {1, Done}, {2, Done}, {2, Doing}, {3, Cancelled}, {3, Doing}, {9, Done}, {4, Doing}}
	for _, s := range steps {
		if err := b.Move(s.id, s.to); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(b.Summary())
	dev := b.Filter(func(t *Task) bool {
		for _, tag := range t.Tags {
			if tag == "dev" {
				return true
			}
		}
		return false
	})
	fmt.Println("dev:", dev)
	fmt.Println("active:", b.Filter(func(t *Task) bool { return t.State == Doing }))
	for _, t := range b.tasks {
		fmt.Printf("%+v\n", *t)
	}
}
