//! Rustdoc text for generated items: Core.Description / LongDescription from
//! the metadata, plus the CSDL name and shape of every item.

use super::rust_type::Paths;
use crate::model::{Docs, Model, Property, Target, TypeDef, TypeId, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = ...]` attributes, one per line of text.
pub fn attrs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| format!(" {l}"));
    quote!(#(#[doc = #lines])*)
}

fn described(docs: &Docs, out: &mut Vec<String>) {
    for text in [&docs.description, &docs.long_description]
        .into_iter()
        .flatten()
    {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(text.lines().map(|l| l.trim_end().to_string()));
    }
    if !out.is_empty() {
        out.push(String::new());
    }
}

pub fn type_name(model: &Model, ty: &TypeRef) -> String {
    let base = match ty.target {
        Target::Prim(edm) => edm.name().to_string(),
        Target::Type(id) => model.types[id].qualified.clone(),
    };
    if ty.collection {
        format!("Collection({base})")
    } else {
        base
    }
}

pub fn for_type(model: &Model, t: &TypeDef) -> Vec<String> {
    let mut out = Vec::new();
    described(&t.docs, &mut out);
    let mut shape = format!("CSDL: `{}`, {}", t.qualified, t.kind_name());
    if let TypeKind::Entity(s) | TypeKind::Complex(s) = &t.kind {
        if let Some(b) = s.base {
            shape.push_str(&format!(", derived from `{}`", model.types[b].qualified));
        }
        for (flag, word) in [
            (s.is_abstract, "abstract"),
            (s.open_type, "open"),
            (s.has_stream, "media entity"),
        ] {
            if flag {
                shape.push_str(&format!(", {word}"));
            }
        }
        if !s.key.is_empty() {
            if s.key_aliases.is_empty() {
                shape.push_str(&format!(", key `{}`", s.key.join(", ")));
            } else {
                let parts: Vec<String> = s
                    .key
                    .iter()
                    .map(|k| match s.key_aliases.iter().find(|(p, _)| p == k) {
                        Some((_, alias)) => format!("`{k}` (alias `{alias}`)"),
                        None => format!("`{k}`"),
                    })
                    .collect();
                shape.push_str(&format!(", key {}", parts.join(", ")));
            }
        }
    }
    if let TypeKind::Enum(e) = &t.kind
        && e.is_flags
    {
        shape.push_str(", flags (comma-separated in JSON)");
    }
    shape.push('.');
    out.push(shape);
    out
}

/// The line of an entity type's rustdoc naming the builders of a path to one (none for
/// other types). A relative link: the type's page is in the models crate's docs
/// (re-exported from a part crate, which cannot name `requests`), beside `requests/`.
pub fn builders_link(model: &Model, paths: &Paths, id: TypeId) -> Option<String> {
    let t = &model.types[id];
    if !matches!(t.kind, TypeKind::Entity(_)) {
        return None;
    }
    Some(match super::requests::path_page(model, paths, id) {
        Some((name, page)) => {
            let v = paths.value_type_text(model, crate::model::Target::Type(id), false);
            format!(
                "Request builders: [`{name}`]({page}), what a path to one (`EntityPath<{}, C>`) \
                 dereferences to.",
                v.rsplit("::").next().unwrap_or(&v)
            )
        }
        None => "Request builders: those of every path to one entity (`EntityPath`).".into(),
    })
}

pub fn for_property(model: &Model, p: &Property) -> Vec<String> {
    let mut out = Vec::new();
    described(&p.docs, &mut out);
    let kind = match &p.navigation {
        Some(n) if n.contains_target => "containment navigation property",
        Some(_) => "navigation property",
        None => "property",
    };
    let nullable = if p.nullable {
        "nullable"
    } else {
        "not nullable"
    };
    out.push(format!(
        "CSDL: {kind} `{}`: `{}`, {nullable}.",
        p.name,
        type_name(model, &p.ty)
    ));
    out
}
