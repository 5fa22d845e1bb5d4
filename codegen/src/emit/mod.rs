//! Emission: model -> Rust source files, written as text exactly as prettyplease prints
//! them (`text`); type definitions, and what the text writer cannot write exactly, go
//! through tokens and prettyplease. `output` lays the files out as a crate;
//! `split` spreads a version's types over part crates (`model::partition`).

pub mod definitions;
pub mod docs;
pub mod enums;
pub mod output;
pub mod path_decl;
pub mod poly;
pub mod registry;
pub mod requests;
pub mod routes;
pub mod rust_type;
pub mod schema_tables;
pub mod setters;
pub mod split;
pub mod structs;
pub mod text;

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
pub fn type_items(model: &Model, paths: &Paths, id: TypeId) -> Result<TokenStream, syn::Error> {
    type_texts(model, paths, id)?
        .concat()
        .parse()
        .map_err(|e| syn::Error::new(proc_macro2::Span::call_site(), e))
}

/// The items of one type as formatted text (as [`type_items`] prints), for comparing
/// one type's code between two models.
pub fn type_text(model: &Model, paths: &Paths, id: TypeId) -> Result<String, syn::Error> {
    Ok(type_texts(model, paths, id)?.concat())
}

/// The items of one type as formatted text, one string each.
fn type_texts(model: &Model, paths: &Paths, id: TypeId) -> Result<Vec<String>, syn::Error> {
    let t = &model.types[id];
    let head = || structs::Head {
        doc: {
            let mut doc = docs::for_type(model, t);
            if let Some(line) = docs::builders_link(model, paths, id) {
                doc.extend([String::new(), line]);
            }
            doc
        },
        gate: paths.gate_attr(id),
        features: paths.features_doc(id),
    };
    match &t.kind {
        TypeKind::Enum(e) => enums::emit(t, e, &head()),
        TypeKind::Entity(s) | TypeKind::Complex(s) => {
            let head = head();
            let mut items = structs::emit(model, paths, id, t, s, &head)?;
            items.extend(poly::emit(model, paths, id, t, s, &head)?);
            Ok(items)
        }
        TypeKind::Definition(_) => Ok(type_syn_items(model, paths, id)?
            .into_iter()
            .map(unparse_item)
            .collect()),
    }
}

/// The token-path items of one type, parsed, each carrying the type's gate.
fn type_syn_items(model: &Model, paths: &Paths, id: TypeId) -> Result<Vec<syn::Item>, syn::Error> {
    let mut items = gate_items(paths.gate(id), ungated_type_items(model, id))?;
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

/// The token-path items of a type: a type definition's (nothing for other types).
fn ungated_type_items(model: &Model, id: TypeId) -> TokenStream {
    let t = &model.types[id];
    match &t.kind {
        TypeKind::Definition(d) => definitions::emit(model, t, d),
        _ => TokenStream::new(),
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

/// Lines above which a module's items are split into files of their own (per first
/// letters of their names, see [`group_items`]).
pub const FILE_LINES: usize = 10_000;

/// A unit of emission work: formatted items, each with the Rust name it is grouped by
/// (empty for a file's head).
type Job<'a> = Box<dyn Fn() -> Result<Items, syn::Error> + Sync + 'a>;

/// Where a single-file job's items go: the module directory and the file name.
type Dest = (PathBuf, &'static str);

/// A job emitting the items of each of `part` (`emit` gives the name they are grouped by
/// and their texts), in order.
fn items_job<'a, T: Sync>(
    part: &'a [T],
    emit: impl Fn(&T) -> Result<(String, Vec<String>), syn::Error> + Sync + 'a,
) -> Job<'a> {
    Box::new(move || {
        let mut out = Vec::new();
        for x in part {
            let (name, texts) = emit(x)?;
            out.extend(texts.into_iter().map(|t| (name.clone(), t)));
        }
        Ok(out)
    })
}

/// Formatted items, each with the name it is grouped by.
type Items = Vec<(String, String)>;

/// Splits `items` (in order, each with the name of the type it belongs to) into groups
/// of at most `limit` lines, by first letters of the names: the letters in order, runs
/// of neighbouring letters packed into one group while they fit (`("a_c", ..)` holds
/// the names from `A` to `C`), a letter too large alone split by its second letter
/// likewise (`("ma_mi", ..)`), and so on; the items of one name too large alone are
/// cut into numbered groups (`("entity_1", ..)`). Groups depend only on the names and
/// sizes of their items, so adding an item moves only items of its own letters.
/// Groups are sorted by name; items keep their order within a group.
pub fn group_items(items: Vec<Counted>, limit: usize) -> Vec<(String, String)> {
    let keyed: Vec<Counted> = items
        .into_iter()
        .map(|item| {
            let key: String = item
                .key
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '_'
                    }
                })
                .collect();
            Counted { key, ..item }
        })
        .collect();
    let mut out = Vec::new();
    split_by_prefix(keyed, 1, limit, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// One item formatted by prettyplease.
fn unparse_item(item: syn::Item) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![item],
    })
}

