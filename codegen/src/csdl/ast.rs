//! The raw CSDL document as read from XML: names and type references are kept
//! exactly as written (unresolved); `resolve` turns this into the model.

/// A position in the source file (1-based line and column).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// A whole `edmx:Edmx` document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// `<edmx:Reference Uri>` elements with their `<edmx:Include>`s.
    pub references: Vec<Reference>,
    pub schemas: Vec<Schema>,
}

/// `<edmx:Reference Uri="...">`: another CSDL document whose schemas this one uses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reference {
    pub uri: String,
    pub pos: Pos,
    pub includes: Vec<Include>,
}

/// `<edmx:Include Namespace Alias>` inside a reference.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Include {
    pub namespace: String,
    pub alias: Option<String>,
    pub pos: Pos,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schema {
    pub namespace: String,
    pub alias: Option<String>,
    pub pos: Pos,
    pub entity_types: Vec<StructuredType>,
    pub complex_types: Vec<StructuredType>,
    pub enum_types: Vec<EnumType>,
    pub type_definitions: Vec<TypeDefinition>,
    pub actions: Vec<Operation>,
    pub functions: Vec<Operation>,
    pub terms: Vec<Term>,
    pub containers: Vec<EntityContainer>,
    /// Out-of-line `<Annotations Target="...">` blocks, in document order.
    pub annotations: Vec<AnnotationsBlock>,
}

/// An EntityType or ComplexType.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StructuredType {
    pub name: String,
    pub pos: Pos,
    pub base_type: Option<String>,
    pub is_abstract: bool,
    pub open_type: bool,
    pub has_stream: bool,
    /// Names (paths) of the `<Key><PropertyRef Name=.../></Key>` properties (entity types only).
    pub key: Vec<String>,
    /// `(Name, Alias)` of the key properties that have an `Alias` (paths into complex types).
    pub key_aliases: Vec<(String, String)>,
    pub properties: Vec<Property>,
    pub navigation_properties: Vec<NavigationProperty>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Property {
    pub name: String,
    pub pos: Pos,
    /// As written, e.g. `Edm.String`, `Collection(graph.identitySet)`, `self.foo`.
    pub type_name: String,
    /// `Nullable` attribute; `None` when absent (CSDL default: true).
    pub nullable: Option<bool>,
    pub max_length: Option<String>,
    pub precision: Option<u32>,
    pub scale: Option<String>,
    pub unicode: Option<bool>,
    pub default_value: Option<String>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NavigationProperty {
    pub name: String,
    pub pos: Pos,
    pub type_name: String,
    pub nullable: Option<bool>,
    pub contains_target: bool,
    pub partner: Option<String>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnumType {
    pub name: String,
    pub pos: Pos,
    pub is_flags: bool,
    pub underlying_type: Option<String>,
    pub members: Vec<EnumMember>,
    pub annotations: Vec<Annotation>,
}

/// `<TypeDefinition Name UnderlyingType>` with its facets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeDefinition {
    pub name: String,
    pub pos: Pos,
    pub underlying_type: String,
    pub max_length: Option<String>,
    pub precision: Option<u32>,
    pub scale: Option<String>,
    pub unicode: Option<bool>,
    pub srid: Option<String>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnumMember {
    pub name: String,
    pub pos: Pos,
    /// Parsed `Value` attribute; `None` when absent (then the value is implicit).
    pub value: Option<i64>,
    pub annotations: Vec<Annotation>,
}

/// An Action or Function.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Operation {
    pub name: String,
    pub pos: Pos,
    pub is_bound: bool,
    pub is_composable: bool,
    pub entity_set_path: Option<String>,
    pub parameters: Vec<Parameter>,
    pub return_type: Option<ReturnType>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub pos: Pos,
    pub type_name: String,
    pub nullable: Option<bool>,
    pub max_length: Option<String>,
    pub precision: Option<u32>,
    pub scale: Option<String>,
    pub unicode: Option<bool>,
    /// Inline annotations, e.g. `Org.OData.Core.V1.OptionalParameter`.
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReturnType {
    pub type_name: String,
    pub nullable: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Term {
    pub name: String,
    pub pos: Pos,
    pub type_name: String,
    pub applies_to: Option<String>,
    pub base_term: Option<String>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntityContainer {
    pub name: String,
    pub pos: Pos,
    /// `Extends`: qualified name of a container whose children this one includes.
    pub extends: Option<String>,
    pub entity_sets: Vec<EntitySet>,
    pub singletons: Vec<Singleton>,
    pub action_imports: Vec<OperationImport>,
    pub function_imports: Vec<OperationImport>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntitySet {
    pub name: String,
    pub pos: Pos,
    pub entity_type: String,
    pub bindings: Vec<NavigationPropertyBinding>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Singleton {
    pub name: String,
    pub pos: Pos,
    pub type_name: String,
    pub bindings: Vec<NavigationPropertyBinding>,
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NavigationPropertyBinding {
    pub path: String,
    pub target: String,
}

/// An ActionImport (`operation` = `Action` attribute) or FunctionImport (`Function`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperationImport {
    pub name: String,
    pub pos: Pos,
    pub operation: String,
    pub entity_set: Option<String>,
    pub include_in_service_document: bool,
    pub annotations: Vec<Annotation>,
}

/// `<Annotations Target="...">` holding annotations for the target path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnnotationsBlock {
    pub target: String,
    pub pos: Pos,
    pub annotations: Vec<Annotation>,
}

/// One `<Annotation Term="..." [Qualifier] ...>` with its value expression.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotation {
    /// As written, e.g. `Org.OData.Core.V1.Description` or an alias form.
    pub term: String,
    pub qualifier: Option<String>,
    pub pos: Pos,
    pub value: AnnotationValue,
}

/// A constant or dynamic annotation expression, kept generically.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum AnnotationValue {
    /// No value (e.g. `<Annotation Term="..."/>` tagging terms; Bool default true).
    #[default]
    None,
    /// `String="..."` attribute or `<String>` element.
    String(String),
    /// `Bool="..."` attribute or `<Bool>` element.
    Bool(bool),
    /// `Int="..."` attribute or `<Int>` element.
    Int(i64),
    /// `EnumMember="..."` attribute or `<EnumMember>` element (space-separated members kept as text).
    EnumMember(String),
    /// `Path`, `PropertyPath`, `NavigationPropertyPath`, `AnnotationPath` attributes or elements.
    Path(String),
    /// Any other constant attribute/element (`Decimal`, `Float`, `Date`, `Guid`, ...): (kind, text).
    Other(String, String),
    /// `<Record [Type]>` with `<PropertyValue Property="..." .../>` children.
    Record(Record),
    /// `<Collection>` of values.
    Collection(Vec<AnnotationValue>),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    pub type_name: Option<String>,
    pub properties: Vec<(String, AnnotationValue)>,
    /// Annotations nested inside the record.
    pub annotations: Vec<Annotation>,
}
