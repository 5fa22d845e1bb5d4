//! The naive baselines used only for compile-time comparison: flattened
//! structs with `#[derive(Serialize, Deserialize)]` and `#[serde(rename,
//! default, skip_serializing_if)]` on every field, no polymorphism, no
//! unknown-property handling (what most generators produce); or the same
//! structs with no serialization at all (`plain`), the floor of any design
//! that has one Rust type per CSDL type.

use msgraph_codegen::emit::rust_type::{Paths, ident};
use msgraph_codegen::emit::{GeneratedFile, format_items};
use msgraph_codegen::model::{Edm, Model, Target, TypeKind};
use proc_macro2::TokenStream;
use quote::quote;
use std::path::PathBuf;

fn prim(edm: Edm) -> TokenStream {
    match edm {
        Edm::Boolean => quote!(bool),
        Edm::Byte => quote!(u8),
        Edm::SByte => quote!(i8),
        Edm::Int16 => quote!(i16),
        Edm::Int32 => quote!(i32),
        Edm::Int64 => quote!(i64),
        Edm::Single => quote!(f32),
        Edm::Double | Edm::Decimal => quote!(f64),
        Edm::Stream | Edm::Untyped => quote!(::serde_json::Value),
        _ => quote!(::std::string::String),
    }
}

/// Which baseline to emit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Form {
    /// `#[derive(Serialize, Deserialize)]` with serde attributes on every field.
    Serde,
    /// `#[derive(Debug, Clone, Default, PartialEq)]` only, no serialization.
    Plain,
}

/// The naive form of type `id`, its paths relative to `paths`.
fn type_item(model: &Model, paths: &Paths, id: usize, form: Form) -> TokenStream {
    let serde = form == Form::Serde;
    let derive_serde = |t: TokenStream| {
        if serde {
            quote!(#[derive(::serde::Serialize, ::serde::Deserialize)] #t)
        } else {
            t
        }
    };
    let rename_variant = |n: &str| {
        if serde {
            quote!(#[serde(rename = #n)])
        } else {
            quote!()
        }
    };
    let field_attr = |key: &str| {
        if serde {
            quote!(#[serde(rename = #key, default, skip_serializing_if = "Option::is_none")])
        } else {
            quote!()
        }
    };
    let t = &model.types[id];
    let name = ident(&t.rust_name);
    match &t.kind {
        TypeKind::Enum(e) if !e.is_flags => {
            let vs = e.members.iter().map(|m| {
                let v = ident(&m.rust_name);
                let r = rename_variant(&m.name);
                quote!(#r #v,)
            });
            let fallback = ident(&e.fallback_variant);
            let other = if serde {
                quote!(#[serde(other)])
            } else {
                quote!()
            };
            derive_serde(quote! {
                #[derive(Debug, Clone, PartialEq)]
                pub enum #name { #(#vs)* #other #fallback }
            })
        }
        TypeKind::Enum(_) => quote!(pub type #name = ::std::string::String;),
        TypeKind::Definition(d) => {
            let p = prim(d.underlying);
            quote!(pub type #name = #p;)
        }
        TypeKind::Entity(s) | TypeKind::Complex(s) => {
            let fields = s.properties.iter().map(|p| {
                let f = ident(&p.rust_name);
                let key = &p.name;
                let elem = match p.ty.target {
                    Target::Prim(e) => prim(e),
                    Target::Type(id) => {
                        let path = paths.type_path(model, id);
                        let boxed =
                            !p.ty.collection && !matches!(model.types[id].kind, TypeKind::Enum(_));
                        if boxed {
                            quote!(::std::boxed::Box<#path>)
                        } else {
                            path
                        }
                    }
                };
                let ty = if p.ty.collection {
                    quote!(::std::vec::Vec<#elem>)
                } else {
                    elem
                };
                let attr = field_attr(key);
                quote! {
                    #attr
                    pub #f: ::std::option::Option<#ty>,
                }
            });
            derive_serde(quote! {
                #[derive(Debug, Clone, Default, PartialEq)]
                pub struct #name { #(#fields)* }
            })
        }
    }
}

/// A standalone crate with the naive form of every type of `model`.
pub fn naive_crate(model: &Model, name: &str, form: Form) -> anyhow::Result<Vec<GeneratedFile>> {
    let paths = Paths::new("crate");
    let mut files = Vec::new();
    let children = msgraph_codegen::emit::rust_type::child_modules(model);
    for n in &model.namespaces {
        let items = n.types.iter().map(|&id| type_item(model, &paths, id, form));
        let mods = if n.module.is_none() {
            quote!(#(pub mod #children;)*)
        } else {
            quote!()
        };
        let contents = format_items(quote! {
            #![allow(non_camel_case_types, clippy::all)]
            #mods
            #(#items)*
        })?;
        let path = match &n.module {
            None => PathBuf::from("src/lib.rs"),
            Some(m) => PathBuf::from(format!("src/{m}.rs")),
        };
        files.push(GeneratedFile { path, contents });
    }
    files.push(GeneratedFile {
        path: PathBuf::from("Cargo.toml"),
        contents: format!(
            "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
[dependencies]\nserde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n\n[workspace]\n"
        ),
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The naive serde form of the types `roots` (qualified names) and every type their
/// properties reach, as one module file addressed as `root_path` (namespaces as inline
/// modules): the baseline of the round-trip benchmark. Unknown roots are an error.
pub fn naive_module(model: &Model, roots: &[&str], root_path: &str) -> Result<String, String> {
    let mut keep = vec![false; model.types.len()];
    let mut work = Vec::new();
    for r in roots {
        let id = model
            .types
            .iter()
            .position(|t| t.qualified == *r)
            .ok_or_else(|| format!("naive_module: no type {r}"))?;
        work.push(id);
    }
    while let Some(id) = work.pop() {
        if std::mem::replace(&mut keep[id], true) {
            continue;
        }
        for p in model.types[id]
            .structured()
            .map_or(&[][..], |s| &s.properties)
        {
            if let Target::Type(t) = p.ty.target
                && !keep[t]
            {
                work.push(t);
            }
        }
    }
    let paths = Paths::new(root_path);
    let mut body = TokenStream::new();
    for n in &model.namespaces {
        let items: Vec<TokenStream> = n
            .types
            .iter()
            .filter(|&&id| keep[id])
            .map(|&id| type_item(model, &paths, id, Form::Serde))
            .collect();
        match &n.module {
            None => body.extend(quote!(#(#items)*)),
            Some(m) if !items.is_empty() => {
                let m = ident(m);
                body.extend(quote!(pub mod #m { #(#items)* }));
            }
            Some(_) => {}
        }
    }
    let doc = format!(
        " The naive serde form (`cargo xtask codegen --naive serde`) of {} and the types they reach ({} types), generated by `cargo xtask codegen`. Do not edit.",
        roots.join(", "),
        keep.iter().filter(|&&k| k).count()
    );
    format_items(quote! {
        #![doc = #doc]
        #![allow(non_camel_case_types, clippy::all, dead_code)]
        #body
    })
    .map_err(|e| e.to_string())
}
