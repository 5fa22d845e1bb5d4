//! The route table of one Graph version, generated beside the request builders: for
//! every entity type, the navigation properties, bound operations and streams the
//! builders offer (each with its capabilities from the metadata), plus the container's
//! entity sets and singletons. Routes compose at run time like the builders do, so the
//! table stays small while covering every path the builders can produce;
//! [`RouteTable::resolve`] maps a request line (`POST /communications/calls/{id}/answer`)
//! to its route: path template, kind, body type and response type.

use crate::request::decode;
use std::fmt;

/// Capability bits of a collection or entity edge (from Capabilities annotations).
pub mod caps {
    /// Items can be created (POST on the collection).
    pub const INSERT: u16 = 1;
    /// Items can be updated (PATCH/PUT).
    pub const UPDATE: u16 = 2;
    /// Items can be deleted.
    pub const DELETE: u16 = 4;
    /// `$ref` operations apply (a non-contained navigation property, or one annotated
    /// `Referenceable`).
    pub const REF: u16 = 8;
    /// A Capabilities annotation says items cannot be created (`Insertable=false`).
    pub const INSERT_DENIED: u16 = 16;
    /// A Capabilities annotation says items cannot be updated (`Updatable=false`).
    pub const UPDATE_DENIED: u16 = 32;
    /// A Capabilities annotation says items cannot be deleted (`Deletable=false`).
    pub const DELETE_DENIED: u16 = 64;
    /// Set by the resolver on a singleton (never in a table): it cannot be deleted.
    pub(crate) const SINGLETON: u16 = 128;
    /// The metadata refuses `$count` on the collection (`CountRestrictions/Countable=false`).
    pub const NO_COUNT: u16 = 256;
    /// The metadata says the collection's items are not addressed by key
    /// (`IndexableByKey=false`).
    pub const NO_KEY: u16 = 512;
    /// The metadata says the entities are updated with `PUT`, not `PATCH`
    /// (`UpdateRestrictions/UpdateMethod`).
    pub const UPDATE_PUT: u16 = 1024;
}

/// Why `$ref` does not apply: like the builders, the table allows it only after a
/// navigation property the metadata makes referenceable (a non-contained one, or one
/// annotated `Referenceable`).
const NOT_REFERENCEABLE: &str =
    "`$ref` on an entity set or a contained navigation property (not referenceable)";

/// What an edge is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    /// An entity set of the container (root only).
    EntitySet,
    /// A singleton of the container (root only).
    Singleton,
    /// A navigation property (`collection` says whether it is collection-valued).
    Navigation {
        /// `ContainsTarget="true"`.
        contained: bool,
    },
    /// A bound or unbound action (POST).
    Action {
        /// Bound to a collection of the type rather than one entity.
        on_collection: bool,
    },
    /// A bound or unbound function (GET).
    Function {
        /// Bound to a collection of the type rather than one entity.
        on_collection: bool,
        /// `IsComposable="true"`: the path may go on from its result.
        composable: bool,
    },
    /// An `Edm.Stream` property (`GET`/`PUT` of raw bytes).
    Stream,
    /// A single-valued complex-typed structural property (`GET`/`PATCH`/`PUT`);
    /// `target` is its complex type.
    Property,
    /// OneDrive path addressing (a Graph URL convention, not OData): `:/{item-path}:`
    /// after an entity of this type addresses the entity of type `target` at that path
    /// below it (`/me/drive/root:/folder/file.txt:/content`); `caps` says what the item
    /// reached allows. Matched by the `:` form, never by `name` (which is `:`).
    ItemPath,
}

/// One step from a type (or the root) to the next path segment.
#[derive(Debug, Clone, Copy)]
pub struct Edge {
    /// The segment (property or operation name).
    pub name: &'static str,
    /// Navigation, operation, stream, entity set, singleton.
    pub kind: EdgeKind,
    /// Entity type reached (navigations, sets) or the operation's return type (qualified
    /// name or `Edm.*`; empty when the operation returns nothing).
    pub target: &'static str,
    /// Collection-valued navigation or operation result.
    pub collection: bool,
    /// [`caps`] bits for navigations and sets.
    pub caps: u16,
    /// Registry name of the action's parameters struct, if it has parameters.
    pub body: Option<&'static str>,
    /// Function parameter names, in order.
    pub params: &'static [&'static str],
}

