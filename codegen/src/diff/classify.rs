//! What a change means for users of the generated crate: the Rust path it
//! touches (spelled exactly as the emitter spells it) and whether it breaks
//! code that compiles against the previous version.
//!
//! The rules (also in the report header and MAINTAINING.md):
//!
//! - Removed type, field, enum variant, polymorphic variant, operation,
//!   parameter, entity set or singleton: **breaking**.
//! - A field whose Rust type changes (other CSDL type, collection-ness, the
//!   target type gaining its first derived type so `X` becomes `AnyX`, boxing added or removed,
//!   a flags change, a renamed target): **breaking**. A CSDL type change with
//!   the same Rust type (`Edm.Single` -> `Edm.Double`, both `f64`) is not.
//! - A changed Rust name (type, field, variant, `AnyX` enum): **breaking**.
//! - Added enum member, added derived type: **breaking** for exhaustive
//!   `match` (the Rust enums are not `#[non_exhaustive]`; a value that used
//!   to land in the fallback variant now gets its own variant).
//! - Base type change: **breaking** when inherited fields are lost.
//! - Added type, field, operation, entity set: not breaking (structs are
//!   built with `..Default::default()`).
//! - A request the Capabilities annotations no longer allow (create, update,
//!   delete, `$count`, access by key, `$ref` through an entity set, singleton or
//!   navigation property): **breaking** (the builder method goes); a newly allowed
//!   one is not.
//! - Nullability, navigation kind, abstract/open/stream/key, enum member
//!   value, field order and documentation changes: not breaking (every field
//!   is a tri-state `Field<T>`; these change generated docs or the order of
//!   serialized fields only).

use super::report::{Change, ChangeKind, Fact};
use crate::emit::docs;
use crate::emit::rust_type::{Paths, prim};
use crate::model::{Edm, Model, Property, Target, TypeId, TypeRef};

/// Rust paths and types of one model, relative to a crate path such as
/// `msgraph_models::v1`.
pub struct RustNames<'m> {
    model: &'m Model,
    root: String,
    /// The value type of each type id as a single field (`Box<X>`, `AnyX`, `X`, `Flags<X>`).
    boxed: Vec<String>,
    /// The value type as a collection element (no `Box`).
    plain: Vec<String>,
}

impl<'m> RustNames<'m> {
    pub fn new(model: &'m Model, root: &str) -> Self {
        let paths = Paths::new(root);
        let spell = |id: TypeId, boxed: bool| {
            tidy(&paths.value_type(model, Target::Type(id), boxed).to_string())
        };
        RustNames {
            model,
            root: root.to_string(),
            boxed: (0..model.types.len()).map(|id| spell(id, true)).collect(),
            plain: (0..model.types.len()).map(|id| spell(id, false)).collect(),
        }
    }