/// A formatted item with its line count (counted once).
pub struct Counted {
    key: String,
    text: String,
    lines: usize,
}

impl Counted {
    /// `text`, grouped under `key`.
    pub fn new(key: String, text: String) -> Self {
        let lines = text.lines().count();
        Counted { key, text, lines }
    }
}

fn lines(items: &[Counted]) -> usize {
    items.iter().map(|i| i.lines).sum()
}

fn join(items: Vec<Counted>) -> String {
    items.into_iter().map(|i| i.text).collect()
}

fn split_by_prefix(items: Vec<Counted>, len: usize, limit: usize, out: &mut Vec<(String, String)>) {
    let mut groups: std::collections::BTreeMap<String, Vec<Counted>> = Default::default();
    for item in items {
        let prefix: String = item.key.chars().take(len).collect();
        groups.entry(prefix).or_default().push(item);
    }
    // Neighbouring prefixes packed while they fit: (first, last, items, lines).
    let mut bin: Option<(String, String, Vec<Counted>, usize)> = None;
    let flush = |bin: &mut Option<(String, String, Vec<Counted>, usize)>,
                 out: &mut Vec<(String, String)>| {
        if let Some((first, last, items, _)) = bin.take() {
            let name = if first == last {
                first
            } else {
                format!("{first}_{last}")
            };
            out.push((name, join(items)));
        }
    };
    for (prefix, mut items) in groups {
        let n = lines(&items);
        if n > limit {
            flush(&mut bin, out);
            if items.iter().any(|i| i.key.chars().count() > len) {
                split_by_prefix(items, len + 1, limit, out);
            } else {
                // One name: cut at item boundaries.
                let mut piece = Vec::new();
                let mut count = 0;
                let mut index = 1;
                for item in items {
                    if count + item.lines > limit && !piece.is_empty() {
                        out.push((
                            format!("{prefix}_{index}"),
                            join(std::mem::take(&mut piece)),
                        ));
                        index += 1;
                        count = 0;
                    }
                    count += item.lines;
                    piece.push(item);
                }
                if !piece.is_empty() {
                    out.push((format!("{prefix}_{index}"), join(piece)));
                }
            }
            continue;
        }
        match &mut bin {
            Some((_, last, b, count)) if *count + n <= limit => {
                *last = prefix;
                b.append(&mut items);
                *count += n;
            }
            _ => {
                flush(&mut bin, out);
                bin = Some((prefix.clone(), prefix, items, n));
            }
        }
    }
    flush(&mut bin, out);
}

fn split_body(items: Items) -> (String, Vec<(String, String)>) {
    let items: Vec<Counted> = items
        .into_iter()
        .map(|(key, text)| Counted::new(key, text))
        .collect();
    if lines(&items) <= FILE_LINES {
        (join(items), Vec::new())
    } else {
        (String::new(), group_items(items, FILE_LINES))
    }
}