/// The routes declared on one entity type.
#[derive(Debug, Clone, Copy)]
pub struct TypeRoutes {
    /// Qualified entity type name.
    pub name: &'static str,
    /// Its base type, whose routes it inherits.
    pub base: Option<&'static str>,
    /// `HasStream="true"` (anywhere in the hierarchy): `$value` applies.
    pub has_stream: bool,
    /// Edges declared on this type.
    pub edges: &'static [Edge],
}

/// The whole table of one version.
#[derive(Debug, Clone, Copy)]
pub struct RouteTable {
    /// `v1.0` or `beta`.
    pub version: &'static str,
    /// Entity sets, singletons and unbound operations.
    pub roots: &'static [Edge],
    /// Entity types, sorted by qualified name.
    pub types: &'static [TypeRoutes],
}

/// What a resolved route does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RouteKind {
    /// GET a collection.
    List,
    /// POST to a collection.
    Create,
    /// GET one entity.
    Get,
    /// Update one entity: PATCH, or PUT where the metadata says updates are PUT
    /// (`UpdateRestrictions/UpdateMethod`; PATCH there is an update too).
    Update,
    /// PUT one entity.
    Replace,
    /// DELETE one entity.
    Delete,
    /// GET `$count`.
    Count,
    /// GET `$ref`.
    GetRef,
    /// PUT `$ref` (single-valued reference).
    SetRef,
    /// POST `$ref` (add to a reference collection).
    AddRef,
    /// DELETE `$ref` (of a single-valued navigation, of one item, or of a collection
    /// with `?$id=` naming the reference).
    DeleteRef,
    /// POST an action.
    Action,
    /// GET a function.
    Function,
    /// GET `$value` or a stream property.
    GetStream,
    /// PUT `$value` or a stream property.
    PutStream,
}

/// A request line matched to a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// `GET`, `POST`, ...
    pub method: String,
    /// `/communications/calls/{call-id}/answer`.
    pub template: String,
    /// What the route does.
    pub kind: RouteKind,
    /// Registry name of the body type (entity for create/update, parameters struct for
    /// actions), if the route takes a JSON body.
    pub body: Option<&'static str>,
    /// Qualified name of the response type (`Edm.*` for primitives), if any.
    pub response: Option<&'static str>,
    /// The response is a collection.
    pub response_collection: bool,
}

/// Why a request line matches no route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unresolved {
    /// The path prefix that did resolve.
    pub resolved_prefix: String,
    /// The segment that did not resolve (empty when the method is the problem).
    pub segment: String,
    /// The entity type the segment was looked up on (`None`: the service root).
    pub parent: Option<&'static str>,
    /// What went wrong.
    pub reason: String,
}

impl fmt::Display for Unresolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (after `{}`)", self.reason, self.resolved_prefix)
    }
}

impl std::error::Error for Unresolved {}

/// Where the walk is.
#[derive(Debug, Clone, Copy)]
enum At {
    Root,
    /// A collection of entities; `contained` when items live in it.
    Collection {
        ty: &'static str,
        caps: u16,
        set_or_contained: bool,
    },
    /// One entity.
    Item {
        ty: &'static str,
        caps: u16,
    },
    /// `$ref` of a collection or of a single-valued navigation.
    Ref {
        collection: bool,
    },
    /// `$count`.
    Count,
    /// `$value` or a stream property.
    Stream,
    /// A structural property of complex type `ty`.
    Property {
        ty: &'static str,
    },
    /// After an operation segment.
    Operation {
        edge: Edge,
    },
}

