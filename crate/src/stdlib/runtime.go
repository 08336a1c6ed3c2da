// Package runtime: the scheduler's controls.
package runtime

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it (deferred calls run).
func Goexit()

func NumGoroutine() int

func NumCPU() int

// GOMAXPROCS sets the number of logical processors (n < 1: no change) and
// returns the previous setting.
func GOMAXPROCS(n int) int

func GC()

func Version() string { return "go1.27" }

func KeepAlive(x any) {}

// The Error interface identifies a run time error.
type Error interface {
	error
	RuntimeError()
}
