//! math/rand's generator, exactly: `rand.New(rand.NewSource(seed))` produces the same
//! numbers as real Go (Mitchell and Reeds' additive lagged Fibonacci generator and the
//! Rand methods' range reductions). The top-level functions of real Go are randomly
//! seeded, so the VM may back them with a `Rand` seeded from the run's seed.

mod cooked;

use cooked::rng_cooked;

const RNG_LEN: usize = 607;
const RNG_TAP: usize = 273;
const INT32_MAX: i64 = (1 << 31) - 1;

/// seedrand: x[n+1] = 48271 * x[n] mod (2**31 - 1).
fn seedrand(x: i32) -> i32 {
    const A: i32 = 48271;
    const Q: i32 = 44488;
    const R: i32 = 3399;
    let hi = x / Q;
    let lo = x % Q;
    let mut x = A.wrapping_mul(lo).wrapping_sub(R.wrapping_mul(hi));
    if x < 0 {
        x = x.wrapping_add(INT32_MAX as i32);
    }
    x
}

/// The values Go's seeding draws from seedrand, starting at `x`: each is three draws
/// shifted by `hi`, `mid` and 0 bits, after 20 discarded draws.
fn seed_values(mut x: i32, hi: u32, mid: u32) -> [u64; RNG_LEN] {
    let mut out = [0; RNG_LEN];
    for _ in 0..20 {
        x = seedrand(x);
    }
    for v in out.iter_mut() {
        x = seedrand(x);
        let mut u = (i64::from(x) << hi) as u64;
        x = seedrand(x);
        u ^= (i64::from(x) << mid) as u64;
        x = seedrand(x);
        u ^= x as u64;
        *v = u;
    }
    out
}

/// A `rand.Rand` over Go's `rngSource`.
#[derive(Clone)]
pub struct Rand {
    tap: usize,
    feed: usize,
    vec: Box<[u64; RNG_LEN]>,
}

impl std::fmt::Debug for Rand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rand")
            .field("tap", &self.tap)
            .field("feed", &self.feed)
            .finish()
    }
}

impl Rand {
    /// rand.New(rand.NewSource(seed)).
    pub fn new(seed: i64) -> Rand {
        let mut r = Rand {
            tap: 0,
            feed: 0,
            vec: Box::new([0; RNG_LEN]),
        };
        r.seed(seed);
        r
    }

    /// (*Rand).Seed.
    pub fn seed(&mut self, seed: i64) {
        self.tap = 0;
        self.feed = RNG_LEN - RNG_TAP;
        let mut seed = seed % INT32_MAX;
        if seed < 0 {
            seed += INT32_MAX;
        }
        if seed == 0 {
            seed = 89482311;
        }
        let cooked = rng_cooked();
        let values = seed_values(seed as i32, 40, 20);
        for ((v, u), c) in self.vec.iter_mut().zip(values).zip(cooked.iter()) {
            *v = u ^ c;
        }
    }

    /// The source's Uint64.
    pub fn uint64(&mut self) -> u64 {
        self.tap = if self.tap == 0 {
            RNG_LEN - 1
        } else {
            self.tap - 1
        };
        self.feed = if self.feed == 0 {
            RNG_LEN - 1
        } else {
            self.feed - 1
        };
        let x = self.vec[self.feed].wrapping_add(self.vec[self.tap]);
        self.vec[self.feed] = x;
        x
    }

    pub fn int63(&mut self) -> i64 {
        (self.uint64() & (u64::MAX >> 1)) as i64
    }

    pub fn uint32(&mut self) -> u32 {
        (self.int63() >> 31) as u32
    }

    pub fn int31(&mut self) -> i32 {
        (self.int63() >> 32) as i32
    }

    pub fn int(&mut self) -> i64 {
        self.int63()
    }

