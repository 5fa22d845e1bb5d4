//! What the checks need from the CSDL of a version, read with the generator's
//! own reader and resolver (`xtask::pipeline::load_file`): per structured type
//! its properties (inherited ones included) with their types, whether it is
//! open, its derived types; per enum its members; operation names.
//!
//! The generated crate exposes field names and `extra` at run time, but not
//! property types or enum members, so the CSDL files are read at run time:
//! `--metadata-dir DIR`, `$GRAPH_METADATA_DIR`, or `../shared/metadata` next to
//! the workspace root (the same inputs as codegen).

use crate::example::Version;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use xtask::model::{self, Target, TypeKind};

/// The type of a property: an Edm primitive (`Edm.String`) or a qualified type name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropType {
    /// `Collection(...)`.
    pub collection: bool,
    /// `Edm.Int32` or `microsoft.graph.call`.
    pub name: String,
    /// `Edm.Untyped` (any JSON).
    pub untyped: bool,
}

/// A structured (entity or complex) type.
#[derive(Debug, Clone, Default)]
pub struct Structured {
    /// Properties by JSON name, inherited ones included.
    pub properties: HashMap<String, PropType>,
    /// `OpenType="true"`: other members are dynamic properties.
    pub open: bool,
    /// Every type derived from this one (directly or not).
    pub derived: HashSet<String>,
}

/// An enum type.
#[derive(Debug, Clone, Default)]
pub struct Enum {
    /// Member names in declaration order.
    pub members: Vec<String>,
    /// `IsFlags="true"`: comma-separated member lists.
    pub flags: bool,
    /// Has the `unknownFutureValue` sentinel: Graph may add members, so an
    /// unknown member is a finding, not a violation.
    pub evolvable: bool,
}

/// One version's schema.
#[derive(Debug, Default)]
pub struct Schema {
    /// Which version.
    pub version: Option<Version>,
    /// Structured types by qualified name.
    pub structured: HashMap<String, Structured>,
    /// Enum types by qualified name.
    pub enums: HashMap<String, Enum>,
    /// Operation (action and function) simple names.
    pub operations: HashSet<String>,
    /// Entity set and singleton names of the container.
    pub roots: HashSet<String>,
}

impl Schema {
    /// Builds the schema of a resolved model.
    pub fn from_model(m: &model::Model, version: Version) -> Schema {
        let mut s = Schema {
            version: Some(version),
            ..Schema::default()
        };
        let prop = |ty: &model::TypeRef| {
            let (name, untyped) = match ty.target {
                Target::Prim(e) => (e.name().to_string(), e == model::Edm::Untyped),
                Target::Type(id) => (m.types[id].qualified.clone(), false),
            };
            PropType {
                collection: ty.collection,
                name,
                untyped,
            }
        };
        for t in &m.types {
            match &t.kind {
                TypeKind::Entity(st) | TypeKind::Complex(st) => {
                    let properties = st
                        .properties
                        .iter()
                        .map(|p| (p.name.clone(), prop(&p.ty)))
                        .collect();
                    let derived = st
                        .derived
                        .iter()
                        .map(|&d| m.types[d].qualified.clone())
                        .collect();
                    // Open-ness is inherited.
                    let mut open = st.open_type;
                    let mut base = st.base;
                    while let Some(b) = base {
                        let bs = m.types[b].structured();
                        open |= bs.is_some_and(|b| b.open_type);
                        base = bs.and_then(|b| b.base);
                    }
                    s.structured.insert(
                        t.qualified.clone(),
                        Structured {
                            properties,
                            open,
                            derived,
                        },
                    );
                }
                TypeKind::Enum(e) => {
                    let members: Vec<String> = e.members.iter().map(|m| m.name.clone()).collect();
                    s.enums.insert(
                        t.qualified.clone(),
                        Enum {
                            evolvable: members.iter().any(|m| m == "unknownFutureValue"),
                            members,
                            flags: e.is_flags,
                        },
                    );
                }
                // Graph declares no type definitions; their values are primitives.
                TypeKind::Definition(_) => {}
            }
        }
        s.operations = m.operations.iter().map(|o| o.name.clone()).collect();
        // The body of an action (its non-binding parameters) is a closed
        // structured type, named as in the registry
        // (`microsoft.graph.accept(microsoft.graph.event)`, `ns.op()` when unbound),
        // one per overload.
        for (i, o) in m.operations.iter().enumerate() {
            let skip = usize::from(o.is_bound);
            if !o.is_action || o.parameters.len() <= skip {
                continue;
            }
            let properties = o.parameters[skip..]
                .iter()
                .map(|p| (p.name.clone(), prop(&p.ty)))
                .collect();
            s.structured.insert(
                xtask::model::addressing::params_registry_name(m, i),
                Structured {
                    properties,
                    open: false,
                    derived: HashSet::new(),
                },
            );
        }
        if let Some(c) = &m.container {
            s.roots = c
                .entity_sets
                .iter()
                .chain(&c.singletons)
                .map(|e| e.name.clone())
                .collect();
        }
        s
    }

    /// Reads and resolves a CSDL file.
    pub fn load(path: &Path, version: Version) -> Result<Schema, String> {
        let mut stages = xtask::pipeline::Stages::default();
        let m = xtask::pipeline::load_file(path, &mut stages).map_err(|e| format!("{e:#}"))?;
        Ok(Schema::from_model(&m, version))
    }

    /// Whether `name` (qualified, no `#`) is a type of this version.
    pub fn has_type(&self, name: &str) -> bool {
        self.structured.contains_key(name) || self.enums.contains_key(name)
    }

    /// Whether `tag` is `base` or derived from it.
    pub fn is_a(&self, tag: &str, base: &str) -> bool {
        tag == base
            || self
                .structured
                .get(base)
                .is_some_and(|b| b.derived.contains(tag))
    }
}

/// The CSDL file name of a version in the metadata folder.
pub fn metadata_file(version: Version) -> &'static str {
    match version {
        Version::V1 => "v1.0.xml",
        Version::Beta => "beta.xml",
    }
}

/// The metadata folder: `explicit`, else `$GRAPH_METADATA_DIR`, else
/// `../shared/metadata` next to the workspace root.
pub fn metadata_dir(explicit: Option<&Path>) -> PathBuf {
    if let Some(d) = explicit {
        return d.to_path_buf();
    }
    if let Some(d) = std::env::var_os("GRAPH_METADATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    crate::workspace_root().join("../shared/metadata")
}

/// Both versions' schemas, loaded on demand.
#[derive(Debug)]
pub struct Schemas {
    dir: PathBuf,
    v1: std::sync::OnceLock<Result<Schema, String>>,
    beta: std::sync::OnceLock<Result<Schema, String>>,
}

impl Schemas {
    /// Schemas read from `dir` when first needed.
    pub fn new(dir: PathBuf) -> Schemas {
        Schemas {
            dir,
            v1: Default::default(),
            beta: Default::default(),
        }
    }

    /// The schema of `version`, read on first use.
    pub fn get(&self, version: Version) -> Result<&Schema, String> {
        let cell = match version {
            Version::V1 => &self.v1,
            Version::Beta => &self.beta,
        };
        cell.get_or_init(|| Schema::load(&self.dir.join(metadata_file(version)), version))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Loads both versions on two threads (the check needs both).
    pub fn preload(&self) {
        std::thread::scope(|s| {
            s.spawn(|| {
                let _ = self.get(Version::V1);
            });
            let _ = self.get(Version::Beta);
        });
    }
}
