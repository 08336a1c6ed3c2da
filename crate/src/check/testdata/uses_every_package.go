package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"math"
	"math/rand"
	"os"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var n atomic.Int64
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n.Add(int64(i))
			mu.Unlock()
		}()
	}
	wg.Wait()
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), n.Load(), time.Since(time.Now()) < time.Second)
	err := fmt.Errorf("wrap: %w", io.EOF)
	fmt.Println(errors.Is(err, io.EOF), errors.Unwrap(err) == io.EOF)
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	sort.Ints(xs)
	sort.Sort(byLen{"a", "bb"})
	fmt.Println(slices.Contains(xs, 2), slices.Index(xs, 3), slices.Max(xs), cmp.Compare(1, 2))
	m := map[string]int{"a": 1, "b": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, strings.Repeat("ab", 3), strings.ToUpper("x"), strconv.Itoa(42))
	v, e := strconv.Atoi("12")
	fmt.Println(v, e, math.Sqrt(2), math.Pi, math.MaxInt64, rand.Intn(10))
	fmt.Println(unicode.IsUpper('A'), utf8.RuneCountInString("héllo"), runtime.NumGoroutine())
	var sb strings.Builder
	sb.WriteString("hi")
	fmt.Fprintln(os.Stdout, sb.String())
	var seq iter.Seq[int] = func(yield func(int) bool) { yield(1) }
	for x := range seq {
		fmt.Println(x)
	}
	t := time.NewTimer(time.Second)
	select {
	case <-t.C:
	case <-time.After(time.Millisecond):
	}
	tk := time.NewTicker(time.Second)
	tk.Stop()
	var once sync.Once
	once.Do(func() {})
	if len(os.Args) > 5 {
		os.Exit(1)
	}
}
