//! One version split into crates (see `model::partition`): where each part crate lives,
//! its manifest, build script, `lib.rs` and module heads, and the facade module of
//! `msgraph-models` that re-exports the parts, so every path stays
//! `msgraph_models::v1::X`.
//!
//! Each part has the same module tree as the facade (`v1`, `v1::call_records`, ...) and
//! glob-imports the modules of the parts it depends on, so generated code addresses every
//! type as `crate::v1::X` whichever part holds it. Every part declares every namespace
//! module, so a module name never comes from two globs at once.

use super::GeneratedFile;
use super::output::{feature_line, package_section};
use super::rust_type::ident;
use crate::model::partition::Partition;
use proc_macro2::{Ident, TokenStream};
use quote::quote;
use std::path::PathBuf;

/// A version (`module`, e.g. `v1`) and how its types are split.
#[derive(Clone, Copy)]
pub struct Split<'a> {
    pub module: &'a str,
    pub partition: &'a Partition,
}

impl Split<'_> {
    /// The part crates' indices.
    pub fn parts(&self) -> std::ops::Range<usize> {
        0..self.partition.crates.len()
    }

    /// Package name of part `p`: `msgraph-models-v1-base`.
    pub fn package(&self, p: usize) -> String {
        format!("msgraph-models-{}", self.dir_name(p))
    }

    /// Crate name of part `p` as a path root: `msgraph_models_v1_base`.
    fn lib(&self, p: usize) -> Ident {
        ident(&self.package(p).replace('-', "_"))
    }

    /// Directory of part `p`, relative to the `msgraph-models` crate: `parts/v1-base`.
    pub fn dir(&self, p: usize) -> PathBuf {
        PathBuf::from("parts").join(self.dir_name(p))
    }

    /// Directory name of part `p`: `v1-base`.
    fn dir_name(&self, p: usize) -> String {
        format!("{}-{}", self.module, self.partition.crates[p].name)
    }

    /// Directory of part `p`'s version module: `parts/v1-base/src/v1`.
    pub fn src_dir(&self, p: usize) -> PathBuf {
        self.dir(p).join("src").join(self.module)
    }

    /// The version module of part `p` as a path: `::msgraph_models_v1_ops::v1`.
    pub fn module_path(&self, p: usize) -> String {
        format!("::{}::{}", self.lib(p), self.module)
    }

    /// [`Self::module_path`] as tokens.
    pub fn module_tokens(&self, p: usize) -> TokenStream {
        let (lib, m) = (self.lib(p), ident(self.module));
        quote!(::#lib::#m)
    }

    /// `pub use ::part::v1[::child]::*;` for each of `parts`.
    fn globs(&self, parts: &[usize], child: Option<&Ident>, inline: bool) -> TokenStream {
        let m = ident(self.module);
        let child = child.map(|c| quote!(::#c));
        let doc = inline.then(|| quote!(#[doc(inline)]));
        let libs = parts.iter().map(|&p| self.lib(p));
        quote! {
            #(
                #doc
                #[allow(unused_imports)]
                pub use ::#libs::#m #child::*;
            )*
        }
    }

    /// Re-exports of the parts part `p` depends on, in its module for `child` (or root).
    pub fn part_imports(&self, p: usize, child: Option<&Ident>) -> TokenStream {
        self.globs(&self.partition.crates[p].deps, child, false)
    }

    /// The facade's re-exports of every part holding types: the root module's items, and
    /// one inline module per child namespace (`(module, doc)`). The `ops` part's
    /// structs are re-exported by the facade's `params` module.
    pub fn facade_imports(&self, children: &[(Ident, String)]) -> TokenStream {
        let all: Vec<usize> = self
            .parts()
            .filter(|&p| Some(p) != self.partition.ops)
            .collect();
        let root = self.globs(&all, None, true);
        let mods = children.iter().map(|(c, doc)| {
            let g = self.globs(&all, Some(c), true);
            quote! {
                #[doc = #doc]
                pub mod #c {
                    #g
                }
            }
        });
        quote!(#root #(#mods)*)
    }

    /// The `[features]` entries of the facade enabling `feature` (`v1`, `v1-users`,
    /// `serde`) on every part of this version.
    pub fn forward(&self, feature: &str, weak: bool) -> Vec<String> {
        let mut out = Vec::new();
        for p in self.parts() {
            let pkg = self.package(p);
            if weak {
                out.push(format!("{pkg}?/{feature}"));
            } else {
                out.push(format!("dep:{pkg}"));
                out.push(format!("{pkg}/{feature}"));
            }
        }
        out
    }

    /// The facade's `[dependencies]` lines for the parts (optional: only a version's
    /// features pull its parts in).
    pub fn facade_dependencies(&self) -> String {
        self.parts()
            .map(|p| {
                format!(
                    "{} = {{ path = {:?}, optional = true }}\n",
                    self.package(p),
                    self.dir(p).display().to_string()
                )
            })
            .collect()
    }

    /// Manifest, build script and `lib.rs` of part `p`. `features` are the version's
    /// full and per-area features (each also enabled on the parts `p` depends on, so a
    /// part builds on its own), `build_rs` the build script turning them into the items'
    /// `cfg`s, `lints` the crate's allows.
    pub fn part_files(
        &self,
        p: usize,
        features: &[String],
        build_rs: &str,
        lints: &TokenStream,
    ) -> Result<Vec<GeneratedFile>, syn::Error> {
        let c = &self.partition.crates[p];
        let pkg = self.package(p);
        let mut feature_table = String::new();
        for f in features.iter().map(String::as_str).chain(["serde"]) {
            let on: Vec<String> = c
                .deps
                .iter()
                .map(|&d| format!("{}/{f}", self.package(d)))
                .collect();
            feature_table.push_str(&feature_line(f, &on));
        }
        let mut deps = String::new();
        for &d in &c.deps {
            deps.push_str(&format!(
                "{} = {{ path = \"../{}\" }}\n",
                self.package(d),
                self.dir_name(d)
            ));
        }
        let description = format!(
            "Part `{}` of msgraph_models::{} (built on its own so that rustc builds parts side by side); depend on msgraph-models instead",
            c.name, self.module
        );
        let cargo = format!(
            "{}\
[features]\n\
{feature_table}\
\n\
[dependencies]\n\
msgraph-core = {{ workspace = true }}\n\
{deps}",
            package_section(&pkg, &description),
        );
        let doc = format!(
            " Part `{}` of `msgraph_models::{}`, generated by `cargo xtask codegen`. Do not edit.",
            c.name, self.module
        );
        let m = ident(self.module);
        let lib = super::format_items(quote! {
            #![doc = #doc]
            #![doc = ""]
            #![doc = " The types of one version are split into crates along their references, so that"]
            #![doc = " rustc builds them side by side; `msgraph-models` re-exports them all."]
            #![doc = " Depend on `msgraph-models`, not on this crate."]
            #lints
            #[rustfmt::skip]
            pub mod #m;
        })?;
        Ok(vec![
            GeneratedFile {
                path: self.dir(p).join("Cargo.toml"),
                contents: cargo,
            },
            GeneratedFile {
                path: self.dir(p).join("build.rs"),
                contents: build_rs.to_string(),
            },
            GeneratedFile {
                path: self.dir(p).join("src/lib.rs"),
                contents: lib,
            },
        ])
    }
}
