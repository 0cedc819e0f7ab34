//! The one sort the viewer uses: a heapsort. The standard library's sorts
//! are faster on large inputs, but each type sorted brings its own copy of
//! their quicksort and small-sort helpers, about 2.5 KB of WebAssembly apiece
//! (bench/byte-levers.md); a heapsort is a few hundred bytes a copy, and
//! still O(n log n) on any input, so a hostile article cannot make it slow.
//! Unstable: only for entries where equal means identical.

/// Sorts `v` so that no entry is `less` than one before it.
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let len = v.len();
    for node in (0..len / 2).rev() {
        sift_down(v, node, &mut less);
    }
    for end in (1..len).rev() {
        v.swap(0, end);
        sift_down(&mut v[..end], 0, &mut less);
    }
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

/// Moves `v[node]` down until neither child is greater.
fn sift_down<T>(v: &mut [T], mut node: usize, less: &mut impl FnMut(&T, &T) -> bool) {
    loop {
        // No overflow: a slice is shorter than isize::MAX, and node < len.
        let mut child = 2 * node + 1;
        if child >= v.len() {
            return;
        }
        if child + 1 < v.len() && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[node], &v[child]) {
            return;
        }
        v.swap(node, child);
        node = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator: the same cases on every run.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_library() {
        for n in [0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 100, 1000] {
            for (seed, range) in [(1, 3), (2, 1000), (3, u64::MAX)] {
                let mut ours = numbers(seed, n, range);
                let mut std = ours.clone();
                sort(&mut ours);
                std.sort_unstable();
                assert_eq!(ours, std, "n = {n}, seed = {seed}");
            }
        }
    }

    #[test]
    fn sorts_by_a_key_and_handles_sorted_and_reversed_input() {
        let mut up: Vec<(u64, u64)> = (0..500).map(|i| (i / 3, i)).collect();
        let want = up.clone();
        sort_by(&mut up, |a, b| a.0 < b.0 || (a.0 == b.0 && a.1 < b.1));
        assert_eq!(up, want);
        let mut down: Vec<(u64, u64)> = want.iter().rev().copied().collect();
        sort_by(&mut down, |a, b| a.0 < b.0 || (a.0 == b.0 && a.1 < b.1));
        assert_eq!(down, want);
    }
}
