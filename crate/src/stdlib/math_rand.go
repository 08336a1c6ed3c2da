// Package rand: pseudo-random numbers from the VM's seeded generator.
package rand

// A Source represents a source of pseudo-random int64 values.
type Source interface {
	Int63() int64
}

// A Rand is a source of random numbers; id names the runtime's generator.
type Rand struct {
	id int
}

func NewSource(seed int64) Source { return &rngSource{seed} }

type rngSource struct {
	seed int64
}

func (s *rngSource) Int63() int64 { return 0 }

// New returns a Rand seeded from src (a Source from NewSource).
func New(src Source) *Rand

func (r *Rand) Int() int
func (r *Rand) Intn(n int) int
func (r *Rand) Int31() int32
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Int63() int64
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Seed(seed int64)

func Seed(seed int64)
func Int() int
func Intn(n int) int
func Int31() int32
func Int31n(n int32) int32
func Int63() int64
func Int63n(n int64) int64
func Uint32() uint32
func Uint64() uint64
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
