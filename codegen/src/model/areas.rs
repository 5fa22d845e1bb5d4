//! API areas for per-area Cargo features (in the manner of windows-rs): one area per
//! entity set or singleton of the container. An area needs its root type and, closed
//! over: every type derived from an entity set's type; the types of structural
//! properties and of containment navigation properties, with every type derived from
//! them; a base type as itself only (not its other derived types); the parameter and
//! return types of operations bound to any entity type it needs. Non-containment
//! navigation properties are not followed: their targets may lie outside the area, and
//! then the generated field, builder method or enum variant is left out (expanded data
//! lands in `extra` and still round-trips).
//!
//! Types needing the same set of areas form one gate class; the generated crate's
//! build script turns enabled features into one `cfg` per class, so each item carries a
//! single `#[cfg(...)]` named after the areas that switch it on ([`class_names`]).

use super::names::module_name;
use super::{Model, Target, TypeId, TypeKind, TypeRef};
use std::collections::BTreeMap;

/// A set of areas (bit per area).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AreaSet(Vec<u64>);

impl AreaSet {
    fn insert(&mut self, i: usize) {
        if self.0.len() <= i / 64 {
            self.0.resize(i / 64 + 1, 0);
        }
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    /// Every area of `other` is in `self`.
    pub fn covers(&self, other: &AreaSet) -> bool {
        other
            .0
            .iter()
            .enumerate()
            .all(|(i, w)| w & !self.0.get(i).copied().unwrap_or(0) == 0)
    }
    /// The areas in both sets.
    pub fn intersection(&self, other: &AreaSet) -> AreaSet {
        AreaSet(self.0.iter().zip(&other.0).map(|(a, b)| a & b).collect())
    }
    /// The number of areas in the set.
    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.0.len() * 64).filter(|&i| self.contains(i))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Areas {
    /// Feature suffixes (`communications`, `identity-governance`), one per area.
    pub names: Vec<String>,
    /// Root entity set / singleton name per area.
    pub roots: Vec<String>,
    /// Areas needing each type.
    pub of_type: Vec<AreaSet>,
    /// Gate class of each type (index into `classes`).
    pub class_of_type: Vec<usize>,
    /// Distinct area sets, in order of first appearance by type id.
    pub classes: Vec<AreaSet>,
    /// The `cfg` suffix of each class (see [`class_names`]).
    pub class_names: Vec<String>,
    /// The areas every large shared class contains (see [`class_names`]).
    pub core: AreaSet,
}

fn feature_name(root: &str) -> String {
    module_name(root).replace('_', "-")
}

pub fn compute(model: &Model) -> Areas {
    let mut areas = Areas {
        of_type: vec![AreaSet::default(); model.types.len()],
        ..Default::default()
    };
    let mut roots: Vec<(String, TypeId, bool)> = Vec::new();
    if let Some(c) = &model.container {
        roots.extend(
            c.entity_sets
                .iter()
                .map(|s| (s.name.clone(), s.entity_type, true)),
        );
        roots.extend(
            c.singletons
                .iter()
                .map(|s| (s.name.clone(), s.entity_type, false)),
        );
    }
    roots.sort();
    // Bound operations by binding entity type.
    let mut bound: BTreeMap<TypeId, Vec<usize>> = BTreeMap::new();
    for (i, op) in model.operations.iter().enumerate() {
        if let Some(Target::Type(t)) = op
            .parameters
            .first()
            .filter(|_| op.is_bound)
            .map(|p| p.ty.target)
        {
            bound.entry(t).or_default().push(i);
        }
    }
    for (area, (name, root, is_set)) in roots.iter().enumerate() {
        areas.names.push(feature_name(name));
        areas.roots.push(name.clone());
        let seen = closure(model, &bound, &[(*root, *is_set)]);
        for (t, s) in seen.iter().enumerate() {
            if *s {
                areas.of_type[t].insert(area);
            }
        }
    }
    // Types no area reaches (change notifications, webhook payloads, types only named in
    // `@odata.type` tags) and what they need go with every area.
    if !roots.is_empty() {
        let unreached: Vec<(TypeId, bool)> = (0..model.types.len())
            .filter(|&t| areas.of_type[t] == AreaSet::default())
            .map(|t| (t, true))
            .collect();
        let seen = closure(model, &bound, &unreached);
        for (t, s) in seen.iter().enumerate() {
            if *s {
                for area in 0..roots.len() {
                    areas.of_type[t].insert(area);
                }
            }
        }
    }
    let mut index: BTreeMap<AreaSet, usize> = BTreeMap::new();
    for set in &areas.of_type {
        let next = index.len();
        let class = *index.entry(set.clone()).or_insert(next);
        if class == areas.classes.len() {
            areas.classes.push(set.clone());
        }
        areas.class_of_type.push(class);
    }
    areas.core = core(&areas.classes, areas.names.len());
    areas.class_names = class_names(&areas);
    areas
}

/// How many areas a class names before it says `and_N_more` (one more is named rather
/// than counted).
const NAMED: usize = 3;

/// The areas common to every class holding at least a quarter of the areas (and at least
/// four): in Graph, the areas whose types reach the directory (users, groups, ...), which
/// most types of other areas also reach. Empty when that leaves fewer than two areas.
fn core(classes: &[AreaSet], areas: usize) -> AreaSet {
    let min = (areas / 4).max(4);
    let mut large = classes.iter().filter(|c| c.len() >= min && c.len() < areas);
    let Some(first) = large.next() else {
        return AreaSet::default();
    };
    let core = large.fold(first.clone(), |acc, c| acc.intersection(c));
    if core.len() < 2 {
        AreaSet::default()
    } else {
        core
    }
}

/// A readable `cfg` suffix per class, saying which area features switch it on:
/// `communications` (one area), `communications_or_search` (any of these),
/// `core_or_sites` (any core area, or `sites`), `any_area` (every area),
/// `any_area_but_agreements` (every area except these). The shortest form is chosen;
/// past [`NAMED`] + 1 areas the name lists the first ones and counts the rest
/// (`core_or_communications_or_copilot_or_education_and_5_more`), and a name two classes
/// would share gets the class's number appended.
pub fn class_names(areas: &Areas) -> Vec<String> {
    let all = areas.names.len();
    let names = |set: &mut dyn Iterator<Item = usize>| -> Vec<String> {
        set.map(|a| areas.names[a].replace('-', "_")).collect()
    };
    let mut out: Vec<String> = Vec::with_capacity(areas.classes.len());
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, class) in areas.classes.iter().enumerate() {
        let listed = names(&mut class.iter());
        let missing = names(&mut (0..all).filter(|&a| !class.contains(a)));
        let core_n = areas.core.len();
        let extra = (core_n > 0 && class.covers(&areas.core))
            .then(|| names(&mut class.iter().filter(|&a| !areas.core.contains(a))));
        let (head, rest) = if missing.is_empty() {
            ("any_area".to_string(), Vec::new())
        } else if extra
            .as_ref()
            .is_some_and(|e| e.len() < listed.len().min(missing.len()))
        {
            ("core".to_string(), extra.unwrap_or_default())
        } else if missing.len() < listed.len() {
            ("any_area_but".to_string(), missing)
        } else {
            (String::new(), listed)
        };
        let sep = if head == "any_area_but" {
            "_and_"
        } else {
            "_or_"
        };
        let shown = if rest.len() <= NAMED + 1 {
            rest.len()
        } else {
            NAMED
        };
        let mut name = head;
        for (k, a) in rest[..shown].iter().enumerate() {
            if !name.is_empty() {
                name.push_str(if k == 0 && sep == "_and_" { "_" } else { sep });
            }
            name.push_str(a);
        }
        if rest.len() > shown {
            name.push_str(&format!("_and_{}_more", rest.len() - shown));
        }
        let count = seen.entry(name.clone()).or_default();
        *count += 1;
        if *count > 1 {
            name.push_str(&format!("_{i}"));
        }
        out.push(name);
    }
    out
}

