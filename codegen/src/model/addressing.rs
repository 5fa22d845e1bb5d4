//! What is addressable, per the metadata: the container's entity sets and singletons,
//! and from each entity type its navigation properties, bound actions and functions and
//! stream properties, each with the capabilities the Capabilities annotations allow
//! (silent metadata allows everything). Request builders and the route table are both
//! emitted from this one view, so they cannot disagree.

use super::capabilities::{Capabilities, Restriction};
use super::names::{Scope, type_name};
use super::{Edm, Model, Target, TypeId, TypeKind, TypeRef};
use std::collections::BTreeMap;

/// Capability bits, as in `msgraph_core::routes::caps`.
pub const INSERT: u16 = 1;
pub const UPDATE: u16 = 2;
pub const DELETE: u16 = 4;
pub const REF: u16 = 8;
/// A Capabilities annotation says the operation is not allowed (`Insertable=false`, ...),
/// as opposed to the operation not applying (a singleton cannot be deleted).
pub const INSERT_DENIED: u16 = 16;
pub const UPDATE_DENIED: u16 = 32;
pub const DELETE_DENIED: u16 = 64;
/// A collection whose `$count` the metadata refuses (`CountRestrictions/Countable=false`).
pub const NO_COUNT: u16 = 256;
/// A collection whose items the metadata says are not addressed by key
/// (`IndexableByKey=false`: `calendarView`, `invitations`).
pub const NO_KEY: u16 = 512;
/// Entities the metadata says are updated with `PUT`, not `PATCH`
/// (`UpdateRestrictions/UpdateMethod`: a team's `schedule`, a group's `team`); set only
/// with `UPDATE`.
pub const UPDATE_PUT: u16 = 1024;
/// What only a collection has: cleared on single-valued edges, which the same sources
/// annotate.
const COLLECTION_ONLY: u16 = INSERT | NO_COUNT | NO_KEY;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EdgeKind {
    EntitySet,
    Singleton,
    Navigation {
        contained: bool,
    },
    /// Index into `Model::operations`.
    Operation {
        op: usize,
        on_collection: bool,
    },
    Stream,
    /// A single-valued complex-typed structural property (`/me/mailboxSettings`): GET
    /// and PATCH address it on its own; `target` is its complex type.
    Property,
}

#[derive(Debug, Clone)]
pub struct Edge {
    /// Path segment (CSDL name).
    pub name: String,
    pub kind: EdgeKind,
    /// Entity type reached (sets, navigations); `None` for streams and operations.
    pub target: Option<TypeId>,
    /// Collection-valued (navigations, sets).
    pub collection: bool,
    pub caps: u16,
}

/// Edges of every entity type (declared on it, not inherited) and of the root.
#[derive(Debug, Clone, Default)]
pub struct Addressing {
    pub roots: Vec<Edge>,
    pub declared: BTreeMap<TypeId, Vec<Edge>>,
    /// Rust names of action parameter structs, by operation index.
    pub params_struct: BTreeMap<usize, String>,
}

/// Capability bits: for each restriction, the first source that says something wins,
/// except that a `RestrictedProperties` entry on the declaring type (`nav`) comes right
/// after the first source; silence allows. An insert, update or delete restriction that
/// says no sets the matching `*_DENIED` bit, a `$count` or key one `NO_COUNT`/`NO_KEY`;
/// an allowed update whose method is `PUT` sets `UPDATE_PUT`.
fn caps_from(sources: &[&Capabilities], nav: Option<(&Capabilities, &str)>) -> u16 {
    let said = |of: &dyn Fn(&Capabilities) -> Option<bool>,
                on: &dyn Fn(&Capabilities, &str) -> Option<bool>| {
        sources
            .iter()
            .take(1)
            .find_map(|c| of(c))
            .or_else(|| nav.and_then(|(c, n)| on(c, n)))
            .or_else(|| sources.iter().skip(1).find_map(|c| of(c)))
    };
    let mut caps = 0;
    for (r, bit, denied) in [
        (Restriction::Insert, INSERT, INSERT_DENIED),
        (Restriction::Update, UPDATE, UPDATE_DENIED),
        (Restriction::Delete, DELETE, DELETE_DENIED),
    ] {
        caps |= match said(&|c| c.allows(r), &|c, n| c.allows_on(n, r)) {
            Some(false) => denied,
            _ => bit,
        };
    }
    if caps & UPDATE != 0
        && said(&|c| c.update_by_put, &Capabilities::update_by_put_on) == Some(true)
    {
        caps |= UPDATE_PUT;
    }
    if said(&|c| c.countable, &Capabilities::countable_on) == Some(false) {
        caps |= NO_COUNT;
    }
    if said(&|c| c.indexable_by_key, &Capabilities::indexable_by_key_on) == Some(false) {
        caps |= NO_KEY;
    }
    caps
}

