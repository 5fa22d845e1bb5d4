//! Crate layout of the emitted code: the committed `msgraph-models` crate
//! (one module and Cargo feature per Graph version, each version's types in part
//! crates under `parts/` that it re-exports) or a standalone crate, in one piece,
//! for any single CSDL file.

use super::rust_type::Gates;
use super::split::Split;
use super::{EmitTimes, GeneratedFile, ModuleSpec, emit_modules, format_items};
use crate::model::Model;
use crate::model::areas::Areas;
use proc_macro2::TokenStream;
use quote::quote;
use std::path::PathBuf;

/// One Graph version to put into `msgraph-models`.
pub struct Version<'a> {
    /// Module and feature name (`v1`, `beta`).
    pub module: &'a str,
    /// The input file name, for headers (`v1.0.xml`).
    pub source: &'a str,
    /// The URL segment of the version (`v1.0`, `beta`).
    pub url_version: &'a str,
    pub model: &'a Model,
}

/// Lints that generated code cannot reasonably satisfy (names and sizes come
/// from the metadata), and `box_default`: `Box::new(Default::default())` reuses the
/// `Box::new` each type already has, where `Box::default()` would add three functions
/// per type to the build; and `derivable_impls`: `Default` is written out because the
/// derived one calls `Field::<T>::default()`, one more function per field type.
fn lint_header() -> proc_macro2::TokenStream {
    quote! {
        #![allow(non_camel_case_types, clippy::enum_variant_names, clippy::large_enum_variant, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::too_long_first_doc_paragraph, clippy::empty_docs, clippy::box_default, clippy::derivable_impls)]
    }
}

/// How many independent part crates each version's types are split into (besides its
/// `base` and `top`; see `model::partition`): rustc then builds two at a time, one per
/// core of the 2-core machine the figures are measured on.
pub const PARTS: usize = 2;

/// `name = ["a", "b"]` for a `[features]` table.
fn feature_line(name: &str, enables: &[String]) -> String {
    let list: Vec<String> = enables.iter().map(|e| format!("{e:?}")).collect();
    format!("{name} = [{}]\n", list.join(", "))
}

