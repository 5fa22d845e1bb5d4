//! The resolved model: every type reference resolved, inheritance flattened,
//! derived types computed and every Rust name decided (see `names`).
//!
//! `resolve::resolve` builds it from the raw CSDL AST; emitters only read it.

pub mod addressing;
pub mod annotations;
pub mod areas;
pub mod boxing;
pub mod capabilities;
pub mod names;
pub mod partition;
pub mod resolve;

pub use capabilities::Capabilities;

pub use resolve::{ResolveError, resolve};

use crate::csdl::ast::{AnnotationValue, Pos};

/// Index of a type in [`Model::types`].
pub type TypeId = usize;

/// The resolved form of one CSDL document.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Namespaces sorted by name; the root namespace (the one holding the
    /// entity container, else the first schema) has `module == None`.
    pub namespaces: Vec<Namespace>,
    /// All entity, complex and enum types, sorted by (namespace, name).
    pub types: Vec<TypeDef>,
    /// Actions and functions, in (namespace, name, binding) order.
    pub operations: Vec<Operation>,
    /// The entity container (Graph has exactly one), if any.
    pub container: Option<Container>,
}

#[derive(Debug, Clone, Default)]
pub struct Namespace {
    pub name: String,
    pub alias: Option<String>,
    /// Rust module name (`call_records`), `None` for the root namespace.
    pub module: Option<String>,
    /// Types of this namespace, sorted by CSDL name.
    pub types: Vec<TypeId>,
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Index into [`Model::namespaces`].
    pub namespace: usize,
    /// CSDL simple name (`call`).
    pub name: String,
    /// Qualified name with the full namespace (`microsoft.graph.call`).
    pub qualified: String,
    /// Rust type name (`Call`), unique within its module.
    pub rust_name: String,
    pub pos: Pos,
    pub docs: Docs,
    /// What the Capabilities annotations say of the type.
    pub capabilities: Capabilities,
    pub annotations: Vec<Annot>,
    pub kind: TypeKind,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Entity(Structured),
    Complex(Structured),
    Enum(EnumDef),
    /// A `TypeDefinition`: a newtype over a primitive type.
    Definition(Definition),
}

/// A `TypeDefinition`: its underlying primitive type and the facets declared on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub underlying: Edm,
    pub facets: Facets,
    /// `SRID` of a spatial underlying type, as written.
    pub srid: Option<String>,
}

impl TypeDef {
    pub fn structured(&self) -> Option<&Structured> {
        match &self.kind {
            TypeKind::Entity(s) | TypeKind::Complex(s) => Some(s),
            TypeKind::Enum(_) | TypeKind::Definition(_) => None,
        }
    }
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            TypeKind::Entity(_) => "entity type",
            TypeKind::Complex(_) => "complex type",
            TypeKind::Enum(_) => "enum type",
            TypeKind::Definition(_) => "type definition",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Structured {
    pub base: Option<TypeId>,
    pub is_abstract: bool,
    pub open_type: bool,
    pub has_stream: bool,
    /// Key property names (inherited from the base when not declared); a `/`-separated
    /// path for a key property inside a complex property.
    pub key: Vec<String>,
    /// `(path, alias)` of key properties declared with a `PropertyRef Alias`.
    pub key_aliases: Vec<(String, String)>,
    /// All properties including inherited ones, base type's first, in
    /// declaration order; Rust field names are unique across this list.
    pub properties: Vec<Property>,
    /// Every type derived from this one, directly or not, sorted by qualified name.
    pub derived: Vec<TypeId>,
    /// Rust name of the polymorphic enum (`AnyMediaConfig`) when `derived` is non-empty.
    pub poly_name: Option<String>,
    /// Variant name used for this type inside the polymorphic enums of its ancestors.
    pub variant_name: String,
    /// Some property holds this type in a `Box` (see `boxing`), so the type's code also
    /// reads and writes `Box<Self>`.
    pub held_boxed: bool,
}

#[derive(Debug, Clone)]
pub struct Property {
    /// JSON / CSDL name.
    pub name: String,
    /// Rust field name (snake_case, keyword-safe, unique within the struct).
    pub rust_name: String,
    pub ty: TypeRef,
    pub nullable: bool,
    pub navigation: Option<Navigation>,
    /// The type that declares this property (a base type for inherited ones).
    pub declared_in: TypeId,
    pub pos: Pos,
    pub docs: Docs,
    /// What the Capabilities annotations say of the property (a navigation's).
    pub capabilities: Capabilities,
    pub annotations: Vec<Annot>,
    pub facets: Facets,
    /// The Rust field holds its value in a `Box`: a single structured value whose type
    /// contains this struct again (see `boxing`); everything else is inline.
    pub boxed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Navigation {
    pub contains_target: bool,
    pub partner: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub max_length: Option<String>,
    pub precision: Option<u32>,
    pub scale: Option<String>,
    pub unicode: Option<bool>,
}

/// A resolved type reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeRef {
    pub collection: bool,
    pub target: Target,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Prim(Edm),
    Type(TypeId),
}

/// The Edm primitive types that occur in Graph metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Edm {
    Binary,
    Boolean,
    Byte,
    Date,
    DateTimeOffset,
    Decimal,
    Double,
    Duration,
    Guid,
    Int16,
    Int32,
    Int64,
    SByte,
    Single,
    Stream,
    String,
    TimeOfDay,
    Untyped,
    /// `Edm.Geography*` / `Edm.Geometry*`: GeoJSON in JSON.
    Spatial(Spatial),
}