    /// Int63n; `Err` is the panic message for n <= 0.
    pub fn int63n(&mut self, n: i64) -> Result<i64, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Int63n");
        }
        if n & (n - 1) == 0 {
            return Ok(self.int63() & (n - 1));
        }
        let max = (i64::MAX as u64 - (1u64 << 63) % n as u64) as i64;
        let mut v = self.int63();
        while v > max {
            v = self.int63();
        }
        Ok(v % n)
    }

    /// Int31n; `Err` is the panic message for n <= 0.
    pub fn int31n(&mut self, n: i32) -> Result<i32, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Int31n");
        }
        Ok(self.int31n_checked(n))
    }

    fn int31n_checked(&mut self, n: i32) -> i32 {
        if n & (n - 1) == 0 {
            return self.int31() & (n - 1);
        }
        let max = (i32::MAX as u32 - (1u32 << 31) % n as u32) as i32;
        let mut v = self.int31();
        while v > max {
            v = self.int31();
        }
        v % n
    }

    /// The unexported int31n (Lemire's method) used by Shuffle.
    fn int31n_lemire(&mut self, n: i32) -> i32 {
        let n = n as u32;
        let mut prod = u64::from(self.uint32()) * u64::from(n);
        let mut low = prod as u32;
        if low < n {
            let thresh = n.wrapping_neg() % n;
            while low < thresh {
                prod = u64::from(self.uint32()) * u64::from(n);
                low = prod as u32;
            }
        }
        (prod >> 32) as i32
    }

    /// Intn; `Err` is the panic message for n <= 0.
    pub fn intn(&mut self, n: i64) -> Result<i64, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Intn");
        }
        if n <= i64::from(i32::MAX) {
            return Ok(i64::from(self.int31n_checked(n as i32)));
        }
        self.int63n(n)
    }

    pub fn float64(&mut self) -> f64 {
        loop {
            let f = self.int63() as f64 / (1u64 << 63) as f64;
            if f != 1.0 {
                return f;
            }
        }
    }

    pub fn float32(&mut self) -> f32 {
        loop {
            let f = self.float64() as f32;
            if f != 1.0 {
                return f;
            }
        }
    }

    /// Perm(n); `Err` for a negative n (Go panics in make). It allocates n words: the VM
    /// should charge that against the run's allocation limit first.
    pub fn perm(&mut self, n: i64) -> Result<Vec<i64>, &'static str> {
        let len = usize::try_from(n).map_err(|_| "makeslice: len out of range")?;
        let mut m = vec![0i64; len];
        for i in 0..len {
            let j = self.intn(i as i64 + 1).unwrap_or(0) as usize;
            m[i] = m[j];
            m[j] = i as i64;
        }
        Ok(m)
    }

    /// One step of Shuffle(n, swap): Shuffle calls `swap(i, shuffle_index(i))` for
    /// i = n-1 down to 1 (the VM runs the Go swap function between steps).
    pub fn shuffle_index(&mut self, i: i64) -> i64 {
        if i > i64::from(i32::MAX) - 1 {
            return self.int63n(i + 1).unwrap_or(0);
        }
        i64::from(self.int31n_lemire((i + 1) as i32))
    }
}

#[cfg(test)]
mod tests {
    use super::Rand;

    fn list(v: &[i64]) -> String {
        let items: Vec<String> = v.iter().map(i64::to_string).collect();
        format!("[{}]", items.join(" "))
    }

    /// testdata/rand.golden: real Go's sequences per seed (recorded by testdata/record.sh).
    #[test]
    fn matches_real_go() {
        let mut failures = Vec::new();
        let mut count = 0;
        let mut current: Option<(i64, Rand)> = None;
        for line in include_str!("../testdata/rand.golden").lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let seed: i64 = f[0].parse().expect("seed");
            let n: i64 = f[2].parse().expect("arg");
            if current.as_ref().map(|c| c.0) != Some(seed) {
                current = Some((seed, Rand::new(seed)));
            }
            let Some((_, r)) = current.as_mut() else {
                continue;
            };
            let got = match f[1] {
                "Int63" => r.int63().to_string(),
                "Intn" => r.intn(n).map(|v| v.to_string()).unwrap_or_default(),
                "Int63n" => r.int63n(n).map(|v| v.to_string()).unwrap_or_default(),
                "Int31n" => r
                    .int31n(n as i32)
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                "Float64" => r.float64().to_bits().to_string(),
                "Float32" => r.float32().to_bits().to_string(),
                "Uint32" => r.uint32().to_string(),
                "Uint64" => {
                    // Rand.Uint64 of a Source64 is the source's Uint64.
                    r.uint64().to_string()
                }
                "Int31" => r.int31().to_string(),
                "Int" => r.int().to_string(),
                "Perm" => list(&r.perm(n).unwrap_or_default()),
                "Shuffle" => {
                    let swaps: Vec<i64> = (1..n).rev().map(|i| r.shuffle_index(i)).collect();
                    list(&swaps)
                }
                other => panic!("unknown method {other}"),
            };
            count += 1;
            if got != f[3] {
                failures.push(format!("{line}\n  got: {got}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {count} rand cases differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
