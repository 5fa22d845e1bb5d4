//! How a resolved type reference is spelled in Rust, relative to the module
//! tree of one generated version (`crate::v1`, `crate::beta` or `crate`).

use super::path_decl::PathDecl;
use crate::model::areas::{AreaSet, Areas};
use crate::model::{Edm, Model, Property, Target, TypeId, TypeKind};
use proc_macro2::{Ident, Span, TokenStream};
use std::sync::Arc;

/// Where the generated version's root module lives, e.g. `crate::v1`, and how its items
/// are gated on per-area features (none in a standalone crate).
#[derive(Debug, Clone)]
pub struct Paths {
    root: Vec<String>,
    gates: Option<Arc<Gates>>,
    /// How request builders address resources.
    pub conventions: UrlConventions,
    /// Where each entity type's builders are declared (`path_decl::compute`); empty where
    /// no request builders are emitted (every type then counts as `Own`).
    pub path_decls: Arc<Vec<PathDecl>>,
}

/// How the request builders of a crate address resources.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum UrlConventions {
    /// Microsoft Graph: root `https://graph.microsoft.com/{version}` (or another cloud),
    /// keys as segments (`/users/{id}`), operations of the root namespace unqualified.
    #[default]
    Graph,
    /// OData URL conventions: the service root exactly as given, keys in parentheses
    /// (`Products(1)`, `Order_Details(OrderID=1,ProductID=2)`), bound operations
    /// namespace-qualified.
    Odata,
}

impl std::str::FromStr for UrlConventions {
    type Err = String;
    /// `graph` or `odata`.
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "graph" => Ok(UrlConventions::Graph),
            "odata" => Ok(UrlConventions::Odata),
            _ => Err(format!(
                "unknown URL conventions `{s}` (expected `graph` or `odata`)"
            )),
        }
    }
}

/// Per-area gating of one version: `cfg` name prefix and the areas of each type.
#[derive(Debug)]
pub struct Gates {
    /// `msgraph_v1`: classes are `msgraph_v1_{name}` (`msgraph_v1_communications_or_search`).
    pub prefix: String,
    /// The full feature of the version (`v1`).
    pub feature: String,
    pub areas: Areas,
}

impl Gates {
    /// "Features: `v1`, or one of `v1-communications`, ..." for an item the full
    /// feature and the area features of `set` enable.
    fn features_doc(&self, set: &AreaSet) -> String {
        let f = &self.feature;
        let areas: Vec<String> = set
            .iter()
            .map(|a| format!("`{f}-{}`", self.areas.names[a]))
            .collect();
        const LISTED: usize = 12;
        if areas.len() == self.areas.names.len() {
            format!("Feature: `{f}` or any `{f}-*` area feature.")
        } else if areas.is_empty() {
            format!("Feature: `{f}`.")
        } else if areas.len() == 1 {
            format!("Features: `{f}` or {}.", areas[0])
        } else if areas.len() <= LISTED {
            format!("Features: `{f}`, or one of {}.", areas.join(", "))
        } else {
            format!(
                "Features: `{f}`, or one of {} and {} more area features (listed in `msgraph-models`' Cargo.toml).",
                areas[..LISTED].join(", "),
                areas.len() - LISTED
            )
        }
    }
}

impl Paths {
    /// `root` is a `::`-separated path such as `crate::v1` or `crate`.
    pub fn new(root: &str) -> Self {
        Paths {
            root: root.split("::").map(str::to_string).collect(),
            gates: None,
            conventions: UrlConventions::Graph,
            path_decls: Arc::default(),
        }
    }

    /// Where the builders of entity type `id` are declared.
    pub fn path_decl(&self, id: TypeId) -> PathDecl {
        self.path_decls.get(id).copied().unwrap_or(PathDecl::Own)
    }

    /// The same paths with per-area gating.
    pub fn with_gates(mut self, gates: Gates) -> Self {
        self.gates = Some(Arc::new(gates));
        self
    }

