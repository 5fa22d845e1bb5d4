//! Emission: model -> Rust source files (token streams built with `quote`,
//! formatted once with prettyplease). `output` lays the files out as a crate;
//! `split` spreads a version's types over part crates (`model::partition`).

pub mod definitions;
pub mod docs;
pub mod enums;
pub mod output;
pub mod poly;
pub mod registry;
pub mod requests;
pub mod routes;
pub mod rust_type;
pub mod schema_tables;
pub mod split;
pub mod structs;

use crate::model::{Model, TypeId, TypeKind};
use proc_macro2::TokenStream;
use quote::quote;
use rust_type::Paths;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One output file, relative to the crate directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Items of one type: the struct or enum, and its polymorphic enum if any, each
/// carrying the type's per-area gate.
pub fn type_items(model: &Model, paths: &Paths, id: TypeId) -> TokenStream {
    match type_syn_items(model, paths, id) {
        Ok(items) => quote!(#(#items)*),
        Err(_) => ungated_type_items(model, paths, id),
    }
}

/// The items of one type, parsed, each carrying the type's gate.
fn type_syn_items(model: &Model, paths: &Paths, id: TypeId) -> Result<Vec<syn::Item>, syn::Error> {
    let mut items = gate_items(paths.gate(id), ungated_type_items(model, paths, id))?;
    if let Some(doc) = paths.features_doc(id) {
        for item in &mut items {
            if let syn::Item::Struct(syn::ItemStruct { attrs, .. })
            | syn::Item::Enum(syn::ItemEnum { attrs, .. }) = item
            {
                append_doc_paragraph(attrs, &doc);
            }
        }
    }
    Ok(items)
}

/// `line` as a rustdoc paragraph of its own: `#[doc = ""] #[doc = " line"]`.
pub(super) fn doc_paragraph(line: &str) -> [syn::Attribute; 2] {
    let line = format!(" {line}");
    [
        syn::parse_quote!(#[doc = ""]),
        syn::parse_quote!(#[doc = #line]),
    ]
}

/// Appends `line` as a rustdoc paragraph after the last `#[doc]` of `attrs`.
pub(super) fn append_doc_paragraph(attrs: &mut Vec<syn::Attribute>, line: &str) {
    let at = attrs
        .iter()
        .rposition(|a| a.path().is_ident("doc"))
        .map_or(0, |i| i + 1);
    attrs.splice(at..at, doc_paragraph(line));
}

/// Parses `items` and puts `gate` (a `#[cfg(..)]` attribute, possibly empty) on each.
fn gate_items(gate: TokenStream, items: TokenStream) -> Result<Vec<syn::Item>, syn::Error> {
    let file: syn::File = syn::parse2(items)?;
    if gate.is_empty() {
        return Ok(file.items);
    }
    let attrs = syn::parse2::<syn::ItemStruct>(quote!(#gate struct X;))?.attrs;
    Ok(file
        .items
        .into_iter()
        .map(|mut item| {
            if let Some(a) = item_attrs(&mut item) {
                a.splice(0..0, attrs.iter().cloned());
            }
            item
        })
        .collect())
}

/// Puts `gate` on every item of `items`, as tokens. Tokens that do not parse as items
/// are returned unchanged, for the formatter to report.
pub fn gated(gate: TokenStream, items: TokenStream) -> TokenStream {
    if gate.is_empty() {
        return items;
    }
    match gate_items(gate, items.clone()) {
        Ok(items) => quote!(#(#items)*),
        Err(_) => items,
    }
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Struct(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Const(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

fn ungated_type_items(model: &Model, paths: &Paths, id: TypeId) -> TokenStream {
    let t = &model.types[id];
    match &t.kind {
        TypeKind::Enum(e) => enums::emit(model, t, e),
        TypeKind::Definition(d) => definitions::emit(model, t, d),
        TypeKind::Entity(s) | TypeKind::Complex(s) => {
            let st = structs::emit(model, paths, id, t, s);
            let poly = poly::emit(model, paths, id, t, s);
            quote!(#st #poly)
        }
    }
}

/// A unit of formatting work: some types of one namespace (in one part crate of a
/// split version).
struct Chunk {
    ns: usize,
    part: usize,
    types: Vec<TypeId>,
}

const CHUNK: usize = 64;

/// A unit of emission work producing the tokens of part of a file.
type Job<'a> = Box<dyn Fn() -> TokenStream + Sync + 'a>;

/// Where and how one version is emitted.
pub struct ModuleSpec<'a> {
    /// Path the items are addressed from (`crate::v1`, `crate`).
    pub root_path: &'a str,
    /// Output directory of the module files (`src/v1`, `src`).
    pub dir: &'a str,
    /// The root namespace goes to `dir/lib.rs` (a standalone crate), else `dir/mod.rs`.
    pub lib: bool,
    /// Input file name, for headers.
    pub source: &'a str,
    /// URL segment of the version (`v1.0`).
    pub url_version: &'a str,
    /// Extra inner attributes of the root module.
    pub header: TokenStream,
    /// Per-area gating (the `msgraph-models` crate only).
    pub gates: Option<rust_type::Gates>,
    /// The types split into part crates (the `msgraph-models` crate only): `dir` then
    /// holds only the facade module re-exporting them.
    pub split: Option<split::Split<'a>>,
    /// How request builders address resources.
    pub conventions: rust_type::UrlConventions,
}

/// Crate documentation of a standalone crate under the OData URL conventions: how to use it.
const ODATA_USAGE: &str = "
 
 # Usage
 
 Types read and write the service's JSON losslessly with the `msgraph-core` runtime
 (`msgraph_core::from_str` / `msgraph_core::to_string`): unknown members and instance
 annotations are kept, absent and `null` stay apart, spatial values are GeoJSON
 (`msgraph_core::edm::GeographyPoint`, ...).
 
 Requests follow the OData URL conventions: `api(\"https://host/service.svc\")` is the
 service root exactly as given; entity sets and singletons are methods of it;
 `by_key(..)` addresses one entity (`Products(1)`, `Order_Details(OrderID=1,ProductID=2)`);
 navigation properties and bound operations (namespace-qualified) are methods of the
 paths. Each request gives an `http::Request` (`to_http`) for any HTTP client.
 
 The crate depends on `msgraph-core` by version, or by the path given to
 `cargo xtask codegen --runtime-path`.";

/// Emit one version of the model as module files.
pub fn emit_modules(model: &Model, spec: ModuleSpec) -> Result<Vec<GeneratedFile>, syn::Error> {
    let ModuleSpec {
        root_path,
        dir,
        lib,
        source,
        url_version,
        header,
        gates,
        split,
        conventions,
    } = spec;
    let mut paths = match gates {
        Some(g) => Paths::new(root_path).with_gates(g),
        None => Paths::new(root_path),
    };
    paths.conventions = conventions;
    let addr = crate::model::addressing::compute(model);
    let slots = split.map_or(1, |s| s.parts().len());
    let slot_of = |id: TypeId| split.map_or(0, |s| s.partition.of_type[id]);
    let mut chunks = Vec::new();
    for (ns, n) in model.namespaces.iter().enumerate() {
        for part in 0..slots {
            let types: Vec<TypeId> = n
                .types
                .iter()
                .copied()
                .filter(|&id| slot_of(id) == part)
                .collect();
            for c in types.chunks(CHUNK) {
                chunks.push(Chunk {
                    ns,
                    part,
                    types: c.to_vec(),
                });
            }
        }
    }
    // Single-file items (builders, parameters, routes, registry) are emitted in parts,
    // formatted in parallel and concatenated; they go first, the largest first, so that
    // every thread stays busy to the end and no part holds much memory.
    let entity_ids: Vec<TypeId> = (0..model.types.len())
        .filter(|&id| matches!(model.types[id].kind, TypeKind::Entity(_)))
        .collect();
    let param_ops: Vec<usize> = addr.params_struct.keys().copied().collect();
    let (paths_ref, addr_ref) = (&paths, &addr);
    let mut extra_jobs: Vec<(&str, Job<'_>)> = vec![
        (
            "routes.rs",
            Box::new(|| routes::emit(model, &paths, &addr, url_version)),
        ),
        (
            "registry.rs",
            Box::new(|| registry::emit(model, &paths, &addr)),
        ),
        (
            "requests.rs",
            Box::new(|| requests::emit_head(model, &paths, &addr, url_version)),
        ),
    ];
    for part in entity_ids.chunks(CHUNK * 2) {
        extra_jobs.push((
            "requests.rs",
            Box::new(move || requests::emit_impls(model, paths_ref, addr_ref, part)),
        ));
    }
    extra_jobs.push(("params.rs", Box::new(requests::emit_params_head)));
    for part in param_ops.chunks(CHUNK * 2) {
        extra_jobs.push((
            "params.rs",
            Box::new(move || requests::emit_params(model, paths_ref, addr_ref, part)),
        ));
    }
    let jobs = extra_jobs.len() + chunks.len();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<String, syn::Error>>>> =
        Mutex::new((0..jobs).map(|_| None).collect());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= jobs {
                        break;
                    }
                    let file: Result<syn::File, syn::Error> = match extra_jobs.get(i) {
                        Some((_, job)) => syn::parse2::<syn::File>(job()),
                        None => chunks[i - extra_jobs.len()]
                            .types
                            .iter()
                            .map(|&id| type_syn_items(model, &paths, id))
                            .collect::<Result<Vec<Vec<syn::Item>>, _>>()
                            .map(|items| syn::File {
                                shebang: None,
                                attrs: Vec::new(),
                                items: items.into_iter().flatten().collect(),
                            }),
                    };
                    let out = file.map(|f| prettyplease::unparse(&f));
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(out);
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    let chunk_results = results.split_off(extra_jobs.len());
    let mut bodies: Vec<Vec<String>> = vec![vec![String::new(); model.namespaces.len()]; slots];
    for (chunk, r) in chunks.iter().zip(chunk_results) {
        let text = r.unwrap_or_else(|| Ok(String::new()))?;
        let body = &mut bodies[chunk.part][chunk.ns];
        if !body.is_empty() && !text.is_empty() {
            body.push('\n');
        }
        body.push_str(&text);
    }

    let mut files = Vec::new();
    let children = rust_type::child_modules(model);
    let ns_doc = |n: &crate::model::Namespace| {
        format!(
            " Types of the CSDL namespace `{}`, generated by `cargo xtask codegen` from `{source}`. Do not edit.",
            n.name
        )
    };
    let api_use = match paths.conventions {
        rust_type::UrlConventions::Graph => quote!(
            pub use requests::{Api, api, api_with};
        ),
        rust_type::UrlConventions::Odata => quote!(
            pub use requests::{Api, api};
        ),
    };
    let root_mods = |lib: bool| {
        let path = lib.then(|| {
            quote!(
                pub mod path;
            )
        });
        quote! {
            pub mod params;
            #path
            #[cfg(feature = "registry")]
            pub mod registry;
            pub mod requests;
            pub mod routes;
            #[cfg(feature = "schema")]
            pub mod schema;
            #api_use
        }
    };
    let module_head = |doc: &str, mods: TokenStream, imports: TokenStream| {
        let lines = doc.split('\n');
        format_items(quote! {
            #(#![doc = #lines])*
            #header
            #mods
            #[allow(unused_imports)]
            use ::msgraph_core as rt;
            #imports
        })
    };
    // One module file per namespace and slot: the crate's own modules, or each part
    // crate's (which glob-imports the parts below it).
    for (slot, slot_bodies) in bodies.iter().enumerate() {
        let slot_dir = split.map_or_else(|| PathBuf::from(dir), |sp| sp.src_dir(slot));
        for (n, body) in model.namespaces.iter().zip(slot_bodies) {
            let child = n.module.as_deref().map(rust_type::ident);
            let mods = match (&child, split) {
                (Some(_), _) => quote!(),
                (None, None) => {
                    let r = root_mods(lib);
                    quote!(#(pub mod #children;)* #r)
                }
                (None, Some(_)) => quote!(#(pub mod #children;)*),
            };
            let imports = split
                .map(|sp| sp.part_imports(slot, child.as_ref()))
                .unwrap_or_default();
            let mut doc = ns_doc(n);
            if child.is_none() && lib && paths.conventions == rust_type::UrlConventions::Odata {
                doc.push_str(ODATA_USAGE);
            }
            let mut contents = module_head(&doc, mods, imports)?;
            if !body.is_empty() {
                contents.push('\n');
                contents.push_str(body);
            }
            let path = match &n.module {
                None if lib => slot_dir.join("lib.rs"),
                None => slot_dir.join("mod.rs"),
                Some(m) => slot_dir.join(format!("{m}.rs")),
            };
            files.push(GeneratedFile { path, contents });
        }
    }
    // A split version's own module only re-exports its parts.
    if let Some(sp) = split {
        let mut child_docs = Vec::new();
        let mut root_doc = String::new();
        for n in &model.namespaces {
            match &n.module {
                Some(m) => child_docs.push((rust_type::ident(m), ns_doc(n))),
                None => root_doc = ns_doc(n),
            }
        }
        let contents = module_head(&root_doc, root_mods(false), sp.facade_imports(&child_docs))?;
        files.push(GeneratedFile {
            path: PathBuf::from(dir).join("mod.rs"),
            contents,
        });
    }
    let mut parts: Vec<(&str, String)> = Vec::new();
    for ((name, _), r) in extra_jobs.iter().zip(results) {
        let text = r.unwrap_or_else(|| Ok(String::new()))?;
        match parts.iter_mut().find(|(n, _)| n == name) {
            Some((_, body)) => {
                if !text.is_empty() {
                    body.push('\n');
                    body.push_str(&text);
                }
            }
            None => parts.push((name, text)),
        }
    }
    for (name, contents) in parts {
        files.push(GeneratedFile {
            path: PathBuf::from(dir).join(name),
            contents,
        });
    }
    // Plain data, one row per line: written as text, not through the formatter.
    files.push(GeneratedFile {
        path: PathBuf::from(dir).join("schema.rs"),
        contents: schema_tables::emit(model),
    });
    if lib {
        files.push(GeneratedFile {
            path: PathBuf::from(dir).join("path.rs"),
            contents: PATH_TEMPLATE.to_string(),
        });
    }
    Ok(files)
}

/// The version-independent builder types (`crate::path`), copied verbatim.
pub const PATH_TEMPLATE: &str = include_str!("../../templates/path.rs");

/// Format a token stream of items (with optional inner attributes) as a file.
pub fn format_items(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}