    pub fn model(&self) -> &'m Model {
        self.model
    }

    /// The module holding namespace `ns` (`msgraph_models::v1::call_records`).
    pub fn module(&self, ns: usize) -> String {
        match &self.model.namespaces[ns].module {
            Some(m) => format!("{}::{m}", self.root),
            None => self.root.clone(),
        }
    }

    /// The struct or enum of a type.
    pub fn type_path(&self, id: TypeId) -> String {
        let t = &self.model.types[id];
        format!("{}::{}", self.module(t.namespace), t.rust_name)
    }

    /// The polymorphic enum `AnyX` of a type, if it has derived types.
    pub fn poly_path(&self, id: TypeId) -> Option<String> {
        let t = &self.model.types[id];
        let s = t.structured()?;
        let poly = s.poly_name.as_ref()?;
        Some(format!("{}::{poly}", self.module(t.namespace)))
    }

    /// The variant of `AnyX` (of `base`) that holds `derived`.
    pub fn poly_variant_path(&self, base: TypeId, derived: TypeId) -> Option<String> {
        let v = &self.model.types[derived].structured()?.variant_name;
        Some(format!("{}::{v}", self.poly_path(base)?))
    }

    /// A field of a struct.
    pub fn field_path(&self, id: TypeId, p: &Property) -> String {
        format!("{}::{}", self.type_path(id), p.rust_name)
    }

    /// A variant of a generated enum.
    pub fn variant_path(&self, id: TypeId, variant: &str) -> String {
        format!("{}::{variant}", self.type_path(id))
    }

    /// The Rust type a value of CSDL type `ty` is (a parameter, a return value).
    pub fn rust_type(&self, ty: &TypeRef) -> String {
        self.spell(ty, false)
    }

    /// The Rust type property `p` holds (inside `msgraph_core::Field`): boxed where the
    /// struct would otherwise contain itself.
    pub fn field_type(&self, p: &Property) -> String {
        self.spell(&p.ty, p.boxed)
    }

    fn spell(&self, ty: &TypeRef, boxed: bool) -> String {
        let value = |boxed: bool| match ty.target {
            Target::Prim(edm) => prim_text(edm),
            Target::Type(id) if boxed => self.boxed[id].clone(),
            Target::Type(id) => self.plain[id].clone(),
        };
        if ty.collection {
            format!("Vec<{}>", value(false))
        } else {
            value(boxed)
        }
    }

    /// The CSDL spelling (`Collection(microsoft.graph.user)`), as in the generated docs.
    pub fn csdl_type(&self, ty: &TypeRef) -> String {
        docs::type_name(self.model, ty)
    }
}

fn prim_text(edm: Edm) -> String {
    tidy(&prim(edm).to_string())
}

