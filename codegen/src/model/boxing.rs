//! Which properties are boxed. A struct holds its single-valued structured properties inline
//! (`Field<ChatInfo>`, as a hand-written Rust struct would), except where that would make the
//! type contain itself: then the property is `Field<Box<T>>`. Collections (`Vec`) and
//! polymorphic values (`AnyX`, whose variants are boxed) already live on the heap.
//!
//! The inline graph has an edge from a struct to the type of each single-valued property
//! that is held inline; a property is boxed when its type is in the same strongly connected
//! component of that graph as its struct (including the struct itself). An inherited
//! property is boxed in every type that has it if it is in one, so that it has one Rust type
//! on every variant of the base's polymorphic enum (boxing more never makes a cycle).
//! The type of a boxed property is marked `held_boxed`.

use super::partition::components;
use super::{Model, Target, TypeKind};

/// Sets `Property::boxed` on every structured type of `model`.
pub fn mark(model: &mut Model) {
    let inline_target = |model: &Model, p: &super::Property| match (p.ty.collection, p.ty.target) {
        (false, Target::Type(t)) => match &model.types[t].kind {
            TypeKind::Entity(s) | TypeKind::Complex(s) if s.poly_name.is_none() => Some(t),
            _ => None,
        },
        _ => None,
    };
    let edges: Vec<Vec<usize>> = model
        .types
        .iter()
        .map(|t| {
            t.structured()
                .map(|s| {
                    s.properties
                        .iter()
                        .filter_map(|p| inline_target(model, p))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let (comp, _) = components(&edges);
    let mut boxed_somewhere = std::collections::HashSet::new();
    for (id, t) in model.types.iter().enumerate() {
        for p in t.structured().map_or(&[][..], |s| &s.properties) {
            if inline_target(model, p).is_some_and(|t| comp[t] == comp[id]) {
                boxed_somewhere.insert((p.declared_in, p.name.clone()));
            }
        }
    }
    let mut held_boxed = vec![false; model.types.len()];
    for id in 0..model.types.len() {
        let boxed: Vec<bool> = match model.types[id].structured() {
            Some(s) => s
                .properties
                .iter()
                .map(|p| {
                    inline_target(model, p).is_some()
                        && boxed_somewhere.contains(&(p.declared_in, p.name.clone()))
                })
                .collect(),
            None => continue,
        };
        if let TypeKind::Entity(s) | TypeKind::Complex(s) = &mut model.types[id].kind {
            for (p, b) in s.properties.iter_mut().zip(boxed) {
                p.boxed = b;
                if let (true, Target::Type(t)) = (b, p.ty.target) {
                    held_boxed[t] = true;
                }
            }
        }
    }
    for (t, held) in model.types.iter_mut().zip(held_boxed) {
        if let TypeKind::Entity(s) | TypeKind::Complex(s) = &mut t.kind {
            s.held_boxed = held;
        }
    }
}