impl RouteTable {
    /// The routes of one entity type.
    pub fn type_routes(&self, name: &str) -> Option<&'static TypeRoutes> {
        let types: &'static [TypeRoutes] = self.types;
        types
            .binary_search_by(|t| t.name.cmp(name))
            .ok()
            .map(|i| &types[i])
    }

    /// Number of edges (navigations, operations, streams, sets) over all types, and the
    /// number of (method, edge) routes they give, counting each HTTP method separately.
    pub fn counts(&self) -> (usize, usize) {
        let mut edges = 0;
        let mut routes = 0;
        for e in self
            .roots
            .iter()
            .chain(self.types.iter().flat_map(|t| t.edges))
        {
            edges += 1;
            routes += match e.kind {
                EdgeKind::Action { .. } | EdgeKind::Function { .. } => 1,
                EdgeKind::Stream => 2,
                EdgeKind::Property => 3,
                EdgeKind::ItemPath => 0,
                EdgeKind::EntitySet | EdgeKind::Navigation { .. } | EdgeKind::Singleton => {
                    methods_of(e).len()
                }
            };
        }
        (edges, routes)
    }

    /// Finds `name` among the edges of `ty` and its base types.
    fn edge(&self, ty: &str, name: &str, on_collection: bool) -> Option<Edge> {
        let mut cur = self.type_routes(ty);
        while let Some(t) = cur {
            for e in t.edges {
                let applies = match e.kind {
                    EdgeKind::Action { on_collection: c }
                    | EdgeKind::Function {
                        on_collection: c, ..
                    } => c == on_collection,
                    EdgeKind::ItemPath => false,
                    _ => !on_collection,
                };
                if applies && e.name == name {
                    return Some(*e);
                }
            }
            cur = t.base.and_then(|b| self.type_routes(b));
        }
        None
    }

    /// The [`EdgeKind::ItemPath`] edge of `ty` or of one of its base types.
    fn item_path_edge(&self, ty: &str) -> Option<Edge> {
        let mut cur = self.type_routes(ty);
        while let Some(t) = cur {
            if let Some(e) = t.edges.iter().find(|e| e.kind == EdgeKind::ItemPath) {
                return Some(*e);
            }
            cur = t.base.and_then(|b| self.type_routes(b));
        }
        None
    }

    fn has_stream(&self, ty: &str) -> bool {
        self.type_routes(ty).is_some_and(|t| t.has_stream)
    }

    /// `sub` is `ty` or derives from it.
    fn derives(&self, sub: &str, ty: &str) -> bool {
        let mut cur = self.type_routes(sub);
        while let Some(t) = cur {
            if t.name == ty {
                return true;
            }
            cur = t.base.and_then(|b| self.type_routes(b));
        }
        false
    }

    /// Resolves `method` and a path after the version (`/communications/calls/{id}`,
    /// optionally with a query, which is ignored). Keys may be written as segments or in
    /// parentheses (`calls('id')`); operations may be qualified (`microsoft.graph.answer`).
    pub fn resolve(&self, method: &str, target: &str) -> Result<Resolved, Unresolved> {
        let method = method.to_ascii_uppercase();
        let path = target.split(['?', '#']).next().unwrap_or("");
        // `$id=` in the query: which reference a `DELETE .../$ref` removes from a collection.
        let names_id = target
            .split_once('?')
            .map(|(_, q)| q.split('#').next().unwrap_or(""))
            .is_some_and(|q| {
                q.split('&')
                    .any(|p| decode(p.split('=').next().unwrap_or("")) == "$id")
            });
        let mut template = String::new();
        let at = match self.item_path_start(path) {
            Some((at, prefix, rest)) => {
                template = prefix;
                self.walk(at, &split_segments(rest), &mut template)?
            }
            None => self.walk(At::Root, &split_segments(path), &mut template)?,
        };
        self.finish(at, &method, template, names_id)
    }

    /// OneDrive path addressing (`/me/drive/root:/folder/file.txt:/content`): when the
    /// path before the first `:/` resolves to an entity whose type has an
    /// [`EdgeKind::ItemPath`] edge, the item it reaches, the template so far (ending in
    /// `:/{item-path}:`) and the rest of the path after the closing `:`. `None` when the
    /// path has no item path or its prefix does not lead to such an entity (the path is
    /// then resolved as a whole, and fails as it always did).
    fn item_path_start<'p>(&self, path: &'p str) -> Option<(At, String, &'p str)> {
        let (prefix, item, rest) = split_item_path(path)?;
        if item.is_empty() || !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        let mut template = String::new();
        let At::Item { ty, .. } = self
            .walk(At::Root, &split_segments(prefix), &mut template)
            .ok()?
        else {
            return None;
        };
        let e = self.item_path_edge(ty)?;
        template.push_str(":/{item-path}:");
        Some((
            At::Item {
                ty: e.target,
                caps: e.caps,
            },
            template,
            rest,
        ))
    }

    /// Walks `segs` from `at`, extending `template`.
    fn walk(&self, mut at: At, segs: &[&str], template: &mut String) -> Result<At, Unresolved> {
        let mut i = 0;
        while i < segs.len() {
            let seg = decode(segs[i]);
            let (name, args) = match seg.find('(') {
                Some(i) if seg.ends_with(')') => (&seg[..i], Some(&seg[i + 1..seg.len() - 1])),
                _ => (seg.as_str(), None),
            };
            let parent = match at {
                At::Collection { ty, .. } | At::Item { ty, .. } => Some(ty),
                _ => None,
            };
            let fail = |reason: String| Unresolved {
                resolved_prefix: template.clone(),
                segment: name.to_string(),
                parent,
                reason,
            };
            at = match at {
                At::Root => {
                    let e = self
                        .roots
                        .iter()
                        .find(|e| e.name == name)
                        .copied()
                        .ok_or_else(|| {
                            fail(format!(
                                "`{name}` is not an entity set, singleton or unbound operation"
                            ))
                        })?;
                    let next = self.step(e);
                    if let Some(reason) = key_refused(&next, args) {
                        return Err(fail(reason.into()));
                    }
                    template.push('/');
                    template.push_str(e.name);
                    key_in_parens(next, args, template)
                }
                At::Collection { caps: c, .. } if name == "$count" && c & caps::NO_COUNT != 0 => {
                    return Err(fail(
                        "`$count` on a collection the metadata says cannot be counted \
                         (CountRestrictions: not countable)"
                            .into(),
                    ));
                }
                At::Collection { .. } | At::Item { .. } if name == "$count" => {
                    template.push_str("/$count");
                    At::Count
                }
                At::Collection { caps: c, .. } if name == "$ref" => {
                    if c & caps::REF == 0 {
                        return Err(fail(NOT_REFERENCEABLE.into()));
                    }
                    template.push_str("/$ref");
                    At::Ref { collection: true }
                }
                At::Item { caps: c, .. } if name == "$ref" => {
                    if c & caps::REF == 0 {
                        return Err(fail(NOT_REFERENCEABLE.into()));
                    }
                    template.push_str("/$ref");
                    At::Ref { collection: false }
                }
                At::Item { ty, .. } if name == "$value" => {
                    if !self.has_stream(ty) {
                        return Err(fail(format!("`{ty}` is not a media entity (no HasStream)")));
                    }
                    template.push_str("/$value");
                    At::Stream
                }
                At::Collection {
                    ty,
                    caps: c,
                    set_or_contained,
                } => {
                    if let Some(e) = self.op_edge(ty, name, true) {
                        template.push('/');
                        template.push_str(e.name);
                        At::Operation { edge: e }
                    } else if let Some(sub) = self.cast(ty, name) {
                        template.push('/');
                        template.push_str(sub);
                        At::Collection {
                            ty: sub,
                            caps: c,
                            set_or_contained,
                        }
                    } else if c & caps::NO_KEY != 0 {
                        return Err(fail(format!(
                            "`{name}` is not a bound operation or type cast of `{ty}`, and the \
                             collection's items are not addressed by key (IndexableByKey: false)"
                        )));
                    } else {
                        template.push_str(&format!("/{{{}-id}}", short(ty)));
                        At::Item { ty, caps: c }
                    }
                }
                At::Item { ty, caps: c } => {
                    if let Some(e) = self
                        .edge(ty, name, false)
                        .or_else(|| self.op_edge(ty, name, false))
                    {
                        let next = self.step(e);
                        if let Some(reason) = key_refused(&next, args) {
                            return Err(fail(reason.into()));
                        }
                        template.push('/');
                        template.push_str(e.name);
                        key_in_parens(next, args, template)
                    } else if let Some(sub) = self.cast(ty, name) {
                        template.push('/');
                        template.push_str(sub);
                        At::Item { ty: sub, caps: c }
                    } else {
                        return Err(fail(format!(
                            "`{name}` is not a navigation property, stream or bound operation of `{ty}`"
                        )));
                    }
                }
                At::Operation { edge } => match edge.kind {
                    EdgeKind::Function {
                        composable: true, ..
                    } if self.type_routes(edge.target).is_some() => {
                        let ty = edge.target;
                        let next = if edge.collection {
                            At::Collection {
                                ty,
                                caps: 0,
                                set_or_contained: false,
                            }
                        } else {
                            At::Item { ty, caps: 0 }
                        };
                        // Go on from the function's result with this same segment.
                        at = next;
                        continue;
                    }
                    _ => {
                        return Err(fail(format!(
                            "nothing can follow the operation `{}`",
                            edge.name
                        )));
                    }
                },
                At::Ref { .. } | At::Count | At::Stream | At::Property { .. } => {
                    return Err(fail(format!(
                        "nothing can follow `{}`",
                        template.rsplit('/').next().unwrap_or("")
                    )));
                }
            };
            i += 1;
        }
        Ok(at)
    }

    /// The operation `name` bound to `ty` (or to a collection of it), also when written
    /// qualified (`microsoft.graph.answer`).
    fn op_edge(&self, ty: &str, name: &str, on_collection: bool) -> Option<Edge> {
        let is_op =
            |e: &Edge| matches!(e.kind, EdgeKind::Action { .. } | EdgeKind::Function { .. });
        self.edge(ty, name, on_collection)
            .filter(is_op)
            .or_else(|| {
                let short = name.rsplit('.').next()?;
                (short != name)
                    .then(|| self.edge(ty, short, on_collection))
                    .flatten()
                    .filter(is_op)
            })
    }

    fn cast(&self, ty: &str, name: &str) -> Option<&'static str> {
        let t = self.type_routes(name)?;
        self.derives(t.name, ty).then_some(t.name)
    }

    fn step(&self, e: Edge) -> At {
        match e.kind {
            EdgeKind::EntitySet => At::Collection {
                ty: e.target,
                caps: e.caps,
                set_or_contained: true,
            },
            EdgeKind::Singleton => At::Item {
                ty: e.target,
                caps: e.caps | caps::SINGLETON,
            },
            EdgeKind::Navigation { contained } => {
                if e.collection {
                    At::Collection {
                        ty: e.target,
                        caps: e.caps,
                        set_or_contained: contained,
                    }
                } else {
                    At::Item {
                        ty: e.target,
                        caps: e.caps,
                    }
                }
            }
            EdgeKind::Action { .. } | EdgeKind::Function { .. } => At::Operation { edge: e },
            EdgeKind::Stream => At::Stream,
            EdgeKind::Property => At::Property { ty: e.target },
            EdgeKind::ItemPath => At::Item {
                ty: e.target,
                caps: e.caps,
            },
        }
    }

    fn finish(
        &self,
        at: At,
        method: &str,
        template: String,
        names_id: bool,
    ) -> Result<Resolved, Unresolved> {
        let ok = |kind, body, response, response_collection| {
            Ok(Resolved {
                method: method.to_string(),
                template: template.clone(),
                kind,
                body,
                response,
                response_collection,
            })
        };
        let not_allowed = |what: &str| {
            Err(Unresolved {
                resolved_prefix: template.clone(),
                segment: String::new(),
                parent: None,
                reason: format!("{method} not allowed on {what}"),
            })
        };
        match (at, method) {
            (At::Collection { ty, .. }, "GET") => ok(RouteKind::List, None, Some(ty), true),
            (At::Collection { ty, caps: c, .. }, "POST") if c & caps::INSERT != 0 => {
                ok(RouteKind::Create, Some(ty), Some(ty), false)
            }
            (At::Collection { caps: c, .. }, "POST") if c & caps::INSERT_DENIED != 0 => {
                not_allowed("this collection (InsertRestrictions: not insertable)")
            }
            (At::Collection { .. }, "POST") => {
                not_allowed("this collection (the result of a function: not insertable)")
            }
            (At::Item { ty, .. }, "GET") => ok(RouteKind::Get, None, Some(ty), false),
            (At::Item { ty, caps: c }, "PATCH") if c & caps::UPDATE != 0 => {
                ok(RouteKind::Update, Some(ty), Some(ty), false)
            }
            // `UpdateMethod=PUT`: PUT is the update (what the builders send). PATCH stays
            // resolved: the vocabulary makes `PUT` the supported method, not `PATCH` an
            // error, and Graph documents `PATCH` on some of these (external items).
            (At::Item { ty, caps: c }, "PUT") if c & caps::UPDATE_PUT != 0 => {
                ok(RouteKind::Update, Some(ty), Some(ty), false)
            }
            (At::Item { ty, caps: c }, "PUT") if c & caps::UPDATE != 0 => {
                ok(RouteKind::Replace, Some(ty), Some(ty), false)
            }
            (At::Item { caps: c, .. }, "DELETE") if c & caps::DELETE != 0 => {
                ok(RouteKind::Delete, None, None, false)
            }
            (At::Item { caps: c, .. }, "PATCH" | "PUT") if c & caps::UPDATE_DENIED != 0 => {
                not_allowed("this entity (UpdateRestrictions: not updatable)")
            }
            (At::Item { caps: c, .. }, "DELETE") if c & caps::DELETE_DENIED != 0 => {
                not_allowed("this entity (DeleteRestrictions: not deletable)")
            }
            (At::Item { caps: c, .. }, "DELETE") if c & caps::SINGLETON != 0 => {
                not_allowed("a singleton (it cannot be deleted)")
            }
            (At::Item { .. }, "PATCH" | "PUT" | "DELETE") => {
                not_allowed("this entity (the result of a function)")
            }
            (At::Item { .. }, "POST") => {
                not_allowed("one entity (POST creates in a collection or calls an action)")
            }
            (At::Count, "GET") => ok(RouteKind::Count, None, Some("Edm.Int32"), false),
            (At::Ref { .. }, "GET") => ok(RouteKind::GetRef, None, None, false),
            (At::Ref { collection: true }, "POST") => ok(RouteKind::AddRef, None, None, false),
            (At::Ref { collection: false }, "PUT") => ok(RouteKind::SetRef, None, None, false),
            (At::Ref { collection: false }, "DELETE") => {
                ok(RouteKind::DeleteRef, None, None, false)
            }
            (At::Ref { collection: true }, "DELETE") if names_id => {
                ok(RouteKind::DeleteRef, None, None, false)
            }
            (At::Ref { collection: true }, "DELETE") => {
                not_allowed("a collection's `$ref` without `$id` (which reference to remove)")
            }
            (At::Stream, "GET") => ok(RouteKind::GetStream, None, Some("Edm.Stream"), false),
            (At::Property { ty }, "GET") => ok(RouteKind::Get, None, Some(ty), false),
            (At::Property { ty }, "PATCH") => ok(RouteKind::Update, Some(ty), Some(ty), false),
            (At::Property { ty }, "PUT") => ok(RouteKind::Replace, Some(ty), Some(ty), false),
            (At::Property { .. }, _) => not_allowed("a structural property (GET, PATCH, PUT)"),
            (At::Stream, "PUT") => ok(RouteKind::PutStream, None, None, false),
            (At::Operation { edge }, m) => {
                let response = (!edge.target.is_empty()).then_some(edge.target);
                match (edge.kind, m) {
                    (EdgeKind::Action { .. }, "POST") => {
                        ok(RouteKind::Action, edge.body, response, edge.collection)
                    }
                    (EdgeKind::Function { .. }, "GET") => {
                        ok(RouteKind::Function, None, response, edge.collection)
                    }
                    (EdgeKind::Action { .. }, _) => not_allowed("an action (POST only)"),
                    _ => not_allowed("a function (GET only)"),
                }
            }
            (At::Root, _) => not_allowed("the service root"),
            (At::Collection { .. }, _) => {
                not_allowed("a collection (PATCH, PUT and DELETE address one item)")
            }
            (At::Stream, _) => not_allowed("a stream (GET and PUT only)"),
            (At::Count, _) => not_allowed("`$count` (GET only)"),
            (At::Ref { .. }, _) => {
                not_allowed("this `$ref` (see OData: GET, POST to a collection, PUT/DELETE of one)")
            }
            (At::Item { .. }, _) => not_allowed("one entity (GET, PATCH, PUT, DELETE)"),
        }
    }
}

