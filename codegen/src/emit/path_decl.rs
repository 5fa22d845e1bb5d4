//! Where the builders of paths to each entity type are declared in `requests.rs`: a trait
//! of its own (`CallPath`, its methods in `impl dyn CallPath`), an ancestor's trait when it
//! would add no builders to it, or none at all. Only a trait of its own costs rustdoc a
//! page; a trait's page has no blanket, auto-trait or standard-trait sections (those cost a
//! struct's page about 35 KB in v1.0: see BENCHMARKS.md).

use super::requests::{flattened, is_media, on_collection};
use super::rust_type::{Paths, UrlConventions};
use crate::model::addressing::{self, Addressing};
use crate::model::{Model, TypeId, TypeKind};

/// Where one entity type's builders are declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathDecl {
    /// A trait with builder methods of its own (`CallPath`); derived types naming it
    /// ([`PathDecl::Via`]) share it.
    Own,
    /// An ancestor's trait, for a derived type that adds no builders to its ancestors':
    /// `EntityPath<InviteParticipantsOperation, C>` dereferences to `dyn CommsOperationPath`.
    Via(TypeId),
    /// None: a type without builders (no navigation property, stream or operation bound
    /// to one entity, its ancestors' included) has only `EntityPath`'s.
    Plain,
}

/// The builders of paths to one entity of `id`: the edges not bound to a collection
/// (inherited ones included), whether it has `$value`, and its OneDrive path addressing.
fn builders(model: &Model, paths: &Paths, addr: &Addressing, id: TypeId) -> (usize, bool, bool) {
    let single = flattened(model, addr, id)
        .iter()
        .filter(|e| !on_collection(e))
        .count();
    let item_path = paths.conventions == UrlConventions::Graph
        && addressing::item_path_type(model, id).is_some();
    (single, is_media(model, id), item_path)
}

/// The declaration of every type's builders, indexed by `TypeId` (`Own` for types that
/// are not entity types; only entity types have one).
pub fn compute(model: &Model, paths: &Paths, addr: &Addressing) -> Vec<PathDecl> {
    let mut memo: Vec<Option<PathDecl>> = vec![None; model.types.len()];
    for id in 0..model.types.len() {
        decide(model, paths, addr, id, &mut memo);
    }
    memo.into_iter()
        .map(|d| d.unwrap_or(PathDecl::Own))
        .collect()
}

/// `id`'s declaration, its ancestors' decided first (an inheritance chain is finite: the
/// resolver rejects cycles).
fn decide(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    id: TypeId,
    memo: &mut Vec<Option<PathDecl>>,
) -> PathDecl {
    if let Some(d) = memo[id] {
        return d;
    }
    let d = match &model.types[id].kind {
        TypeKind::Entity(s) => {
            let mine = builders(model, paths, addr, id);
            let declares = addr
                .declared
                .get(&id)
                .is_some_and(|es| es.iter().any(|e| !on_collection(e)));
            match s.base {
                _ if mine == (0, false, false) => PathDecl::Plain,
                // The same builders as the base's (it declares none, and none of the
                // base's is hidden on it), and the base there whenever it is.
                Some(b)
                    if matches!(model.types[b].kind, TypeKind::Entity(_))
                        && !declares
                        && builders(model, paths, addr, b) == mine
                        && paths.gate_within_attr(id, b).is_empty() =>
                {
                    match decide(model, paths, addr, b, memo) {
                        PathDecl::Own => PathDecl::Via(b),
                        PathDecl::Via(owner) => PathDecl::Via(owner),
                        PathDecl::Plain => PathDecl::Own,
                    }
                }
                _ => PathDecl::Own,
            }
        }
        _ => PathDecl::Own,
    };
    memo[id] = Some(d);
    d
}