/// The `msgraph-models` crate: Cargo.toml, `src/lib.rs`, one module per version, each
/// version's types in part crates under `parts/` (see `split`).
pub fn models_crate(versions: &[Version]) -> Result<(Vec<GeneratedFile>, EmitTimes), syn::Error> {
    let mut files = Vec::new();
    let mut times = EmitTimes::default();
    let partitions: Vec<_> = versions
        .iter()
        .map(|v| crate::model::partition::compute(v.model, PARTS))
        .collect();
    let splits: Vec<Split> = versions
        .iter()
        .zip(&partitions)
        .map(|(v, partition)| Split {
            module: v.module,
            partition,
        })
        .collect();
    let mut features = String::new();
    for (v, sp) in versions.iter().zip(&splits) {
        features.push_str(&format!("# The whole of `{}`.\n", v.url_version));
        features.push_str(&feature_line(v.module, &sp.forward(v.module, false)));
    }
    features.push_str("# One area per entity set or singleton (the types it needs; see README).\n");
    let mut mods = Vec::new();
    let mut build_tables = Vec::new();
    let mut serde_forward = Vec::new();
    let mut part_deps = String::new();
    let lints = lint_header();
    for (v, &sp) in versions.iter().zip(&splits) {
        let areas = crate::model::areas::compute(v.model);
        let prefix = format!("msgraph_{}", v.module);
        let table = build_table(v.module, &prefix, &areas);
        let mut part_features = vec![v.module.to_string()];
        for a in &areas.names {
            let f = format!("{}-{a}", v.module);
            features.push_str(&feature_line(&f, &sp.forward(&f, false)));
            part_features.push(f);
        }
        let part_build = build_script(std::slice::from_ref(&table))?;
        for p in sp.parts() {
            files.extend(sp.part_files(p, &part_features, &part_build, &lints)?);
        }
        build_tables.push(table);
        serde_forward.extend(sp.forward("serde", true));
        part_deps.push_str(&sp.facade_dependencies());
        let gates = Gates {
            prefix: prefix.clone(),
            feature: v.module.to_string(),
            areas,
        };
        let root_path = format!("crate::{}", v.module);
        let dir = format!("src/{}", v.module);
        let spec = ModuleSpec {
            root_path: &root_path,
            dir: &dir,
            lib: false,
            source: v.source,
            url_version: v.url_version,
            header: quote!(),
            gates: Some(gates),
            split: Some(sp),
        };
        let (f, t) = emit_modules(v.model, spec)?;
        files.extend(f);
        times.emit += t.emit;
        times.format += t.format;
        let m = super::rust_type::ident(v.module);
        let doc = format!(" Microsoft Graph `{}` (from `{}`).", v.module, v.source);
        let cfg = super::rust_type::ident(&prefix);
        mods.push(quote!(#[doc = #doc] #[cfg(#cfg)] #[rustfmt::skip] pub mod #m;));
    }
    let lib = format_items(quote! {
        #![doc = " Rust types for the Microsoft Graph API, generated by `cargo xtask codegen` from the"]
        #![doc = " Graph CSDL metadata. Do not edit: regenerate instead."]
        #![doc = ""]
        #![doc = " Each version is a module behind a Cargo feature of the same name (`v1` is the default);"]
        #![doc = " per-area features (`v1-communications`, `beta-users`, ...) enable only what one entity"]
        #![doc = " set or singleton needs."]
        #lints
        pub mod path;
        #(#mods)*
    })?;
    files.push(GeneratedFile {
        path: PathBuf::from("build.rs"),
        contents: build_script(&build_tables)?,
    });
    files.push(GeneratedFile {
        path: PathBuf::from("src/path.rs"),
        contents: super::PATH_TEMPLATE.to_string(),
    });
    files.push(GeneratedFile {
        path: PathBuf::from("src/lib.rs"),
        contents: lib,
    });
    let cargo = format!(
        "# @generated by `cargo xtask codegen`. Do not edit.\n\
[package]\n\
name = \"msgraph-models\"\n\
version = \"0.1.0\"\n\
description = \"Rust types for the Microsoft Graph API, generated from its CSDL metadata\"\n\
edition.workspace = true\n\
rust-version.workspace = true\n\
license.workspace = true\n\
publish.workspace = true\n\
\n\
[features]\n\
default = [\"v1\"]\n\
{features}\
# serde Serialize/Deserialize impls on every type (costs build time; without it use\n\
# msgraph_core::Serde or msgraph_core::serde_with to embed types in serde types).\n\
{serde}\
# `v1::registry`/`beta::registry`: every type by qualified CSDL name, parsed at run time\n\
# (for tools such as the conformance kit; one parse function per type in the build).\n\
registry = []\n\
\n\
[dependencies]\n\
msgraph-core = {{ workspace = true }}\n\
{part_deps}",
        serde = feature_line("serde", &serde_forward),
    );
    files.push(GeneratedFile {
        path: PathBuf::from("Cargo.toml"),
        contents: cargo,
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, times))
}

/// The build script's data for one version: its full feature, cfg prefix, areas and
/// the areas of each gate class.
fn build_table(module: &str, prefix: &str, areas: &Areas) -> TokenStream {
    let names = &areas.names;
    let classes = areas.classes.iter().map(|c| {
        let members = c
            .iter()
            .map(|a| proc_macro2::Literal::u16_unsuffixed(a as u16));
        quote!(&[#(#members),*])
    });
    quote! {
        Version { full: #module, cfg: #prefix, areas: &[#(#names),*], classes: &[#(#classes),*] },
    }
}

/// `build.rs` of `msgraph-models`: turns the enabled features into one `cfg` per version
/// and per gate class (items carry `#[cfg(msgraph_v1_c17)]` instead of long feature lists).
fn build_script(tables: &[TokenStream]) -> Result<String, syn::Error> {
    let body = format_items(quote! {
        //! Generated by `cargo xtask codegen`. Do not edit.
        //!
        //! Per-area features: each gate class is a set of areas; its `cfg` is on when the
        //! version's full feature or any of those areas' features is enabled.

        #[rustfmt::skip]
        struct Version {
            full: &'static str,
            cfg: &'static str,
            areas: &'static [&'static str],
            classes: &'static [&'static [u16]],
        }

        #[rustfmt::skip]
        static VERSIONS: &[Version] = &[#(#tables)*];

        #[rustfmt::skip]
        fn enabled(feature: &str) -> bool {
            let var = format!("CARGO_FEATURE_{}", feature.to_uppercase().replace('-', "_"));
            std::env::var_os(var).is_some()
        }

        #[rustfmt::skip]
        fn main() {
            println!("cargo::rerun-if-changed=build.rs");
            for v in VERSIONS {
                println!("cargo::rustc-check-cfg=cfg({})", v.cfg);
                for i in 0..v.classes.len() {
                    println!("cargo::rustc-check-cfg=cfg({}_c{i})", v.cfg);
                }
                let full = enabled(v.full);
                let on: Vec<bool> = v.areas.iter().map(|a| full || enabled(&format!("{}-{a}", v.full))).collect();
                if on.iter().any(|&b| b) || full {
                    println!("cargo::rustc-cfg={}", v.cfg);
                }
                for (i, class) in v.classes.iter().enumerate() {
                    if full || class.iter().any(|&a| on[usize::from(a)]) {
                        println!("cargo::rustc-cfg={}_c{i}", v.cfg);
                    }
                }
            }
        }
    })?;
    Ok(body)
}

/// A standalone, buildable crate for one CSDL file; `runtime` is the path of
/// the `msgraph-core` crate to depend on.
pub fn standalone_crate(
    model: &Model,
    name: &str,
    source: &str,
    runtime: &str,
) -> Result<(Vec<GeneratedFile>, EmitTimes), syn::Error> {
    let (mut files, times) = emit_modules(
        model,
        ModuleSpec {
            root_path: "crate",
            dir: "src",
            lib: true,
            source,
            url_version: "v1.0",
            header: lint_header(),
            gates: None,
            split: None,
        },
    )?;
    let cargo = format!(
        "# @generated by `cargo xtask codegen --csdl`. Do not edit.\n\
[package]\n\
name = \"{name}\"\n\
version = \"0.1.0\"\n\
edition = \"2024\"\n\
publish = false\n\
\n\
[features]\n\
serde = []\n\
registry = []\n\
\n\
[dependencies]\n\
msgraph-core = {{ path = {runtime:?} }}\n\
\n\
[workspace]\n"
    );
    files.push(GeneratedFile {
        path: PathBuf::from("Cargo.toml"),
        contents: cargo,
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, times))
}