/// The spatial Edm types (`Edm.Geography`, `Edm.GeographyPoint`, ..., `Edm.GeometryCollection`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Spatial {
    Geography,
    GeographyPoint,
    GeographyLineString,
    GeographyPolygon,
    GeographyMultiPoint,
    GeographyMultiLineString,
    GeographyMultiPolygon,
    GeographyCollection,
    Geometry,
    GeometryPoint,
    GeometryLineString,
    GeometryPolygon,
    GeometryMultiPoint,
    GeometryMultiLineString,
    GeometryMultiPolygon,
    GeometryCollection,
}

impl Spatial {
    pub const ALL: [Spatial; 16] = [
        Spatial::Geography,
        Spatial::GeographyPoint,
        Spatial::GeographyLineString,
        Spatial::GeographyPolygon,
        Spatial::GeographyMultiPoint,
        Spatial::GeographyMultiLineString,
        Spatial::GeographyMultiPolygon,
        Spatial::GeographyCollection,
        Spatial::Geometry,
        Spatial::GeometryPoint,
        Spatial::GeometryLineString,
        Spatial::GeometryPolygon,
        Spatial::GeometryMultiPoint,
        Spatial::GeometryMultiLineString,
        Spatial::GeometryMultiPolygon,
        Spatial::GeometryCollection,
    ];

    /// The name without `Edm.`, also the runtime type's name (`GeographyPoint`).
    pub fn name(self) -> &'static str {
        match self {
            Spatial::Geography => "Geography",
            Spatial::GeographyPoint => "GeographyPoint",
            Spatial::GeographyLineString => "GeographyLineString",
            Spatial::GeographyPolygon => "GeographyPolygon",
            Spatial::GeographyMultiPoint => "GeographyMultiPoint",
            Spatial::GeographyMultiLineString => "GeographyMultiLineString",
            Spatial::GeographyMultiPolygon => "GeographyMultiPolygon",
            Spatial::GeographyCollection => "GeographyCollection",
            Spatial::Geometry => "Geometry",
            Spatial::GeometryPoint => "GeometryPoint",
            Spatial::GeometryLineString => "GeometryLineString",
            Spatial::GeometryPolygon => "GeometryPolygon",
            Spatial::GeometryMultiPoint => "GeometryMultiPoint",
            Spatial::GeometryMultiLineString => "GeometryMultiLineString",
            Spatial::GeometryMultiPolygon => "GeometryMultiPolygon",
            Spatial::GeometryCollection => "GeometryCollection",
        }
    }
}