/// Token text without spaces and with the emitter's absolute std paths and
/// `rt` alias shortened to what a user writes.
pub fn tidy(tokens: &str) -> String {
    let compact: String = tokens.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = String::with_capacity(compact.len());
    let mut rest = compact.as_str();
    while !rest.is_empty() {
        // Only at the start of a path segment sequence: start, after `<` or `,`.
        let at_path_start = out.is_empty() || out.ends_with(['<', ',']);
        let mut matched = false;
        if at_path_start {
            for (from, to) in [
                ("::std::vec::Vec", "Vec"),
                ("::std::boxed::Box", "Box"),
                ("::std::string::String", "String"),
                ("rt::serde_json::", "serde_json::"),
                ("rt::", "msgraph_core::"),
            ] {
                if let Some(r) = rest.strip_prefix(from) {
                    out.push_str(to);
                    rest = r;
                    matched = true;
                    break;
                }
            }
        }
        if !matched {
            let c = rest.chars().next().unwrap_or_default();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Decide breaking-or-not and the reason, from the kind of change and the
/// facts the comparison recorded.
pub fn classify(c: &mut Change) {
    use ChangeKind as K;
    let rust_changed = c.rust_old != c.rust_new;
    let (breaking, note): (bool, Option<String>) = match c.kind {
        K::TypeAdded => (false, None),
        K::TypeRemoved => (true, Some("the Rust type is gone".into())),
        K::TypeKindChanged => match &c.fact {
            Fact::EnumVersusStruct => (true, Some("struct and enum swap".into())),
            _ => (false, Some("same struct; docs and registry kind change".into())),
        },
        K::TypeRustPathChanged => (true, Some("the Rust type is renamed".into())),
        K::TypeShapeChanged => (false, Some("docs only".into())),
        K::BaseTypeChanged => match &c.fact {
            Fact::LostFields(f) if !f.is_empty() => (
                true,
                Some(format!("inherited fields lost: {}", f.join(", "))),
            ),
            _ => (false, Some("no inherited field lost".into())),
        },
        K::DerivedTypeAdded => match &c.fact {
            Fact::FirstDerived(poly) => (
                true,
                Some(format!(
                    "first derived type: new enum `{poly}`; fields of this type become `{poly}`"
                )),
            ),
            _ => (
                true,
                Some("new variant: exhaustive `match` on the enum breaks".into()),
            ),
        },
        K::DerivedTypeRemoved => match &c.fact {
            Fact::LastDerived(poly) => (
                true,
                Some(format!(
                    "last derived type: enum `{poly}` removed; its fields hold the struct again"
                )),
            ),
            _ => (true, Some("variant removed".into())),
        },
        K::DerivedVariantChanged => (true, Some("variant renamed or retyped".into())),
        K::PolyEnumRenamed => (true, Some("the polymorphic enum is renamed".into())),
        K::FieldOrderChanged => (
            false,
            Some("field order (and JSON output order) only".into()),
        ),
        K::PropertyAdded => (false, Some("new field; `..Default::default()` still works".into())),
        K::PropertyRemoved => (true, Some("field removed".into())),
        K::PropertyRustNameChanged => (true, Some("field renamed".into())),
        K::PropertyCollectionChanged | K::PropertyTypeChanged | K::PropertyRustTypeChanged => {
            if rust_changed {
                let why = match &c.fact {
                    Fact::Why(w) => format!("field type changes ({w})"),
                    _ => "field type changes".into(),
                };
                (true, Some(why))
            } else {
                (false, Some("same Rust type; docs only".into()))
            }
        }
        K::PropertyNullabilityChanged => (
            false,
            Some("every field is a tri-state `Field<T>`; docs only".into()),
        ),
        K::PropertyNavigationChanged => (false, Some("docs only".into())),
        K::TypeDocChanged | K::PropertyDocChanged | K::MemberDocChanged => (false, None),
        K::FlagsChanged => (
            true,
            Some("fields switch between `X` and `Flags<X>`".into()),
        ),
        K::FallbackVariantRenamed => (true, Some("the fallback variant is renamed".into())),
        K::MemberAdded => (
            true,
            Some("new variant: exhaustive `match` breaks; the value no longer lands in the fallback variant".into()),
        ),
        K::MemberRemoved => (true, Some("variant removed".into())),
        K::MemberRustNameChanged => (true, Some("variant renamed".into())),
        K::MemberValueChanged => (false, Some("JSON uses names; docs only".into())),
        K::MemberOrderChanged => (false, Some("variant order only".into())),
        K::OperationAdded => (false, None),
        K::OperationRemoved => (true, Some("operation removed from the API".into())),
        K::ParameterAdded => match &c.fact {
            Fact::Optional => (false, Some("optional parameter".into())),
            _ => (true, Some("required parameter: existing calls lack it".into())),
        },
        K::ParameterRemoved => (true, Some("parameter removed".into())),
        K::ParameterTypeChanged | K::ReturnTypeChanged => {
            if rust_changed && c.rust_new.is_none() {
                (true, Some("return value removed".into()))
            } else if rust_changed && c.rust_old.is_none() {
                (false, Some("now returns a value".into()))
            } else if rust_changed {
                (true, Some("Rust type changes".into()))
            } else {
                (false, Some("same Rust type".into()))
            }
        }
        K::ParameterNullabilityChanged => (false, None),
        K::EntitySetAdded | K::SingletonAdded => (false, None),
        K::EntitySetRemoved | K::SingletonRemoved => (true, Some("removed from the API".into())),
        K::EntitySetTypeChanged | K::SingletonTypeChanged => {
            (rust_changed, Some("element type changes".into()))
        }
        K::RequestsChanged => match &c.fact {
            Fact::LostCalls(lost) if !lost.is_empty() => (
                true,
                Some(format!("no longer offered: {}", lost.join(", "))),
            ),
            _ => (false, Some("requests added".into())),
        },
    };
    c.breaking = breaking;
    c.note = note;
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn tidy_shortens_std_and_runtime_paths_only_at_path_starts() {
        assert_eq!(
            tidy(":: std :: vec :: Vec < rt :: Flags < crate :: v1 :: report :: X > >"),
            "Vec<msgraph_core::Flags<crate::v1::report::X>>"
        );
        assert_eq!(tidy("rt :: serde_json :: Value"), "serde_json::Value");
        assert_eq!(
            tidy(":: std :: boxed :: Box < a :: support :: Y >"),
            "Box<a::support::Y>"
        );
    }
}
