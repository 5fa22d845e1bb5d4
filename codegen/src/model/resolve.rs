//! Builds the [`Model`] from the raw AST: aliases and type references
//! resolved, inheritance flattened, derived types computed, names assigned.

use super::annotations::{self, Aliases, Index};
use super::names::{self, Scope};
use super::*;
use crate::csdl::ast;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// A semantic error in an otherwise well-formed CSDL document.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolveError {
    pub file: String,
    pub pos: Pos,
    pub message: String,
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.pos.line, self.pos.col, self.message
        )
    }
}

impl std::error::Error for ResolveError {}

struct Ctx<'a> {
    file: &'a str,
    aliases: Aliases,
    index: Index,
    ids: HashMap<String, TypeId>,
    /// Namespaces included by an `edmx:Reference` whose document was not loaded:
    /// namespace -> (reference URI, position of the reference).
    absent: HashMap<String, (String, Pos)>,
}

impl Ctx<'_> {
    fn err(&self, pos: Pos, message: impl Into<String>) -> ResolveError {
        ResolveError {
            file: self.file.to_string(),
            pos,
            message: message.into(),
        }
    }

    fn type_ref(&self, written: &str, pos: Pos) -> Result<TypeRef, ResolveError> {
        let (collection, inner) = match written.strip_prefix("Collection(") {
            Some(rest) => match rest.strip_suffix(')') {
                Some(inner) if !inner.is_empty() && !inner.contains(['(', ')']) => (true, inner),
                _ => {
                    return Err(self.err(
                        pos,
                        format!(
                            "malformed type `{written}`: expected `Collection(Namespace.Type)`"
                        ),
                    ));
                }
            },
            None => (false, written),
        };
        if inner.contains(['(', ')']) || inner.is_empty() {
            return Err(self.err(pos, format!("malformed type reference `{written}`")));
        }
        if let Some(prim) = inner.strip_prefix("Edm.") {
            return match Edm::from_name(prim) {
                Some(edm) => Ok(TypeRef {
                    collection,
                    target: Target::Prim(edm),
                }),
                None => Err(self.err(pos, format!("unknown Edm primitive type `{inner}`"))),
            };
        }
        let qualified = self.aliases.qualify(inner);
        match self.ids.get(&qualified) {
            Some(&id) => Ok(TypeRef {
                collection,
                target: Target::Type(id),
            }),
            None => self.absent_type(&qualified, collection, inner, pos),
        }
    }

    /// A type of a namespace that is not in the document: from a known OASIS
    /// vocabulary that was not loaded it is untyped JSON, else an error that
    /// says which reference was missing.
    fn absent_type(
        &self,
        qualified: &str,
        collection: bool,
        inner: &str,
        pos: Pos,
    ) -> Result<TypeRef, ResolveError> {
        let (ns, _) = split_qualified(qualified);
        match self.absent.get(ns) {
            Some(_) if ns.starts_with("Org.OData.") => Ok(TypeRef {
                collection,
                target: Target::Prim(Edm::Untyped),
            }),
            Some((uri, at)) => Err(self.err(
                pos,
                format!(
                    "unknown type reference `{inner}`: its namespace `{ns}` is included from \
                     `{uri}` (edmx:Reference at line {}), which was not found beside the file \
                     or in --reference-dir",
                    at.line
                ),
            )),
            None => Err(self.err(pos, format!("unknown type reference `{inner}`"))),
        }
    }
}

