//! Splitting one version's types into crates that rustc builds in parallel.
//!
//! One crate holding all 3,800 types of v1.0 keeps one rustc, and so one core, busy for
//! most of the build. Rust crates cannot depend on each other in a cycle, so the split
//! follows the type reference graph: a type's struct refers to the types of its
//! properties, its polymorphic enum `AnyX` to every type derived from it. The graph is
//! condensed into strongly connected components (types that refer to each other in a
//! cycle must share a crate). In Graph most of it is a broad DAG under one large cycle
//! (`AnyEntity` and the entity types that refer back to `entity`), so the crates are:
//!
//! - `top`: the heaviest component and everything that refers to it;
//! - `parts` independent crates (`a`, `b`, ...) that never refer to each other: the
//!   remaining roots are dealt to them by weight, each taking what its roots need;
//! - `base`: what more than one of those crates needs.
//!
//! - `ops`: no types, but what needs none of `top`: the route table and the action
//!   parameter structs that refer to no `top` type (most of them; see [`Partition::ops`]).
//!
//! Cargo builds `a` and `b` side by side once `base`'s metadata is out, then `top` and
//! `ops` side by side. Every choice is made in type order, so the split is
//! deterministic.

use super::{Model, Target, TypeId, TypeKind};

/// Which crate each type goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    /// The crates in dependency order (each depends only on earlier ones).
    pub crates: Vec<PartCrate>,
    /// Index into `crates` for each type.
    pub of_type: Vec<usize>,
    /// The crate for items that are not types and refer to none in `top` (the last crate,
    /// depending on every crate but `top`); `None` when there is no `top` or nothing
    /// below it. rustc builds it beside `top`, which otherwise keeps one core busy alone.
    pub ops: Option<usize>,
}

/// One crate of the split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartCrate {
    /// `base`, `a`, `b`, ..., `top`.
    pub name: String,
    /// Indices of the crates it refers to, directly or not (sorted).
    pub deps: Vec<usize>,
}

impl Partition {
    /// The first reference `v -> w` of `edges` (as from [`references`]) that leaves
    /// `v`'s crate for one it does not depend on; `None` when the split is sound.
    pub fn reference_outside_deps(&self, edges: &[Vec<usize>]) -> Option<(usize, usize)> {
        edges.iter().enumerate().find_map(|(v, es)| {
            es.iter().find_map(|&w| {
                let (a, b) = (self.of_type[v], self.of_type[w]);
                (a != b && !self.crates[a].deps.contains(&b)).then_some((v, w))
            })
        })
    }
}

/// The types each type's emitted code refers to.
pub fn references(model: &Model) -> Vec<Vec<TypeId>> {
    model
        .types
        .iter()
        .map(|t| {
            let mut out = Vec::new();
            if let TypeKind::Entity(s) | TypeKind::Complex(s) = &t.kind {
                for p in &s.properties {
                    if let Target::Type(id) = p.ty.target {
                        out.push(id);
                    }
                }
                if s.poly_name.is_some() {
                    out.extend(s.derived.iter().copied());
                }
            }
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}

/// A rough measure of how much code a type produces.
pub fn weights(model: &Model) -> Vec<u64> {
    model
        .types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Enum(e) => 4 + e.members.len() as u64 / 2,
            TypeKind::Definition(_) => 4,
            TypeKind::Entity(s) | TypeKind::Complex(s) => {
                let poly = if s.poly_name.is_some() {
                    8 + s.derived.len() as u64 * 2
                } else {
                    0
                };
                10 + 3 * s.properties.len() as u64 + poly
            }
        })
        .collect()
}

/// Splits `model`'s types into `base`, `parts` independent crates and `top`; crates
/// that would be empty are left out.
pub fn compute(model: &Model, parts: usize) -> Partition {
    split(&references(model), &weights(model), parts)
}

