//! How the path type of each entity type is declared in `requests.rs`: a struct with its
//! own builder methods, or an alias when it would have none of its own. An alias keeps the
//! name (`InviteParticipantsOperationPath<C>`) and what it allows, and costs rustdoc no page
//! of its own standard sections (about 35 KB a page in v1.0: see BENCHMARKS.md).

use super::requests::{flattened, is_media, on_collection};
use super::rust_type::{Paths, UrlConventions};
use crate::model::addressing::{self, Addressing};
use crate::model::{Model, TypeId, TypeKind};

/// The declaration of one entity type's path type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathDecl {
    /// A struct with builder methods of its own (`CallPath<C>`). `shared` when derived
    /// types use it too: it then takes their value type as `T`
    /// (`CommsOperationPath<C, T = AnyCommsOperation>`).
    Own { shared: bool },
    /// An alias of an ancestor's struct, for a derived type that adds no builders to its
    /// ancestors': `InviteParticipantsOperationPath<C> = CommsOperationPath<C,
    /// InviteParticipantsOperation>`.
    Via(TypeId),
    /// An alias of `EntityPath<T, C>`, for a type without builders (no navigation
    /// property, stream or operation bound to one entity, its ancestors' included).
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

/// The declaration of every type's path type, indexed by `TypeId` (`Own` for types that
/// are not entity types; only entity types have one).
pub fn compute(model: &Model, paths: &Paths, addr: &Addressing) -> Vec<PathDecl> {
    let mut memo: Vec<Option<PathDecl>> = vec![None; model.types.len()];
    for id in 0..model.types.len() {
        decide(model, paths, addr, id, &mut memo);
    }
    let mut out: Vec<PathDecl> = memo
        .into_iter()
        .map(|d| d.unwrap_or(PathDecl::Own { shared: false }))
        .collect();
    for id in 0..out.len() {
        if let PathDecl::Via(owner) = out[id] {
            out[owner] = PathDecl::Own { shared: true };
        }
    }
    out
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
    let own = PathDecl::Own { shared: false };
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
                        PathDecl::Own { .. } => PathDecl::Via(b),
                        PathDecl::Via(owner) => PathDecl::Via(owner),
                        PathDecl::Plain => own,
                    }
                }
                _ => own,
            }
        }
        _ => own,
    };
    memo[id] = Some(d);
    d
}