enum Raw<'a> {
    Entity(&'a ast::StructuredType),
    Complex(&'a ast::StructuredType),
    Enum(&'a ast::EnumType),
    Definition(&'a ast::TypeDefinition),
}

/// One type of the document before resolution: (namespace index, name) and its definition.
type RawType<'a> = ((usize, &'a str), (Raw<'a>, Pos));

/// Resolve a whole document. `file` names the input in error messages.
pub fn resolve(doc: &ast::Document, file: &str) -> Result<Model, ResolveError> {
    if doc.schemas.is_empty() {
        return Err(ResolveError {
            file: file.into(),
            pos: Pos::default(),
            message: "the document has no Schema element".into(),
        });
    }
    let includes = doc.references.iter().flat_map(|r| &r.includes);
    let aliases = Aliases::new(
        doc.schemas
            .iter()
            .filter_map(|s| s.alias.clone().map(|a| (a, s.namespace.clone())))
            .chain(includes.filter_map(|i| i.alias.clone().map(|a| (a, i.namespace.clone())))),
    );
    let absent = doc
        .references
        .iter()
        .flat_map(|r| r.includes.iter().map(move |i| (r, i)))
        .filter(|(_, i)| !doc.schemas.iter().any(|s| s.namespace == i.namespace))
        .map(|(r, i)| (i.namespace.clone(), (r.uri.clone(), r.pos)))
        .collect();
    let mut ctx = Ctx {
        file,
        aliases,
        index: Index::default(),
        ids: HashMap::new(),
        absent,
    };
    for schema in &doc.schemas {
        for block in &schema.annotations {
            ctx.index
                .add(&ctx.aliases, &block.target, &block.annotations);
        }
    }

    // Namespaces, sorted by name; the container's namespace is the root.
    let root = doc
        .schemas
        .iter()
        .find(|s| !s.containers.is_empty())
        .unwrap_or(&doc.schemas[0])
        .namespace
        .clone();
    let mut ns_names: Vec<&ast::Schema> = doc.schemas.iter().collect();
    ns_names.sort_by(|a, b| a.namespace.cmp(&b.namespace));
    let mut namespaces: Vec<Namespace> = Vec::new();
    // `rt` (the runtime alias) and `registry` are used by generated code.
    let mut module_scope = Scope::with_reserved(&["rt", "registry"]);
    for s in &ns_names {
        if namespaces.iter().any(|n| n.name == s.namespace) {
            return Err(ctx.err(
                s.pos,
                format!("namespace `{}` is declared twice", s.namespace),
            ));
        }
        let module = (s.namespace != root).then(|| {
            let rel = s
                .namespace
                .strip_prefix(&format!("{root}."))
                .unwrap_or(&s.namespace);
            module_scope.claim(names::module_name(rel))
        });
        namespaces.push(Namespace {
            name: s.namespace.clone(),
            alias: s.alias.clone(),
            module,
            types: Vec::new(),
        });
    }
    let ns_index: HashMap<String, usize> = namespaces
        .iter()
        .enumerate()
        .map(|(i, n)| (n.name.clone(), i))
        .collect();

    // Every type, sorted by (namespace, name); duplicates are errors.
    let mut raw: BTreeMap<(usize, &str), (Raw, Pos)> = BTreeMap::new();
    for s in &doc.schemas {
        let ns = ns_index[s.namespace.as_str()];
        let entries = (s
            .entity_types
            .iter()
            .map(|t| (t.name.as_str(), Raw::Entity(t), t.pos)))
        .chain(
            s.complex_types
                .iter()
                .map(|t| (t.name.as_str(), Raw::Complex(t), t.pos)),
        )
        .chain(
            s.enum_types
                .iter()
                .map(|t| (t.name.as_str(), Raw::Enum(t), t.pos)),
        )
        .chain(
            s.type_definitions
                .iter()
                .map(|t| (t.name.as_str(), Raw::Definition(t), t.pos)),
        );
        for (name, r, pos) in entries {
            if let Some((_, other)) = raw.get(&(ns, name)) {
                // Report the later declaration, pointing back at the earlier one.
                let (first, dup) = if *other <= pos {
                    (*other, pos)
                } else {
                    (pos, *other)
                };
                return Err(ctx.err(
                    dup,
                    format!(
                        "duplicate type name `{name}` in namespace `{}` (first declared at line {})",
                        s.namespace, first.line
                    ),
                ));
            }
            raw.insert((ns, name), (r, pos));
        }
    }
    let raw: Vec<RawType> = raw.into_iter().collect();
    for (id, ((ns, name), _)) in raw.iter().enumerate() {
        ctx.ids
            .insert(format!("{}.{name}", namespaces[*ns].name), id);
        namespaces[*ns].types.push(id);
    }

    // Rust type names, unique per module (poly enum names claimed after).
    let mut scopes: Vec<Scope> = namespaces.iter().map(|_| Scope::default()).collect();
    let rust_names: Vec<String> = raw
        .iter()
        .map(|((ns, name), _)| scopes[*ns].claim(names::type_name(name)))
        .collect();

    // Base types and cycle check.
    let mut bases: Vec<Option<TypeId>> = vec![None; raw.len()];
    for (id, (_, (r, pos))) in raw.iter().enumerate() {
        let (base, want_entity) = match r {
            Raw::Entity(t) => (&t.base_type, true),
            Raw::Complex(t) => (&t.base_type, false),
            Raw::Enum(_) | Raw::Definition(_) => continue,
        };
        if let Some(b) = base {
            let bid = *ctx
                .ids
                .get(&ctx.aliases.qualify(b))
                .ok_or_else(|| ctx.err(*pos, format!("unknown base type `{b}`")))?;
            let ok = matches!(
                (&raw[bid].1.0, want_entity),
                (Raw::Entity(_), true) | (Raw::Complex(_), false)
            );
            if !ok {
                return Err(ctx.err(*pos, format!("base type `{b}` is not of the same kind")));
            }
            bases[id] = Some(bid);
        }
    }
    for (id, (_, (_, pos))) in raw.iter().enumerate() {
        let mut seen = 0;
        let mut cur = bases[id];
        while let Some(b) = cur {
            seen += 1;
            if b == id || seen > raw.len() {
                return Err(ctx.err(
                    *pos,
                    format!(
                        "base type cycle involving `{}`",
                        ctx_name(&namespaces, &raw, id)
                    ),
                ));
            }
            cur = bases[b];
        }
    }

    // Variant names for polymorphic enums: unique across the whole model.
    let mut variant_scope = Scope::default();
    let mut variant_names = vec![String::new(); raw.len()];
    let global_dupes: HashMap<&str, usize> = rust_names.iter().fold(HashMap::new(), |mut m, n| {
        *m.entry(n.as_str()).or_default() += 1;
        m
    });
    let mut order: Vec<TypeId> = (0..raw.len()).collect();
    order.sort_by_key(|&id| namespaces[raw[id].0.0].module.is_some());
    for id in order {
        let ns = &namespaces[raw[id].0.0];
        let plain = rust_names[id].clone();
        let wanted = match (&ns.module, global_dupes[plain.as_str()] > 1) {
            (Some(m), true) => format!("{}{plain}", names::type_name(m)),
            _ => plain,
        };
        variant_names[id] = variant_scope.claim(wanted);
    }

    // Derived types.
    let mut derived: Vec<Vec<TypeId>> = vec![Vec::new(); raw.len()];
    for id in 0..raw.len() {
        let mut cur = bases[id];
        while let Some(b) = cur {
            derived[b].push(id);
            cur = bases[b];
        }
    }

    let mut types = Vec::with_capacity(raw.len());
    for (id, ((ns, name), (r, pos))) in raw.iter().enumerate() {
        let qualified = format!("{}.{name}", namespaces[*ns].name);
        let (inline, kind) = match r {
            Raw::Enum(e) => (
                &e.annotations,
                TypeKind::Enum(enum_def(&ctx, e, &qualified)?),
            ),
            Raw::Definition(d) => (&d.annotations, TypeKind::Definition(definition(&ctx, d)?)),
            Raw::Entity(t) | Raw::Complex(t) => {
                let mut chain = vec![id];
                while let Some(b) = bases[*chain.last().unwrap_or(&id)] {
                    chain.push(b);
                }
                chain.reverse();
                let mut props = Vec::new();
                let mut scope = Scope::with_reserved(&["extra"]);
                let mut key = Vec::new();
                let mut key_aliases = Vec::new();
                for &tid in &chain {
                    let st = match &raw[tid].1.0 {
                        Raw::Entity(s) | Raw::Complex(s) => *s,
                        Raw::Enum(_) | Raw::Definition(_) => continue,
                    };
                    if !st.key.is_empty() {
                        key = st.key.clone();
                        key_aliases = st.key_aliases.clone();
                    }
                    let tq = format!("{}.{}", namespaces[raw[tid].0.0].name, st.name);
                    structured_props(&ctx, st, tid, &tq, &mut scope, &mut props)?;
                }
                let mut d = derived[id].clone();
                d.sort_by_key(|&x| ctx_name(&namespaces, &raw, x));
                let poly_name =
                    (!d.is_empty()).then(|| scopes[*ns].claim(format!("Any{}", rust_names[id])));
                let s = Structured {
                    base: bases[id],
                    is_abstract: t.is_abstract,
                    open_type: t.open_type,
                    has_stream: t.has_stream,
                    key,
                    key_aliases,
                    properties: props,
                    derived: d,
                    poly_name,
                    variant_name: variant_names[id].clone(),
                    held_boxed: false,
                };
                let kind = if matches!(r, Raw::Entity(_)) {
                    TypeKind::Entity(s)
                } else {
                    TypeKind::Complex(s)
                };
                (&t.annotations, kind)
            }
        };
        let annotations = ctx.index.merged(&ctx.aliases, &qualified, inline);
        types.push(TypeDef {
            namespace: *ns,
            name: name.to_string(),
            qualified,
            rust_name: rust_names[id].clone(),
            pos: *pos,
            docs: annotations::docs(&annotations),
            capabilities: Capabilities::from_annotations(&annotations),
            annotations,
            kind,
        });
    }

    let operations = operations(&ctx, doc, &ns_index)?;
    let container = container(&ctx, doc)?;
    let mut model = Model {
        namespaces,
        types,
        operations,
        container,
    };
    super::boxing::mark(&mut model);
    Ok(model)
}

fn ctx_name(namespaces: &[Namespace], raw: &[RawType], id: TypeId) -> String {
    format!("{}.{}", namespaces[raw[id].0.0].name, raw[id].0.1)
}

fn structured_props(
    ctx: &Ctx,
    st: &ast::StructuredType,
    declared_in: TypeId,
    qualified: &str,
    scope: &mut Scope,
    out: &mut Vec<Property>,
) -> Result<(), ResolveError> {
    let plain = st.properties.iter().map(|p| {
        (
            &p.name,
            &p.type_name,
            p.nullable,
            None,
            p.pos,
            &p.annotations,
            Facets {
                max_length: p.max_length.clone(),
                precision: p.precision,
                scale: p.scale.clone(),
                unicode: p.unicode,
            },
        )
    });
    let nav = st.navigation_properties.iter().map(|p| {
        let nav = Navigation {
            contains_target: p.contains_target,
            partner: p.partner.clone(),
        };
        (
            &p.name,
            &p.type_name,
            p.nullable,
            Some(nav),
            p.pos,
            &p.annotations,
            Facets::default(),
        )
    });
    for (name, ty, nullable, navigation, pos, inline, facets) in plain.chain(nav) {
        if out.iter().any(|p| &p.name == name) {
            continue; // redeclared in a derived type: the base declaration stands
        }
        let ty = ctx.type_ref(ty, pos)?;
        let annotations = ctx
            .index
            .merged(&ctx.aliases, &format!("{qualified}/{name}"), inline);
        out.push(Property {
            name: name.clone(),
            rust_name: field_rust_name(scope, name, navigation.is_some()),
            // Navigation properties default to nullable=false only for collections.
            nullable: nullable.unwrap_or(!(navigation.is_some() && ty.collection)),
            ty,
            navigation,
            declared_in,
            pos,
            docs: annotations::docs(&annotations),
            capabilities: Capabilities::from_annotations(&annotations),
            annotations,
            facets,
            boxed: false,
        });
    }
    Ok(())
}

/// A `TypeDefinition`: its underlying type must be a primitive (not a collection).
fn definition(ctx: &Ctx, d: &ast::TypeDefinition) -> Result<Definition, ResolveError> {
    let underlying = match d
        .underlying_type
        .strip_prefix("Edm.")
        .and_then(Edm::from_name)
    {
        Some(edm) => edm,
        None => {
            return Err(ctx.err(
                d.pos,
                format!(
                    "`TypeDefinition` `{}` has underlying type `{}`: expected a primitive \
                     `Edm.*` type",
                    d.name, d.underlying_type
                ),
            ));
        }
    };
    Ok(Definition {
        underlying,
        facets: Facets {
            max_length: d.max_length.clone(),
            precision: d.precision,
            scale: d.scale.clone(),
            unicode: d.unicode,
        },
        srid: d.srid.clone(),
    })
}

/// Range of the allowed `UnderlyingType`s of an enum (CSDL 10.1.2; default `Edm.Int32`).
fn enum_range(ctx: &Ctx, e: &ast::EnumType) -> Result<(i64, i64), ResolveError> {
    Ok(match e.underlying_type.as_deref().map(str::trim) {
        None | Some("Edm.Int32") => (i32::MIN.into(), i32::MAX.into()),
        Some("Edm.Byte") => (0, 255),
        Some("Edm.SByte") => (-128, 127),
        Some("Edm.Int16") => (i16::MIN.into(), i16::MAX.into()),
        Some("Edm.Int64") => (i64::MIN, i64::MAX),
        Some(other) => {
            return Err(ctx.err(
                e.pos,
                format!(
                    "enum type `{}` has `UnderlyingType=\"{other}\"`: expected `Edm.Byte`, \
                     `Edm.SByte`, `Edm.Int16`, `Edm.Int32` or `Edm.Int64`",
                    e.name
                ),
            ));
        }
    })
}

/// The Rust field name of property `name`: its snake_case form, unless another property
/// already has it (SAP's `_Assoc` navigation next to an `Assoc` property): a navigation
/// property then gets `{name}_nav`, anything else a numbered suffix. The rustdoc of every
/// field names its JSON name.
fn field_rust_name(scope: &mut Scope, name: &str, navigation: bool) -> String {
    let wanted = names::field_name(name);
    if navigation {
        let alternative = format!("{}_nav", wanted.trim_end_matches('_'));
        scope.claim_or(wanted, alternative)
    } else {
        scope.claim(wanted)
    }
}

fn enum_def(ctx: &Ctx, e: &ast::EnumType, qualified: &str) -> Result<EnumDef, ResolveError> {
    let (min, max) = enum_range(ctx, e)?;
    let mut scope = Scope::default();
    let mut members = Vec::with_capacity(e.members.len());
    let mut next = if e.is_flags { 1 } else { 0 };
    for m in &e.members {
        let value = m.value.unwrap_or(next);
        if value < min || value > max {
            return Err(ctx.err(
                m.pos,
                format!(
                    "value {value} of enum member `{}` does not fit the underlying type `{}`",
                    m.name,
                    e.underlying_type.as_deref().unwrap_or("Edm.Int32")
                ),
            ));
        }
        next = value
            .checked_add(1)
            .ok_or_else(|| ctx.err(m.pos, "enum member value overflows"))?;
        let annotations = ctx.index.merged(
            &ctx.aliases,
            &format!("{qualified}/{}", m.name),
            &m.annotations,
        );
        members.push(EnumMember {
            name: m.name.clone(),
            rust_name: scope.claim(names::variant_name(&m.name)),
            value,
            docs: annotations::docs(&annotations),
        });
    }
    let fallback_variant = scope.claim_or("Unrecognized".into(), "UnrecognizedValue".into());
    Ok(EnumDef {
        is_flags: e.is_flags,
        underlying: e.underlying_type.clone(),
        members,
        fallback_variant,
    })
}

fn operations(
    ctx: &Ctx,
    doc: &ast::Document,
    ns_index: &HashMap<String, usize>,
) -> Result<Vec<Operation>, ResolveError> {
    let mut out = Vec::new();
    for s in &doc.schemas {
        let ns = ns_index[s.namespace.as_str()];
        let all = s
            .actions
            .iter()
            .map(|o| (o, true))
            .chain(s.functions.iter().map(|o| (o, false)));
        for (op, is_action) in all {
            let qualified = format!("{}.{}", s.namespace, op.name);
            let mut parameters = Vec::with_capacity(op.parameters.len());
            for p in &op.parameters {
                let annotations: Vec<Annot> = p
                    .annotations
                    .iter()
                    .map(|a| annotations::annot(&ctx.aliases, a))
                    .collect();
                parameters.push(Parameter {
                    name: p.name.clone(),
                    ty: ctx.type_ref(&p.type_name, p.pos)?,
                    nullable: p.nullable.unwrap_or(true),
                    optional: annotations::has_tag(&annotations, annotations::OPTIONAL_PARAMETER),
                    facets: Facets {
                        max_length: p.max_length.clone(),
                        precision: p.precision,
                        scale: p.scale.clone(),
                        unicode: p.unicode,
                    },
                    annotations,
                });
            }
            let return_type = match &op.return_type {
                Some(r) => Some((
                    ctx.type_ref(&r.type_name, op.pos)?,
                    r.nullable.unwrap_or(true),
                )),
                None => None,
            };
            // Out-of-line annotations target the bare name or an overload
            // signature: all parameter types, or the binding parameter only.
            let mut annotations = ctx.index.merged(&ctx.aliases, &qualified, &op.annotations);
            let all: Vec<&str> = op.parameters.iter().map(|p| p.type_name.as_str()).collect();
            let binding = &all[..usize::from(op.is_bound).min(all.len())];
            let mut signatures = vec![all.join(",")];
            if binding.len() < all.len() && !binding.is_empty() {
                signatures.push(binding.join(","));
            }
            for sig in signatures {
                let t = ctx.aliases.target(&format!("{qualified}({sig})"));
                if let Some(more) = ctx.index.get(&t) {
                    annotations.extend(more.iter().cloned());
                }
            }
            out.push(Operation {
                namespace: ns,
                name: op.name.clone(),
                qualified,
                is_action,
                is_bound: op.is_bound,
                is_composable: op.is_composable,
                entity_set_path: op.entity_set_path.clone(),
                parameters,
                return_type,
                pos: op.pos,
                docs: annotations::docs(&annotations),
                annotations,
            });
        }
    }
    out.sort_by(|a, b| {
        let key = |o: &Operation| {
            (
                o.qualified.clone(),
                o.parameters.first().map(|p| format!("{:?}", p.ty)),
            )
        };
        key(a).cmp(&key(b))
    });
    Ok(out)
}

fn container(ctx: &Ctx, doc: &ast::Document) -> Result<Option<Container>, ResolveError> {
    let Some((schema, c)) = doc
        .schemas
        .iter()
        .find_map(|s| s.containers.first().map(|c| (s, c)))
    else {
        return Ok(None);
    };
    let cq = format!("{}.{}", schema.namespace, c.name);
    let set = |name: &str,
               ty: &str,
               pos: Pos,
               bindings: &[ast::NavigationPropertyBinding],
               inline: &[ast::Annotation]| {
        let r = ctx.type_ref(ty, pos)?;
        let Target::Type(entity_type) = r.target else {
            return Err(ctx.err(
                pos,
                format!("`{name}` must have an entity type, found `{ty}`"),
            ));
        };
        let annotations = ctx
            .index
            .merged(&ctx.aliases, &format!("{cq}/{name}"), inline);
        Ok(EntitySet {
            name: name.to_string(),
            entity_type,
            bindings: bindings
                .iter()
                .map(|b| (b.path.clone(), b.target.clone()))
                .collect(),
            docs: annotations::docs(&annotations),
            capabilities: Capabilities::from_annotations(&annotations),
            annotations,
        })
    };
    let mut out = Container {
        name: c.name.clone(),
        ..Default::default()
    };
    let chain = extends_chain(ctx, doc, c)?;
    let own = |name: &str| {
        c.entity_sets.iter().any(|e| e.name == name)
            || c.singletons.iter().any(|e| e.name == name)
            || c.action_imports.iter().any(|e| e.name == name)
            || c.function_imports.iter().any(|e| e.name == name)
    };
    // Children of extended containers come first; the extending container's own
    // children of the same name replace them.
    let all = || chain.iter().rev().copied().chain(std::iter::once(c));
    let kept = |k: &ast::EntityContainer, name: &str| std::ptr::eq(k, c) || !own(name);
    for k in all() {
        for e in k.entity_sets.iter().filter(|e| kept(k, &e.name)) {
            let set = set(&e.name, &e.entity_type, e.pos, &e.bindings, &e.annotations)?;
            out.entity_sets.push(set);
        }
        for e in k.singletons.iter().filter(|e| kept(k, &e.name)) {
            let set = set(&e.name, &e.type_name, e.pos, &e.bindings, &e.annotations)?;
            out.singletons.push(set);
        }
    }
    let import = |i: &ast::OperationImport| OperationImport {
        name: i.name.clone(),
        operation: ctx.aliases.qualify(&i.operation),
        entity_set: i.entity_set.clone(),
        annotations: ctx
            .index
            .merged(&ctx.aliases, &format!("{cq}/{}", i.name), &i.annotations),
    };
    out.action_imports = all()
        .flat_map(|k| &k.action_imports)
        .filter(|i| c.action_imports.contains(i) || !own(&i.name))
        .map(import)
        .collect();
    out.function_imports = all()
        .flat_map(|k| &k.function_imports)
        .filter(|i| c.function_imports.contains(i) || !own(&i.name))
        .map(import)
        .collect();
    Ok(Some(out))
}

/// The containers `c` extends (`Extends`), nearest first; a cycle or an unknown
/// container is an error.
fn extends_chain<'d>(
    ctx: &Ctx,
    doc: &'d ast::Document,
    c: &'d ast::EntityContainer,
) -> Result<Vec<&'d ast::EntityContainer>, ResolveError> {
    let mut chain: Vec<&ast::EntityContainer> = Vec::new();
    let mut cur = c;
    while let Some(ext) = &cur.extends {
        let wanted = ctx.aliases.qualify(ext.trim());
        let found = doc.schemas.iter().find_map(|s| {
            s.containers
                .iter()
                .find(|k| format!("{}.{}", s.namespace, k.name) == wanted)
        });
        let Some(next) = found else {
            return Err(ctx.err(
                cur.pos,
                format!(
                    "entity container `{}` extends `{ext}`, which is not declared \
                     (in this document or a referenced one)",
                    cur.name
                ),
            ));
        };
        if std::ptr::eq(next, c) || chain.iter().any(|k| std::ptr::eq(*k, next)) {
            return Err(ctx.err(
                cur.pos,
                format!(
                    "entity container `{}` extends itself (`Extends` cycle)",
                    c.name
                ),
            ));
        }
        chain.push(next);
        cur = next;
    }
    Ok(chain)
}