fn entity_of(model: &Model, r: &TypeRef) -> Option<TypeId> {
    match r.target {
        Target::Type(id) if matches!(model.types[id].kind, TypeKind::Entity(_)) => Some(id),
        _ => None,
    }
}

pub fn compute(model: &Model) -> Addressing {
    let mut out = Addressing::default();
    if let Some(c) = &model.container {
        for (sets, singleton) in [(&c.entity_sets, false), (&c.singletons, true)] {
            for s in sets {
                let t = &model.types[s.entity_type];
                let mut caps = caps_from(&[&s.capabilities, &t.capabilities], None);
                if singleton {
                    caps &= !(DELETE | COLLECTION_ONLY);
                }
                out.roots.push(Edge {
                    name: s.name.clone(),
                    kind: if singleton {
                        EdgeKind::Singleton
                    } else {
                        EdgeKind::EntitySet
                    },
                    target: Some(s.entity_type),
                    collection: !singleton,
                    caps,
                });
            }
        }
        let mut imports: Vec<_> = c.action_imports.iter().chain(&c.function_imports).collect();
        imports.sort_by(|a, b| a.name.cmp(&b.name));
        for imp in imports {
            for (i, op) in model.operations.iter().enumerate() {
                if op.qualified == imp.operation && !op.is_bound {
                    out.roots.push(Edge {
                        name: imp.name.clone(),
                        kind: EdgeKind::Operation {
                            op: i,
                            on_collection: false,
                        },
                        target: None,
                        collection: false,
                        caps: 0,
                    });
                }
            }
        }
        out.roots.sort_by(|a, b| a.name.cmp(&b.name));
    }
    for (id, t) in model.types.iter().enumerate() {
        let TypeKind::Entity(s) = &t.kind else {
            continue;
        };
        let mut edges = Vec::new();
        for p in s.properties.iter().filter(|p| p.declared_in == id) {
            if p.navigation.is_some() {
                let Some(target) = entity_of(model, &p.ty) else {
                    continue;
                };
                if p.capabilities.not_navigable {
                    continue;
                }
                let contained = p.navigation.as_ref().is_some_and(|n| n.contains_target);
                let mut caps = caps_from(
                    &[&p.capabilities, &model.types[target].capabilities],
                    Some((&t.capabilities, &p.name)),
                );
                // A non-containment navigation also allows `$ref`, and so does a
                // contained one marked `Referenceable` (Graph: a feature rollout policy's
                // `appliesTo`, an assignment's `categories` and `rubric`); an explicit
                // `Referenceable=false` takes it away. Creating, updating and deleting
                // through a navigation follow the annotations like contained ones (OData
                // allows POST to a navigation collection).
                let referenceable = p
                    .capabilities
                    .referenceable
                    .or_else(|| t.capabilities.referenceable_on(&p.name))
                    .unwrap_or(!contained);
                if referenceable {
                    caps |= REF;
                }
                if !p.ty.collection {
                    caps &= !COLLECTION_ONLY;
                }
                edges.push(Edge {
                    name: p.name.clone(),
                    kind: EdgeKind::Navigation { contained },
                    target: Some(target),
                    collection: p.ty.collection,
                    caps,
                });
            } else if let Target::Type(ct) = p.ty.target
                && !p.ty.collection
                && matches!(model.types[ct].kind, TypeKind::Complex(_))
            {
                edges.push(Edge {
                    name: p.name.clone(),
                    kind: EdgeKind::Property,
                    target: Some(ct),
                    collection: false,
                    caps: UPDATE,
                });
            } else if p.ty.target == Target::Prim(Edm::Stream) && !p.ty.collection {
                edges.push(Edge {
                    name: p.name.clone(),
                    kind: EdgeKind::Stream,
                    target: None,
                    collection: false,
                    caps: 0,
                });
            }
        }
        out.declared.insert(id, edges);
    }
    for (i, op) in model.operations.iter().enumerate() {
        if !op.is_bound {
            continue;
        }
        let Some(binding) = op.parameters.first() else {
            continue;
        };
        let Some(ty) = entity_of(model, &binding.ty) else {
            continue;
        };
        out.declared.entry(ty).or_default().push(Edge {
            name: op.name.clone(),
            kind: EdgeKind::Operation {
                op: i,
                on_collection: binding.ty.collection,
            },
            target: None,
            collection: false,
            caps: 0,
        });
    }
    // Action parameter structs: `{Binding}{Action}Params`, unique per version.
    let mut scope = Scope::default();
    for (i, op) in model.operations.iter().enumerate() {
        let skip = usize::from(op.is_bound);
        if !op.is_action || op.parameters.len() <= skip {
            continue;
        }
        let binding = op
            .parameters
            .first()
            .filter(|_| op.is_bound)
            .and_then(|p| match p.ty.target {
                Target::Type(id) => Some(model.types[id].rust_name.clone()),
                Target::Prim(_) => None,
            })
            .unwrap_or_default();
        let coll = if op.is_bound && op.parameters[0].ty.collection {
            "Collection"
        } else {
            ""
        };
        let wanted = format!("{binding}{coll}{}Params", type_name(&op.name));
        let ns = model.namespaces[op.namespace]
            .module
            .as_deref()
            .map(type_name)
            .unwrap_or_default();
        let name = scope.claim_or(wanted.clone(), format!("{ns}{wanted}"));
        out.params_struct.insert(i, name);
    }
    out
}