    /// `#[cfg(..)]` of the gate class of type `id` (nothing without gating).
    pub fn gate(&self, id: TypeId) -> TokenStream {
        tokens(&self.gate_attr(id))
    }

    /// [`Paths::gate`] as text: `#[cfg(msgraph_v1_communications)]` or empty.
    pub fn gate_attr(&self, id: TypeId) -> String {
        match &self.gates {
            Some(g) => format!(
                "#[cfg({}_{})]",
                g.prefix, g.areas.class_names[g.areas.class_of_type[id]]
            ),
            None => String::new(),
        }
    }

    /// The rustdoc line naming the features that enable type `id` (none without gating).
    pub fn features_doc(&self, id: TypeId) -> Option<String> {
        let g = self.gates.as_ref()?;
        Some(g.features_doc(&g.areas.of_type[id]))
    }

    /// The rustdoc line naming the features that enable an item needing both `outer`
    /// and `inner` (a builder method of `outer`'s paths leading to `inner`); `None`
    /// without gating or when `inner` is there whenever `outer` is (the owner's
    /// documentation says it).
    pub fn features_doc_within(&self, outer: TypeId, inner: TypeId) -> Option<String> {
        let g = self.gates.as_ref()?;
        let (o, i) = (&g.areas.of_type[outer], &g.areas.of_type[inner]);
        (!i.covers(o)).then(|| g.features_doc(&o.intersection(i)))
    }

    /// The rustdoc line of an item only the full feature enables (`Feature: `v1`.`).
    pub fn full_features_doc(&self) -> Option<String> {
        let g = self.gates.as_ref()?;
        Some(g.features_doc(&Default::default()))
    }

    /// The gate of `inner` when something that exists with `outer` refers to it and
    /// `inner` is not always there when `outer` is (nothing otherwise).
    pub fn gate_within(&self, outer: TypeId, inner: TypeId) -> TokenStream {
        tokens(&self.gate_within_attr(outer, inner))
    }

    /// [`Paths::gate_within`] as text.
    pub fn gate_within_attr(&self, outer: TypeId, inner: TypeId) -> String {
        match &self.gates {
            Some(g) if !g.areas.of_type[inner].covers(&g.areas.of_type[outer]) => {
                self.gate_attr(inner)
            }
            _ => String::new(),
        }
    }

    /// `#[cfg(feature = "v1")]`: for items outside every area (only in the full crate).
    pub fn full_gate(&self) -> TokenStream {
        tokens(&self.full_gate_attr())
    }

    /// [`Paths::full_gate`] as text.
    pub fn full_gate_attr(&self) -> String {
        match &self.gates {
            Some(g) => format!("#[cfg(feature = {})]", super::text::str_lit(&g.feature)),
            None => String::new(),
        }
    }

    /// The root module path itself (`crate::v1`).
    pub fn root_text(&self) -> String {
        self.root.join("::")
    }

    fn module_of(&self, model: &Model, id: TypeId) -> String {
        let mut m = self.root_text();
        if let Some(n) = &model.namespaces[model.types[id].namespace].module {
            m.push_str("::");
            m.push_str(n);
        }
        m
    }

    /// Absolute path of the type `id` (struct or enum) itself.
    pub fn type_path(&self, model: &Model, id: TypeId) -> TokenStream {
        tokens(&self.type_path_text(model, id))
    }

    /// [`Paths::type_path`] as text: `crate::v1::User`.
    pub fn type_path_text(&self, model: &Model, id: TypeId) -> String {
        format!(
            "{}::{}",
            self.module_of(model, id),
            model.types[id].rust_name
        )
    }

    /// Absolute path of the polymorphic enum of `id`.
    pub fn poly_path(&self, model: &Model, id: TypeId, poly: &str) -> TokenStream {
        tokens(&self.poly_path_text(model, id, poly))
    }