/// The methods a navigation / set edge allows on what it reaches.
fn methods_of(e: &Edge) -> Vec<&'static str> {
    let mut m = vec!["GET"];
    if e.collection && e.caps & caps::INSERT != 0 {
        m.push("POST");
    }
    if e.caps & caps::UPDATE != 0 {
        m.push("PATCH");
    }
    if e.caps & caps::DELETE != 0 {
        m.push("DELETE");
    }
    if e.caps & caps::REF != 0 {
        m.push("$ref");
    }
    m
}

/// Why a key in parentheses cannot follow the collection `next`, if it cannot.
fn key_refused(next: &At, args: Option<&str>) -> Option<&'static str> {
    match (next, args) {
        (At::Collection { caps: c, .. }, Some(_)) if c & caps::NO_KEY != 0 => Some(
            "a key on a collection whose items are not addressed by key (IndexableByKey: false)",
        ),
        _ => None,
    }
}

/// A key written in parentheses after a collection segment (`calls('id')`, `calls(id)`).
fn key_in_parens(next: At, args: Option<&str>, template: &mut String) -> At {
    match (next, args) {
        (At::Collection { ty, caps, .. }, Some(_)) => {
            template.push_str(&format!("/{{{}-id}}", short(ty)));
            At::Item { ty, caps }
        }
        (other, _) => other,
    }
}