/// The head of a file split out of a module (a private child module of it, its items
/// re-exported there).
fn group_file(what: &str, body: &str) -> String {
    format!(
        "//! {what}: split out of the parent module to keep files small (re-exported there).\n#[allow(unused_imports)]\nuse super::*;\n\n{body}"
    )
}

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
    paths.path_decls = std::sync::Arc::new(path_decl::compute(model, &paths, &addr));
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
    // The route table, and the action parameters whose types it has, go to the `ops` part
    // crate (built beside `top`); the other parameters stay with the builders.
    let ops_part = split.and_then(|sp| Some((sp, sp.partition.ops?)));
    let (side_ops, own_ops): (Vec<usize>, Vec<usize>) =
        addr.params_struct.keys().copied().partition(|&op| {
            ops_part.is_some_and(|(sp, slot)| {
                let deps = &sp.partition.crates[slot].deps;
                requests::params_references(model, op)
                    .all(|id| deps.contains(&sp.partition.of_type[id]))
            })
        });
    let own_dir = PathBuf::from(dir);
    let (paths_ref, addr_ref) = (&paths, &addr);
    let mut extra_jobs: Vec<(Dest, Job<'_>)> = vec![
        (
            (
                ops_part.map_or_else(|| own_dir.clone(), |(sp, slot)| sp.src_dir(slot)),
                "routes.rs",
            ),
            Box::new(|| {
                let table = routes::emit(model, &paths, &addr, url_version)?;
                Ok(vec![(String::new(), table)])
            }),
        ),
        (
            (own_dir.clone(), "registry.rs"),
            Box::new(|| Ok(vec![(String::new(), registry::emit(model, &paths, &addr)?)])),
        ),
        (
            (own_dir.clone(), "requests.rs"),
            Box::new(|| {
                let head = requests::emit_head(model, &paths, &addr, url_version)?;
                Ok(vec![(String::new(), head)])
            }),
        ),
    ];
    for part in entity_ids.chunks(CHUNK * 2) {
        extra_jobs.push((
            (own_dir.clone(), "requests.rs"),
            items_job(part, move |&id| {
                let texts = requests::emit_impls(model, paths_ref, addr_ref, &[id])?;
                Ok((model.types[id].rust_name.clone(), texts))
            }),
        ));
    }
    let mut params_dests = vec![(own_dir.clone(), own_ops.as_slice(), ops_part)];
    if let Some((sp, slot)) = ops_part {
        params_dests.push((sp.src_dir(slot), side_ops.as_slice(), None));
    }
    for (params_dir, ops, reexport) in params_dests {
        extra_jobs.push((
            (params_dir.clone(), "params.rs"),
            Box::new(move || {
                let from = reexport.map(|(sp, slot)| sp.module_path(slot));
                let head = requests::emit_params_head(from.as_deref())?;
                Ok(vec![(String::new(), head)])
            }),
        ));
        for part in ops.chunks(CHUNK * 2) {
            extra_jobs.push((
                (params_dir.clone(), "params.rs"),
                items_job(part, move |&op| {
                    let name = addr_ref.params_struct.get(&op).cloned().unwrap_or_default();
                    Ok((
                        name,
                        requests::emit_params(model, paths_ref, addr_ref, &[op])?,
                    ))
                }),
            ));
        }
    }
    let jobs = extra_jobs.len() + chunks.len();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Items, syn::Error>>>> =
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
                    let out: Result<Items, syn::Error> = match extra_jobs.get(i) {
                        Some((_, job)) => job(),
                        None => chunks[i - extra_jobs.len()]
                            .types
                            .iter()
                            .map(|&id| {
                                let name = &model.types[id].rust_name;
                                Ok(type_texts(model, &paths, id)?
                                    .into_iter()
                                    .map(|text| (name.clone(), text))
                                    .collect())
                            })
                            .collect::<Result<Vec<Items>, syn::Error>>()
                            .map(|v| v.into_iter().flatten().collect()),
                    };
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(out);
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    let chunk_results = results.split_off(extra_jobs.len());
    let mut bodies: Vec<Vec<Items>> = vec![vec![Vec::new(); model.namespaces.len()]; slots];
    for (chunk, r) in chunks.iter().zip(chunk_results) {
        let items = r.unwrap_or_else(|| Ok(Vec::new()))?;
        bodies[chunk.part][chunk.ns].extend(items);
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
    let routes_mod = match ops_part {
        Some((sp, slot)) => {
            let from = sp.module_tokens(slot);
            quote!(
                #[doc(inline)]
                pub use #from::routes;
            )
        }
        None => quote!(
            pub mod routes;
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
            #routes_mod
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
    for (slot, slot_bodies) in bodies.into_iter().enumerate() {
        let slot_dir = split.map_or_else(|| PathBuf::from(dir), |sp| sp.src_dir(slot));
        for (n, body) in model.namespaces.iter().zip(slot_bodies) {
            let child = n.module.as_deref().map(rust_type::ident);
            let mods = match (&child, split) {
                (Some(_), _) => quote!(),
                (None, None) => {
                    let r = root_mods(lib);
                    quote!(#(pub mod #children;)* #r)
                }
                (None, Some(sp)) if sp.partition.ops == Some(slot) => {
                    quote!(#(pub mod #children;)* pub mod params; pub mod routes;)
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
            let (path, group_dir) = match &n.module {
                None if lib => (slot_dir.join("lib.rs"), slot_dir.clone()),
                None => (slot_dir.join("mod.rs"), slot_dir.clone()),
                Some(m) => (slot_dir.join(format!("{m}.rs")), slot_dir.join(m)),
            };
            let (body, groups) = split_body(body);
            let group_mods = groups.iter().map(|(g, _)| {
                let m = rust_type::ident(&format!("types_{g}"));
                quote! {
                    mod #m;
                    #[allow(unused_imports)]
                    pub use #m::*;
                }
            });
            let imports = quote!(#imports #(#group_mods)*);
            let mut contents = module_head(&doc, mods, imports)?;
            if !body.is_empty() {
                contents.push('\n');
                contents.push_str(&body);
            }
            files.push(GeneratedFile { path, contents });
            for (g, text) in groups {
                let what = format!(
                    "Types of `{}` by the first letters of their names (`{g}`)",
                    n.name
                );
                files.push(GeneratedFile {
                    path: group_dir.join(format!("types_{g}.rs")),
                    contents: group_file(&what, &text),
                });
            }
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
    let mut parts: Vec<(&Dest, String, Items)> = Vec::new();
    for ((dest, _), r) in extra_jobs.iter().zip(results) {
        let mut items = r.unwrap_or_else(|| Ok(Vec::new()))?;
        match parts.iter_mut().find(|(d, _, _)| *d == dest) {
            Some((_, _, rest)) => rest.append(&mut items),
            None => {
                let head = items.drain(..1.min(items.len())).map(|(_, t)| t).collect();
                parts.push((dest, head, items));
            }
        }
    }
    for ((file_dir, name), mut contents, items) in parts {
        let (body, groups) = split_body(items);
        let stem = name.trim_end_matches(".rs");
        let prefix = if stem == "requests" { "impls" } else { "types" };
        for (g, _) in &groups {
            contents.push_str(&format!("mod {prefix}_{g};\n"));
            if prefix == "types" {
                contents.push_str(&format!(
                    "#[allow(unused_imports)]\npub use {prefix}_{g}::*;\n"
                ));
            }
        }
        if !body.is_empty() {
            contents.push('\n');
            contents.push_str(&body);
        }
        files.push(GeneratedFile {
            path: file_dir.join(name),
            contents,
        });
        for (g, text) in groups {
            let what =
                format!("Items of `{stem}` by the first letters of their types' names (`{g}`)");
            files.push(GeneratedFile {
                path: file_dir.join(stem).join(format!("{prefix}_{g}.rs")),
                contents: group_file(&what, &text),
            });
        }
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