/// [`compute`] on a bare graph: `edges[v]` are the nodes `v` refers to.
pub fn split(edges: &[Vec<usize>], weight: &[u64], parts: usize) -> Partition {
    let n = edges.len();
    let (comp, count) = components(edges);
    let mut cw = vec![0u64; count];
    let mut cedges: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut redges: Vec<Vec<usize>> = vec![Vec::new(); count];
    for v in 0..n {
        cw[comp[v]] += weight[v];
        for &w in &edges[v] {
            if comp[w] != comp[v] {
                cedges[comp[v]].push(comp[w]);
                redges[comp[w]].push(comp[v]);
            }
        }
    }
    for e in cedges.iter_mut().chain(redges.iter_mut()) {
        e.sort_unstable();
        e.dedup();
    }
    // `top`: the heaviest component (the first of equals) and all that refer to it.
    let heaviest = (0..count).rev().max_by_key(|&c| cw[c]);
    let top = match heaviest {
        Some(h) => closure(&[h], &redges, count),
        None => vec![false; count],
    };
    // Roots of the rest: components nothing else in the rest refers to.
    let rest = |c: usize| !top[c];
    let roots: Vec<usize> = (0..count)
        .filter(|&c| rest(c) && !redges[c].iter().any(|&d| rest(d)))
        .collect();
    let parts = parts.max(1);
    let mut bins: Vec<Vec<bool>> = vec![vec![false; count]; parts];
    let mut bin_w = vec![0u64; parts];
    let mut by_need: Vec<(u64, usize, Vec<bool>)> = roots
        .iter()
        .map(|&r| {
            let cl = closure(&[r], &cedges, count);
            let w = (0..count).filter(|&c| cl[c]).map(|c| cw[c]).sum();
            (w, r, cl)
        })
        .collect();
    by_need.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    for (_, _, cl) in &by_need {
        // The bin that ends up lightest with this root's needs added.
        let grown = |b: usize| -> u64 {
            bin_w[b]
                + (0..count)
                    .filter(|&c| cl[c] && !bins[b][c])
                    .map(|c| cw[c])
                    .sum::<u64>()
        };
        let (weight, best) = (0..parts).map(|b| (grown(b), b)).min().unwrap_or((0, 0));
        bin_w[best] = weight;
        for (slot, &need) in bins[best].iter_mut().zip(cl) {
            *slot |= need;
        }
    }
    let shared_seed: Vec<usize> = (0..count)
        .filter(|&c| bins.iter().filter(|bin| bin[c]).count() > 1)
        .collect();
    let shared = closure(&shared_seed, &cedges, count);
    // Crate of each component: 0 = base, 1..=parts = bins, parts + 1 = top.
    let crate_of: Vec<usize> = (0..count)
        .map(|c| {
            if top[c] {
                parts + 1
            } else if shared[c] {
                0
            } else {
                (0..parts).find(|&b| bins[b][c]).map_or(0, |b| b + 1)
            }
        })
        .collect();
    let mut names = vec!["base".to_string()];
    names.extend((0..parts).map(|b| ((b'a' + (b % 26) as u8) as char).to_string()));
    names.push("top".to_string());
    // Direct crate dependencies, then transitive, then renumber without empty crates.
    let k = parts + 2;
    let mut direct = vec![vec![false; k]; k];
    for c in 0..count {
        for &d in &cedges[c] {
            if crate_of[d] != crate_of[c] {
                direct[crate_of[c]][crate_of[d]] = true;
            }
        }
    }
    let mut used = vec![false; k];
    for &c in &crate_of {
        used[c] = true;
    }
    let index: Vec<Option<usize>> = {
        let mut next = 0;
        used.iter()
            .map(|&u| {
                u.then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    };
    let mut crates = Vec::new();
    let direct = adjacency(&direct);
    for i in 0..k {
        if !used[i] {
            continue;
        }
        let reach = closure(&[i], &direct, k);
        let deps = (0..k)
            .filter(|&j| j != i && reach[j])
            .filter_map(|j| index[j])
            .collect();
        crates.push(PartCrate {
            name: names[i].clone(),
            deps,
        });
    }
    let of_type = (0..n)
        .map(|v| index[crate_of[comp[v]]].unwrap_or(0))
        .collect();
    let ops = match index[parts + 1] {
        Some(top) if top > 0 => {
            crates.push(PartCrate {
                name: "ops".to_string(),
                deps: (0..top).collect(),
            });
            Some(crates.len() - 1)
        }
        _ => None,
    };
    Partition {
        crates,
        of_type,
        ops,
    }
}

fn adjacency(m: &[Vec<bool>]) -> Vec<Vec<usize>> {
    m.iter()
        .map(|row| (0..row.len()).filter(|&j| row[j]).collect())
        .collect()
}

/// Everything reachable from `starts` along `edges`, starts included.
fn closure(starts: &[usize], edges: &[Vec<usize>], count: usize) -> Vec<bool> {
    let mut seen = vec![false; count];
    let mut todo = starts.to_vec();
    for &s in starts {
        seen[s] = true;
    }
    while let Some(x) = todo.pop() {
        for &y in &edges[x] {
            if !seen[y] {
                seen[y] = true;
                todo.push(y);
            }
        }
    }
    seen
}

/// Strongly connected components (Tarjan, iterative): the component of each node and
/// the number of components.
pub(crate) fn components(edges: &[Vec<usize>]) -> (Vec<usize>, usize) {
    let n = edges.len();
    const NONE: usize = usize::MAX;
    let mut index = vec![NONE; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![NONE; n];
    let mut count = 0;
    let mut next = 0;
    for start in 0..n {
        if index[start] != NONE {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(start, 0)];
        index[start] = next;
        low[start] = next;
        next += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*i) {
                *i += 1;
                if index[w] == NONE {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(u, _)) = work.last() {
                low[u] = low[u].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = count;
                    if w == v {
                        break;
                    }
                }
                count += 1;
            }
        }
    }
    (comp, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks that no crate refers to a crate outside its deps.
    fn assert_acyclic(edges: &[Vec<usize>], p: &Partition) {
        if let Some((v, w)) = p.reference_outside_deps(edges) {
            panic!(
                "{v} in {} refers to {w} in {}",
                p.crates[p.of_type[v]].name, p.crates[p.of_type[w]].name
            );
        }
        for (v, es) in edges.iter().enumerate() {
            for &w in es {
                assert!(
                    p.of_type[w] <= p.of_type[v],
                    "crates are not in dependency order"
                );
            }
        }
    }

    #[test]
    fn cycles_stay_together_and_independent_roots_split() {
        // 0 <-> 1 is a heavy cycle that 2 refers to; 3 and 4 are independent roots
        // sharing the leaf 5; 6 is a leaf of 3 alone, 7 of 4 alone.
        let edges = vec![
            vec![1, 3, 4],
            vec![0],
            vec![0],
            vec![5, 6],
            vec![5, 7],
            vec![],
            vec![],
            vec![],
        ];
        let w = vec![50, 50, 1, 10, 10, 1, 5, 5];
        let p = split(&edges, &w, 2);
        assert_acyclic(&edges, &p);
        let name = |v: usize| p.crates[p.of_type[v]].name.as_str();
        assert_eq!(name(0), "top");
        assert_eq!(name(1), "top");
        assert_eq!(name(2), "top");
        assert_eq!(name(5), "base");
        assert_ne!(name(3), name(4));
        assert_eq!(name(6), name(3));
        assert_eq!(name(7), name(4));
        let names: Vec<_> = p.crates.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["base", "a", "b", "top", "ops"]);
        assert_eq!(p.crates[3].deps, [0, 1, 2]);
        assert_eq!(p.crates[1].deps, [0]);
        // `ops` holds no type and depends on everything below `top`.
        assert_eq!(p.ops, Some(4));
        assert_eq!(p.crates[4].deps, [0, 1, 2]);
        assert!(!p.of_type.contains(&4));
    }

    #[test]
    fn a_reference_outside_the_dependencies_is_found() {
        let crate_named = |name: &str| PartCrate {
            name: name.to_string(),
            deps: Vec::new(),
        };
        let p = Partition {
            crates: vec![crate_named("a"), crate_named("b")],
            of_type: vec![0, 1, 1],
            ops: None,
        };
        assert_eq!(
            p.reference_outside_deps(&[vec![], vec![2], vec![0]]),
            Some((2, 0))
        );
        assert_eq!(p.reference_outside_deps(&[vec![], vec![2], vec![1]]), None);
    }

    #[test]
    fn empty_crates_are_left_out() {
        // The heavy 0 is `top`; its leaf 1 is the only root left, so one part and no base.
        let edges = vec![vec![1], vec![]];
        let p = split(&edges, &[5, 1], 2);
        assert_acyclic(&edges, &p);
        let names: Vec<_> = p.crates.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["a", "top", "ops"]);
        assert_eq!(p.crates[1].deps, [0]);
        assert_eq!(p.crates[2].deps, [0]);
        assert!(split(&[], &[], 2).crates.is_empty());
        // Only a `top`: nothing for an `ops` crate to stand on.
        let alone = split(&[vec![]], &[1], 2);
        assert_eq!(alone.crates.len(), 1);
        assert_eq!(alone.ops, None);
    }

    #[test]
    fn deterministic_and_acyclic_on_a_larger_graph() {
        // A pseudo-random DAG with a few back edges making cycles.
        let n = 400;
        let mut edges = vec![Vec::new(); n];
        let mut x: u64 = 12345;
        for (v, es) in edges.iter_mut().enumerate() {
            for _ in 0..3 {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let w = (x >> 33) as usize % n;
                if w < v || (x >> 20).is_multiple_of(50) {
                    es.push(w);
                }
            }
        }
        let w: Vec<u64> = (0..n as u64).map(|i| 1 + i % 7).collect();
        let p = split(&edges, &w, 3);
        assert_acyclic(&edges, &p);
        assert_eq!(p, split(&edges, &w, 3));
    }
}