    fn poly_path_text(&self, model: &Model, id: TypeId, poly: &str) -> String {
        format!("{}::{poly}", self.module_of(model, id))
    }

    /// The Rust type of one value (collection element or single value).
    pub fn value_type(&self, model: &Model, target: Target, boxed: bool) -> TokenStream {
        tokens(&self.value_type_text(model, target, boxed))
    }

    /// [`Paths::value_type`] as text.
    pub fn value_type_text(&self, model: &Model, target: Target, boxed: bool) -> String {
        match target {
            Target::Prim(edm) => prim_text(edm),
            Target::Type(id) => match &model.types[id].kind {
                TypeKind::Enum(e) => {
                    let p = self.type_path_text(model, id);
                    if e.is_flags {
                        format!("rt::Flags<{p}>")
                    } else {
                        p
                    }
                }
                TypeKind::Definition(_) => self.type_path_text(model, id),
                TypeKind::Entity(s) | TypeKind::Complex(s) => match &s.poly_name {
                    Some(poly) => self.poly_path_text(model, id, poly),
                    None => {
                        let p = self.type_path_text(model, id);
                        if boxed {
                            format!("::std::boxed::Box<{p}>")
                        } else {
                            p
                        }
                    }
                },
            },
        }
    }

    /// The field type of property `p`: `rt::Field<...>` around the value (boxed where the
    /// struct would otherwise contain itself) or a `Vec` of values.
    pub fn field_type(&self, model: &Model, p: &Property) -> TokenStream {
        tokens(&self.field_type_text(model, p))
    }

    /// [`Paths::field_type`] as text.
    pub fn field_type_text(&self, model: &Model, p: &Property) -> String {
        format!("rt::Field<{}>", self.field_value_type_text(model, p))
    }

    /// The `T` of a property's `rt::Field<T>`.
    pub fn field_value_type(&self, model: &Model, p: &Property) -> TokenStream {
        tokens(&self.field_value_type_text(model, p))
    }

    /// [`Paths::field_value_type`] as text.
    pub fn field_value_type_text(&self, model: &Model, p: &Property) -> String {
        if p.ty.collection {
            let elem = self.value_type_text(model, p.ty.target, false);
            format!("::std::vec::Vec<{elem}>")
        } else {
            self.value_type_text(model, p.ty.target, p.boxed)
        }
    }
}

pub fn prim(edm: Edm) -> TokenStream {
    tokens(&prim_text(edm))
}

/// [`prim`] as text.
pub fn prim_text(edm: Edm) -> String {
    match edm {
        Edm::Binary => "rt::edm::Binary",
        Edm::Boolean => "bool",
        Edm::Byte => "u8",
        Edm::Date => "rt::edm::Date",
        Edm::DateTimeOffset => "rt::edm::DateTimeOffset",
        Edm::Decimal => "rt::edm::Decimal",
        Edm::Double | Edm::Single => "f64",
        Edm::Duration => "rt::edm::Duration",
        Edm::Guid => "rt::edm::Guid",
        Edm::Int16 => "i16",
        Edm::Int32 => "i32",
        Edm::Int64 => "i64",
        Edm::SByte => "i8",
        Edm::Stream | Edm::Untyped => "rt::RawJson",
        Edm::String => "::std::string::String",
        Edm::TimeOfDay => "rt::edm::TimeOfDay",
        Edm::Spatial(k) => return format!("rt::edm::{}", k.name()),
    }
    .to_string()
}

/// Rust source text (a path or type written by this module) as tokens; empty if it does
/// not lex, for the formatter to report.
fn tokens(text: &str) -> TokenStream {
    text.parse().unwrap_or_default()
}

/// The module names of the non-root namespaces, declared in the root module.
pub fn child_modules(model: &Model) -> Vec<Ident> {
    model
        .namespaces
        .iter()
        .filter_map(|n| n.module.as_deref())
        .map(ident)
        .collect()
}

pub fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}