/// Every type the `seeds` need (each with its derived types when its flag is set), closed
/// over as described at the top of the file.
fn closure(
    model: &Model,
    bound: &BTreeMap<TypeId, Vec<usize>>,
    seeds: &[(TypeId, bool)],
) -> Vec<bool> {
    let mut seen = vec![false; model.types.len()];
    let mut work = Vec::new();
    let need = |id: TypeId, with_derived: bool, seen: &mut Vec<bool>, work: &mut Vec<TypeId>| {
        let derived = match (with_derived, model.types[id].structured()) {
            (true, Some(s)) => s.derived.clone(),
            _ => Vec::new(),
        };
        for t in std::iter::once(id).chain(derived) {
            if !seen[t] {
                seen[t] = true;
                work.push(t);
            }
        }
    };
    for &(id, with_derived) in seeds {
        need(id, with_derived, &mut seen, &mut work);
    }
    let ty_ref = |r: &TypeRef| match r.target {
        Target::Type(t) => Some(t),
        Target::Prim(_) => None,
    };
    while let Some(t) = work.pop() {
        let Some(s) = model.types[t].structured() else {
            continue;
        };
        if let Some(b) = s.base {
            need(b, false, &mut seen, &mut work);
        }
        for p in &s.properties {
            let follow = p.navigation.as_ref().is_none_or(|n| n.contains_target);
            if let (true, Some(id)) = (follow, ty_ref(&p.ty)) {
                need(id, true, &mut seen, &mut work);
            }
        }
        if matches!(model.types[t].kind, TypeKind::Entity(_)) {
            for &op in bound.get(&t).into_iter().flatten() {
                let o = &model.operations[op];
                let ret = o.return_type.iter().map(|(r, _)| r);
                for r in o.parameters.iter().skip(1).map(|p| &p.ty).chain(ret) {
                    if let Some(id) = ty_ref(r) {
                        need(id, true, &mut seen, &mut work);
                    }
                }
            }
        }
    }
    seen
}