/// `microsoft.graph.callRecords.callRecord` -> `callRecord`.
fn short(ty: &str) -> &str {
    ty.rsplit('.').next().unwrap_or(ty)
}

/// `/me/drive/root:/a/b.txt:/content` -> (`/me/drive/root`, `a/b.txt`, `/content`): the
/// path before the first `:/` outside quotes and parentheses, the item path up to the
/// next `:` (or the end), and what follows that `:`.
fn split_item_path(path: &str) -> Option<(&str, &str, &str)> {
    let (mut depth, mut quoted) = (0i32, false);
    for (i, c) in path.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            ':' if !quoted && depth <= 0 && path[i + 1..].starts_with('/') => {
                let after = &path[i + 2..];
                return Some(match after.find(':') {
                    Some(j) => (&path[..i], &after[..j], &after[j + 1..]),
                    None => (&path[..i], after, ""),
                });
            }
            _ => {}
        }
    }
    None
}

/// Splits a path on `/` outside quotes and parentheses, skipping empty segments.
fn split_segments(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut quoted, mut start) = (0i32, false, 0);
    for (i, c) in path.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            '/' if !quoted && depth <= 0 => {
                if i > start {
                    out.push(&path[start..i]);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < path.len() {
        out.push(&path[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn edge(name: &'static str, kind: EdgeKind, target: &'static str) -> Edge {
        Edge {
            name,
            kind,
            target,
            collection: false,
            caps: caps::UPDATE | caps::DELETE,
            body: None,
            params: &[],
        }
    }

    const fn many(mut e: Edge) -> Edge {
        e.collection = true;
        e.caps = caps::INSERT | caps::UPDATE | caps::DELETE;
        e
    }

    const CONTAINED: EdgeKind = EdgeKind::Navigation { contained: true };
    const ITEM: &str = "microsoft.graph.driveItem";

    /// A drive with `root` and `items`, a drive item with `children`, `content`, an
    /// action and the item path edge, and a site whose `drive` leads there.
    static TABLE: RouteTable = RouteTable {
        version: "v1.0",
        roots: &[
            many(edge("drives", EdgeKind::EntitySet, "microsoft.graph.drive")),
            edge("me", EdgeKind::Singleton, "microsoft.graph.user"),
            many(edge("sites", EdgeKind::EntitySet, "microsoft.graph.site")),
        ],
        types: &[
            TypeRoutes {
                name: "microsoft.graph.drive",
                base: None,
                has_stream: false,
                edges: &[
                    many(edge("items", CONTAINED, ITEM)),
                    edge("root", CONTAINED, ITEM),
                ],
            },
            TypeRoutes {
                name: ITEM,
                base: None,
                has_stream: false,
                edges: &[
                    many(edge("children", CONTAINED, ITEM)),
                    edge("content", EdgeKind::Stream, "Edm.Stream"),
                    edge(
                        "createUploadSession",
                        EdgeKind::Action {
                            on_collection: false,
                        },
                        "microsoft.graph.uploadSession",
                    ),
                    edge(":", EdgeKind::ItemPath, ITEM),
                ],
            },
            TypeRoutes {
                name: "microsoft.graph.site",
                base: None,
                has_stream: false,
                edges: &[edge("drive", CONTAINED, "microsoft.graph.drive")],
            },
            TypeRoutes {
                name: "microsoft.graph.user",
                base: None,
                has_stream: false,
                edges: &[edge("drive", CONTAINED, "microsoft.graph.drive")],
            },
        ],
    };

    fn ok(method: &str, path: &str) -> (String, RouteKind) {
        let r = TABLE
            .resolve(method, path)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        (r.template, r.kind)
    }

    #[test]
    fn drive_item_paths_resolve() {
        for (method, path, template, kind) in [
            (
                "GET",
                "/me/drive/root:/folder/file.txt:",
                "/me/drive/root:/{item-path}:",
                RouteKind::Get,
            ),
            (
                "GET",
                "/me/drive/root:/folder/file.txt",
                "/me/drive/root:/{item-path}:",
                RouteKind::Get,
            ),
            (
                "PUT",
                "/me/drive/root:/{item-path}:/content",
                "/me/drive/root:/{item-path}:/content",
                RouteKind::PutStream,
            ),
            (
                "GET",
                "/drives/d1/items/i1:/path/to/x:/content",
                "/drives/{drive-id}/items/{driveItem-id}:/{item-path}:/content",
                RouteKind::GetStream,
            ),
            (
                "GET",
                "/me/drive/root:/folder:/children?$top=2",
                "/me/drive/root:/{item-path}:/children",
                RouteKind::List,
            ),
            (
                "POST",
                "/sites/s1/drive/root:/{path and filename}:/createUploadSession",
                "/sites/{site-id}/drive/root:/{item-path}:/createUploadSession",
                RouteKind::Action,
            ),
            (
                "DELETE",
                "/me/drive/root:/a%3Ab.txt:",
                "/me/drive/root:/{item-path}:",
                RouteKind::Delete,
            ),
            (
                "PATCH",
                "/me/drive/items('i1'):/a.txt:",
                "/me/drive/items/{driveItem-id}:/{item-path}:",
                RouteKind::Update,
            ),
        ] {
            assert_eq!(
                ok(method, path),
                (template.to_string(), kind),
                "{method} {path}"
            );
        }
    }

    #[test]
    fn item_paths_only_where_the_table_has_them() {
        // A drive is not a drive item: the colon stays part of the segment.
        let e = TABLE.resolve("GET", "/me/drive:/a.txt:").unwrap_err();
        assert_eq!(e.segment, "drive:");
        // No item path edge on a site (its own `:/` form is not offered).
        let e = TABLE
            .resolve("GET", "/sites/contoso.sharepoint.com:/sites/x")
            .unwrap_err();
        assert_eq!(e.parent, Some("microsoft.graph.site"));
        // Nothing but `:` ends an item path; an empty one is no item path.
        assert!(TABLE.resolve("GET", "/me/drive/root:/a.txt:x").is_err());
        assert!(TABLE.resolve("GET", "/me/drive/root:/:").is_err());
        // The edge's name is never matched as a segment.
        assert!(TABLE.resolve("GET", "/me/drive/root/:").is_err());
        // After the item path, the usual rules.
        let e = TABLE
            .resolve("POST", "/me/drive/root:/a.txt:/content")
            .unwrap_err();
        assert!(e.reason.contains("a stream"), "{e}");
    }
}
