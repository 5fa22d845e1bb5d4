//! One Rust newtype per CSDL `TypeDefinition`: a tuple struct over the Rust type
//! of its underlying primitive, read and written exactly as that primitive (the
//! JSON is the same); the facets declared on the definition are in its rustdoc.

use super::docs;
use super::rust_type::{ident, prim};
use crate::model::{Definition, Edm, Model, TypeDef};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(model: &Model, t: &TypeDef, d: &Definition) -> TokenStream {
    let name = ident(&t.rust_name);
    let mut lines = docs::for_type(model, t);
    lines.push(String::new());
    lines.push(format!(
        "Type definition over `{}`{}.",
        d.underlying.name(),
        facets(d)
    ));
    let doc = docs::attrs(&lines);
    let inner = prim(d.underlying);
    let qualified = &t.qualified;
    let literal = has_literal(d.underlying).then(|| {
        quote! {
            impl rt::request::ToLiteral for #name {
                fn to_literal(&self) -> rt::request::Literal {
                    rt::request::ToLiteral::to_literal(&self.0)
                }
            }
        }
    });
    quote! {
        #literal
        #doc
        #[derive(Clone, PartialEq, Debug)]
        pub struct #name(pub #inner);
        impl rt::FromJson for #name {
            const EXPECTED: &'static str = #qualified;
            #[inline]
            fn read_json(r: &mut rt::Reader<'_>) -> rt::ReadResult<Self> {
                <#inner as rt::FromJson>::read_json(r).map(#name)
            }
        }
        impl rt::ToJson for #name {
            #[inline]
            fn write_json(&self, w: &mut rt::Writer) {
                rt::ToJson::write_json(&self.0, w)
            }
        }
        impl ::std::convert::From<#inner> for #name {
            fn from(v: #inner) -> Self {
                #name(v)
            }
        }
    }
}

/// Whether values of `edm` have an OData URL literal in the runtime (`ToLiteral`), so a
/// type definition over it can be a key or a function parameter written inline.
pub fn has_literal(edm: Edm) -> bool {
    !matches!(edm, Edm::Stream | Edm::Untyped | Edm::Spatial(_))
}

/// `, facets MaxLength=10, Unicode=false` or nothing.
fn facets(d: &Definition) -> String {
    let f = &d.facets;
    let mut parts = Vec::new();
    if let Some(v) = &f.max_length {
        parts.push(format!("MaxLength={v}"));
    }
    if let Some(v) = f.precision {
        parts.push(format!("Precision={v}"));
    }
    if let Some(v) = &f.scale {
        parts.push(format!("Scale={v}"));
    }
    if let Some(v) = f.unicode {
        parts.push(format!("Unicode={v}"));
    }
    if let Some(v) = &d.srid {
        parts.push(format!("SRID={v}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(", facets {}", parts.join(", "))
    }
}
