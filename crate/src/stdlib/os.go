// Package os: the little of the OS a playground has.
package os

// A File is an open file descriptor; only Stdout and Stderr exist.
type File struct {
	fd int
}

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

func (f *File) Write(b []byte) (n int, err error)

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Args holds the command-line arguments, starting with the program name.
var Args = []string{"/tmp/prog"}

// Exit causes the program to exit with the given status code (deferred
// functions are not run).
func Exit(code int)

func Getenv(key string) string { return "" }

func LookupEnv(key string) (string, bool) { return "", false }

func Getpid() int { return 1 }

func Hostname() (name string, err error) { return "playground", nil }