/// Entity types whose items can be addressed by path below them: OneDrive's
/// `/me/drive/root:/folder/file.txt:` (the Kiota SDKs' `ItemWithPath`), under the Graph
/// URL conventions only (it is a Graph convention, not OData).
///
/// A table rather than a rule: nothing in the CSDL says which types take a path (no
/// annotation, no structural hint: the path is resolved by the service, not by the
/// model), so any rule would be a guess. Graph documents the form for drive items
/// (`/drives/{id}/root:/...`, `/items/{id}:/...`, also reached through `me`, `users`,
/// `groups` and `sites`, all ending at a `driveItem`), and the item a path reaches is
/// again a drive item. The other `:/` form in Graph, `/sites/{hostname}:/{server-relative
/// path}`, addresses a site by its URL, not a child, and is not offered. Types derived
/// from a listed type inherit the form (the route table finds the edge through `base`).
pub const ITEM_PATH_TYPES: &[&str] = &["microsoft.graph.driveItem"];

/// The listed type (`ITEM_PATH_TYPES`) that `id` is or derives from, with what an item
/// addressed by path allows: the update and delete bits of the type's own Capabilities
/// annotations (silence allows them, as for `items/{id}`); never insert (one item) nor
/// `$ref` (the path names the item itself, not a reference to it).
pub fn item_path_type(model: &Model, id: TypeId) -> Option<(TypeId, u16)> {
    let mut cur = Some(id);
    while let Some(t) = cur {
        let ty = &model.types[t];
        if matches!(ty.kind, TypeKind::Entity(_))
            && ITEM_PATH_TYPES.contains(&ty.qualified.as_str())
        {
            let caps = caps_from(&[&ty.capabilities], None) & !(INSERT_DENIED | COLLECTION_ONLY);
            return Some((t, caps));
        }
        cur = ty.structured().and_then(|s| s.base);
    }
    None
}

/// Registry name of an action's parameters (`microsoft.graph.answer(microsoft.graph.call)`).
pub fn params_registry_name(model: &Model, op: usize) -> String {
    let o = &model.operations[op];
    match o.parameters.first().filter(|_| o.is_bound) {
        Some(b) => {
            let t = match b.ty.target {
                Target::Type(id) => model.types[id].qualified.clone(),
                Target::Prim(e) => e.name().to_string(),
            };
            if b.ty.collection {
                format!("{}(Collection({t}))", o.qualified)
            } else {
                format!("{}({t})", o.qualified)
            }
        }
        None => format!("{}()", o.qualified),
    }
}