impl Edm {
    pub fn from_name(name: &str) -> Option<Edm> {
        Some(match name {
            "Binary" => Edm::Binary,
            "Boolean" => Edm::Boolean,
            "Byte" => Edm::Byte,
            "Date" => Edm::Date,
            "DateTimeOffset" => Edm::DateTimeOffset,
            "Decimal" => Edm::Decimal,
            "Double" => Edm::Double,
            "Duration" => Edm::Duration,
            "Guid" => Edm::Guid,
            "Int16" => Edm::Int16,
            "Int32" => Edm::Int32,
            "Int64" => Edm::Int64,
            "SByte" => Edm::SByte,
            "Single" => Edm::Single,
            "Stream" => Edm::Stream,
            "String" => Edm::String,
            "TimeOfDay" => Edm::TimeOfDay,
            "Untyped" | "PrimitiveType" | "ComplexType" | "EntityType" => Edm::Untyped,
            // Path expressions are strings in JSON (OData JSON format, 7.1).
            "PropertyPath"
            | "NavigationPropertyPath"
            | "AnnotationPath"
            | "AnyPropertyPath"
            | "ModelElementPath"
            | "Path" => Edm::String,
            _ => {
                return Spatial::ALL
                    .into_iter()
                    .find(|k| k.name() == name)
                    .map(Edm::Spatial);
            }
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Edm::Binary => "Edm.Binary",
            Edm::Boolean => "Edm.Boolean",
            Edm::Byte => "Edm.Byte",
            Edm::Date => "Edm.Date",
            Edm::DateTimeOffset => "Edm.DateTimeOffset",
            Edm::Decimal => "Edm.Decimal",
            Edm::Double => "Edm.Double",
            Edm::Duration => "Edm.Duration",
            Edm::Guid => "Edm.Guid",
            Edm::Int16 => "Edm.Int16",
            Edm::Int32 => "Edm.Int32",
            Edm::Int64 => "Edm.Int64",
            Edm::SByte => "Edm.SByte",
            Edm::Single => "Edm.Single",
            Edm::Stream => "Edm.Stream",
            Edm::String => "Edm.String",
            Edm::TimeOfDay => "Edm.TimeOfDay",
            Edm::Untyped => "Edm.Untyped",
            Edm::Spatial(k) => match k {
                Spatial::Geography => "Edm.Geography",
                Spatial::GeographyPoint => "Edm.GeographyPoint",
                Spatial::GeographyLineString => "Edm.GeographyLineString",
                Spatial::GeographyPolygon => "Edm.GeographyPolygon",
                Spatial::GeographyMultiPoint => "Edm.GeographyMultiPoint",
                Spatial::GeographyMultiLineString => "Edm.GeographyMultiLineString",
                Spatial::GeographyMultiPolygon => "Edm.GeographyMultiPolygon",
                Spatial::GeographyCollection => "Edm.GeographyCollection",
                Spatial::Geometry => "Edm.Geometry",
                Spatial::GeometryPoint => "Edm.GeometryPoint",
                Spatial::GeometryLineString => "Edm.GeometryLineString",
                Spatial::GeometryPolygon => "Edm.GeometryPolygon",
                Spatial::GeometryMultiPoint => "Edm.GeometryMultiPoint",
                Spatial::GeometryMultiLineString => "Edm.GeometryMultiLineString",
                Spatial::GeometryMultiPolygon => "Edm.GeometryMultiPolygon",
                Spatial::GeometryCollection => "Edm.GeometryCollection",
            },
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct EnumDef {
    pub is_flags: bool,
    pub underlying: Option<String>,
    pub members: Vec<EnumMember>,
    /// Name of the variant that keeps values not in the metadata.
    pub fallback_variant: String,
}

#[derive(Debug, Clone)]
pub struct EnumMember {
    pub name: String,
    pub rust_name: String,
    pub value: i64,
    pub docs: Docs,
}

/// Documentation taken from Core.Description / Core.LongDescription.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docs {
    pub description: Option<String>,
    pub long_description: Option<String>,
}

/// An annotation with its term resolved to the full vocabulary namespace
/// (`Org.OData.Core.V1.Computed`), inline and out-of-line merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Annot {
    pub term: String,
    pub qualifier: Option<String>,
    pub value: AnnotationValue,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub namespace: usize,
    pub name: String,
    pub qualified: String,
    pub is_action: bool,
    pub is_bound: bool,
    pub is_composable: bool,
    pub entity_set_path: Option<String>,
    /// Parameters; for bound operations the first one is the binding parameter.
    pub parameters: Vec<Parameter>,
    pub return_type: Option<(TypeRef, bool)>,
    pub pos: Pos,
    pub docs: Docs,
    pub annotations: Vec<Annot>,
}

#[derive(Debug, Clone)]
pub struct Parameter {
    pub name: String,
    pub ty: TypeRef,
    pub nullable: bool,
    /// Carries `Org.OData.Core.V1.OptionalParameter`.
    pub optional: bool,
    pub facets: Facets,
    pub annotations: Vec<Annot>,
}

#[derive(Debug, Clone, Default)]
pub struct Container {
    pub name: String,
    pub entity_sets: Vec<EntitySet>,
    pub singletons: Vec<EntitySet>,
    pub action_imports: Vec<OperationImport>,
    pub function_imports: Vec<OperationImport>,
}

/// An entity set or a singleton.
#[derive(Debug, Clone)]
pub struct EntitySet {
    pub name: String,
    pub entity_type: TypeId,
    pub bindings: Vec<(String, String)>,
    pub docs: Docs,
    /// What the Capabilities annotations say of the set or singleton.
    pub capabilities: Capabilities,
    pub annotations: Vec<Annot>,
}

#[derive(Debug, Clone)]
pub struct OperationImport {
    pub name: String,
    /// Qualified operation name (all overloads share it).
    pub operation: String,
    pub entity_set: Option<String>,
    pub annotations: Vec<Annot>,
}

impl Model {
    pub fn type_by_qualified(&self, name: &str) -> Option<TypeId> {
        self.types
            .binary_search_by(|t| {
                let ns = &self.namespaces[t.namespace].name;
                (ns.as_str(), t.name.as_str()).cmp(&split_qualified(name))
            })
            .ok()
    }

    pub fn count(&self, f: impl Fn(&TypeKind) -> bool) -> usize {
        self.types.iter().filter(|t| f(&t.kind)).count()
    }
}

/// Split `a.b.c` into (`a.b`, `c`).
pub fn split_qualified(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(i) => (&name[..i], &name[i + 1..]),
        None => ("", name),
    }
}
