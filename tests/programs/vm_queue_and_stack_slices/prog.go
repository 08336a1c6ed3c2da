package main

import "fmt"

type Point struct{ R, C int }

func bfs(grid []string, start, goal Point) int {
	dist := map[Point]int{start: 0}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			return dist[cur]
		}
		for _, d := range []Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			nx := Point{cur.R + d.R, cur.C + d.C}
			if nx.R < 0 || nx.R >= len(grid) || nx.C < 0 || nx.C >= len(grid[0]) || grid[nx.R][nx.C] == '#' {
				continue
			}
			if _, seen := dist[nx]; !seen {
				dist[nx] = dist[cur] + 1
				queue = append(queue, nx)
			}
		}
	}
	return -1
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func main() {
	grid := []string{
		"..#.....",
		"..#.##..",
		"....#...",
		"###.#.#.",
		"......#.",
	}
	fmt.Println(bfs(grid, Point{0, 0}, Point{4, 7}))
	fmt.Println(bfs(grid, Point{0, 0}, Point{0, 3}))
	fmt.Println(bfs([]string{".#", "#."}, Point{0, 0}, Point{1, 1}))
	for _, s := range []string{"([]{})", "([)]", "((", "", "}"} {
		fmt.Printf("%q %v\n", s, balanced(s))
	}
}
