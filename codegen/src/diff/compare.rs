//! Model vs model: every difference that changes the generated code of a
//! type (or the operations and entity sets of the API), as [`Change`]s.
//!
//! Types are matched by qualified CSDL name, properties by JSON name (on the
//! flattened property list, so a change in a base type shows in every derived
//! struct too), enum members by name, operations by (name, kind, binding
//! type) and then parameter names, entity sets and singletons by name.
//!
//! Completeness is the contract: whatever `emit::type_items` reads for a type
//! (its docs, shape, base, fields with their Rust names, types and docs, its
//! polymorphic enum with every derived type's variant, its enum members) is
//! compared here, so a type appears in the report exactly when its generated
//! code changes (`tests/diff_regenerate.rs` checks this on real history).

use super::classify::{RustNames, classify};
use super::report::{
    Change, ChangeKind as K, Fact, NamespaceChanges, OperationChanges, Status, TypeChanges,
};
use crate::emit::requests::path_type;
use crate::emit::rust_type::Paths;
use crate::model::addressing::{
    self, Addressing, DELETE, Edge, EdgeKind, INSERT, NO_COUNT, NO_KEY, REF, UPDATE, UPDATE_PUT,
};
use crate::model::{
    Docs, EnumDef, Model, Operation, Property, Structured, Target, TypeDef, TypeId, TypeKind,
    TypeRef,
};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// One side of the comparison: a model with its Rust names.
pub struct Side<'m> {
    pub names: RustNames<'m>,
    ids: HashMap<&'m str, TypeId>,
    /// What is addressable, with the capabilities the builders follow.
    addressing: Addressing,
    paths: Paths,
}

impl<'m> Side<'m> {
    pub fn new(model: &'m Model, rust_root: &str) -> Self {
        Side {
            names: RustNames::new(model, rust_root),
            ids: model
                .types
                .iter()
                .enumerate()
                .map(|(i, t)| (t.qualified.as_str(), i))
                .collect(),
            addressing: addressing::compute(model),
            paths: Paths::new(rust_root),
        }
    }

    fn m(&self) -> &'m Model {
        self.names.model()
    }

    fn id(&self, qualified: &str) -> Option<TypeId> {
        self.ids.get(qualified).copied()
    }

    fn ty(&self, id: TypeId) -> &'m TypeDef {
        &self.m().types[id]
    }

    fn qualified(&self, id: TypeId) -> &'m str {
        &self.m().types[id].qualified
    }
}

fn kind_word(t: &TypeDef) -> &'static str {
    match t.kind {
        TypeKind::Entity(_) => "entity",
        TypeKind::Complex(_) => "complex",
        TypeKind::Enum(_) => "enum",
        TypeKind::Definition(_) => "type definition",
    }
}

fn doc_text(d: &Docs) -> Option<String> {
    let text = [&d.description, &d.long_description]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n\n");
    (!text.is_empty()).then_some(text)
}

fn nav_word(p: &Property) -> &'static str {
    match &p.navigation {
        Some(n) if n.contains_target => "containment navigation property",
        Some(_) => "navigation property",
        None => "property",
    }
}

fn nullable_word(nullable: bool) -> &'static str {
    if nullable { "nullable" } else { "not nullable" }
}

/// Whether the elements both lists share appear in a different relative order.
fn order_changed(old: &[&str], new: &[&str]) -> Option<(String, String)> {
    let o: HashSet<&str> = old.iter().copied().collect();
    let n: HashSet<&str> = new.iter().copied().collect();
    let a: Vec<&str> = old.iter().copied().filter(|x| n.contains(x)).collect();
    let b: Vec<&str> = new.iter().copied().filter(|x| o.contains(x)).collect();
    (a != b).then(|| (a.join(", "), b.join(", ")))
}

/// Push a change after classifying it.
fn push(out: &mut Vec<Change>, mut c: Change) {
    classify(&mut c);
    out.push(c);
}

/// Every namespace with at least one change, sorted by name.
pub fn compare(old: &Side, new: &Side) -> Vec<NamespaceChanges> {
    let mut namespaces: BTreeMap<&str, (Option<usize>, Option<usize>)> = BTreeMap::new();
    for (i, n) in old.m().namespaces.iter().enumerate() {
        namespaces.entry(&n.name).or_default().0 = Some(i);
    }
    for (i, n) in new.m().namespaces.iter().enumerate() {
        namespaces.entry(&n.name).or_default().1 = Some(i);
    }
    let mut out = Vec::new();
    for (name, (o_ns, n_ns)) in namespaces {
        let rust_module = match (o_ns, n_ns) {
            (_, Some(n)) => new.names.module(n),
            (Some(o), None) => old.names.module(o),
            (None, None) => continue,
        };
        let ns = NamespaceChanges {
            namespace: name.to_string(),
            rust_module,
            types: namespace_types(old, o_ns, new, n_ns),
            operations: namespace_operations(old, o_ns, new, n_ns),
            container: namespace_container(old, o_ns, new, n_ns),
            requests: namespace_requests(old, o_ns, new, n_ns),
        };
        if !(ns.types.is_empty()
            && ns.operations.is_empty()
            && ns.container.is_empty()
            && ns.requests.is_empty())
        {
            out.push(ns);
        }
    }
    out
}

fn namespace_types(
    old: &Side,
    o_ns: Option<usize>,
    new: &Side,
    n_ns: Option<usize>,
) -> Vec<TypeChanges> {
    let mut names: BTreeMap<&str, (Option<TypeId>, Option<TypeId>)> = BTreeMap::new();
    for &id in o_ns.map_or(&[][..], |i| &old.m().namespaces[i].types) {
        names.entry(&old.ty(id).name).or_default().0 = Some(id);
    }
    for &id in n_ns.map_or(&[][..], |i| &new.m().namespaces[i].types) {
        names.entry(&new.ty(id).name).or_default().1 = Some(id);
    }
    let base_of = |side: &Side, id: TypeId| {
        side.ty(id)
            .structured()
            .and_then(|s| s.base)
            .map(|b| side.qualified(b).to_string())
    };
    let mut out = Vec::new();
    for (_, ids) in names {
        let group = match ids {
            (None, Some(n)) => {
                let t = new.ty(n);
                let mut c = Change::new(K::TypeAdded, "");
                c.rust_path = Some(new.names.type_path(n));
                let mut changes = Vec::new();
                push(&mut changes, c);
                TypeChanges {
                    qualified: t.qualified.clone(),
                    kind: kind_word(t),
                    status: Status::Added,
                    rust_path: new.names.type_path(n),
                    base: base_of(new, n),
                    breaking: false,
                    changes,
                }
            }
            (Some(o), None) => {
                let t = old.ty(o);
                let mut c = Change::new(K::TypeRemoved, "");
                c.rust_path = Some(old.names.type_path(o));
                let mut changes = Vec::new();
                push(&mut changes, c);
                TypeChanges {
                    qualified: t.qualified.clone(),
                    kind: kind_word(t),
                    status: Status::Removed,
                    rust_path: old.names.type_path(o),
                    base: base_of(old, o),
                    breaking: true,
                    changes,
                }
            }
            (Some(o), Some(n)) => {
                let changes = compare_type(old, o, new, n);
                if changes.is_empty() {
                    continue;
                }
                let t = new.ty(n);
                TypeChanges {
                    qualified: t.qualified.clone(),
                    kind: kind_word(t),
                    status: Status::Changed,
                    rust_path: new.names.type_path(n),
                    base: None,
                    breaking: changes.iter().any(|c| c.breaking),
                    changes,
                }
            }
            (None, None) => continue,
        };
        out.push(group);
    }
    out
}

/// All changes of one type present on both sides.
fn compare_type(o: &Side, oid: TypeId, n: &Side, nid: TypeId) -> Vec<Change> {
    let (ot, nt) = (o.ty(oid), n.ty(nid));
    let mut out = Vec::new();
    let path = n.names.type_path(nid);
    let (old_path, new_path) = (o.names.type_path(oid), path.clone());
    if old_path != new_path {
        let mut c = Change::new(K::TypeRustPathChanged, "");
        c.rust_path = Some(path.clone());
        c.rust_old = Some(old_path);
        c.rust_new = Some(new_path);
        push(&mut out, c);
    }
    let kinds = (kind_word(ot), kind_word(nt));
    if kinds.0 != kinds.1 {
        let mut c = Change::new(K::TypeKindChanged, "");
        c.rust_path = Some(path.clone());
        c.old = Some(format!("{} type", kinds.0));
        c.new = Some(format!("{} type", kinds.1));
        if kinds.0 == "enum" || kinds.1 == "enum" {
            c.fact = Fact::EnumVersusStruct;
            push(&mut out, c);
            return out;
        }
        push(&mut out, c);
    }
    let (od, nd) = (doc_text(&ot.docs), doc_text(&nt.docs));
    if od != nd {
        let mut c = Change::new(K::TypeDocChanged, "");
        c.rust_path = Some(path.clone());
        c.old = od;
        c.new = nd;
        push(&mut out, c);
    }
    match (&ot.kind, &nt.kind) {
        (TypeKind::Enum(a), TypeKind::Enum(b)) => compare_enum(o, oid, a, n, nid, b, &mut out),
        (
            TypeKind::Entity(a) | TypeKind::Complex(a),
            TypeKind::Entity(b) | TypeKind::Complex(b),
        ) => compare_struct(o, oid, a, n, nid, b, &mut out),
        _ => {}
    }
    out
}

fn compare_struct(
    o: &Side,
    oid: TypeId,
    os: &Structured,
    n: &Side,
    nid: TypeId,
    ns: &Structured,
    out: &mut Vec<Change>,
) {
    let path = n.names.type_path(nid);
    let flag = |b: bool| if b { "yes" } else { "no" }.to_string();
    for (item, a, b) in [
        ("abstract", flag(os.is_abstract), flag(ns.is_abstract)),
        ("open type", flag(os.open_type), flag(ns.open_type)),
        ("has stream", flag(os.has_stream), flag(ns.has_stream)),
        ("key", key_text(&os.key), key_text(&ns.key)),
    ] {
        if a != b {
            let mut c = Change::new(K::TypeShapeChanged, item);
            c.rust_path = Some(path.clone());
            c.old = Some(a);
            c.new = Some(b);
            push(out, c);
        }
    }

    // Base type.
    let (ob, nb) = (
        os.base.map(|b| o.qualified(b)),
        ns.base.map(|b| n.qualified(b)),
    );
    if ob != nb {
        let new_names: HashSet<&str> = ns.properties.iter().map(|p| p.name.as_str()).collect();
        let lost: Vec<String> = os
            .properties
            .iter()
            .filter(|p| p.declared_in != oid && !new_names.contains(p.name.as_str()))
            .map(|p| p.rust_name.clone())
            .collect();
        let mut c = Change::new(K::BaseTypeChanged, "");
        c.rust_path = Some(path.clone());
        c.old = Some(ob.unwrap_or("(none)").to_string());
        c.new = Some(nb.unwrap_or("(none)").to_string());
        c.fact = Fact::LostFields(lost);
        push(out, c);
    }

    // Polymorphic enum: derived types and their variants.
    let od: BTreeSet<&str> = os.derived.iter().map(|&d| o.qualified(d)).collect();
    let nd: BTreeSet<&str> = ns.derived.iter().map(|&d| n.qualified(d)).collect();
    for q in nd.difference(&od) {
        let d = n.id(q).unwrap_or_default();
        let mut c = Change::new(K::DerivedTypeAdded, *q);
        c.rust_path = n.names.poly_variant_path(nid, d);
        c.rust_new = Some(n.names.type_path(d));
        if od.is_empty() {
            c.fact = Fact::FirstDerived(ns.poly_name.clone().unwrap_or_default());
        }
        push(out, c);
    }
    for q in od.difference(&nd) {
        let d = o.id(q).unwrap_or_default();
        let mut c = Change::new(K::DerivedTypeRemoved, *q);
        c.rust_path = o.names.poly_variant_path(oid, d);
        c.rust_old = Some(o.names.type_path(d));
        if nd.is_empty() {
            c.fact = Fact::LastDerived(os.poly_name.clone().unwrap_or_default());
        }
        push(out, c);
    }
    if let (Some(op), Some(np)) = (o.names.poly_path(oid), n.names.poly_path(nid)) {
        if op != np {
            let mut c = Change::new(K::PolyEnumRenamed, "");
            c.rust_path = Some(np.clone());
            c.rust_old = Some(op);
            c.rust_new = Some(np);
            push(out, c);
        }
        // Every variant on both sides: name and boxed type as emitted.
        let members = std::iter::once(o.qualified(oid)).chain(od.intersection(&nd).copied());
        for q in members {
            let (Some(a), Some(b)) = (o.id(q), n.id(q)) else {
                continue;
            };
            let ov = (o.names.poly_variant_path(oid, a), o.names.type_path(a));
            let nv = (n.names.poly_variant_path(nid, b), n.names.type_path(b));
            if ov != nv {
                let mut c = Change::new(K::DerivedVariantChanged, q);
                c.rust_path = nv.0.clone();
                c.rust_old = Some(format!("{}({})", ov.0.unwrap_or_default(), ov.1));
                c.rust_new = Some(format!("{}({})", nv.0.unwrap_or_default(), nv.1));
                push(out, c);
            }
        }
    }

    // Field order (of the fields both sides have).
    let on: Vec<&str> = os.properties.iter().map(|p| p.name.as_str()).collect();
    let nn: Vec<&str> = ns.properties.iter().map(|p| p.name.as_str()).collect();
    if let Some((a, b)) = order_changed(&on, &nn) {
        let mut c = Change::new(K::FieldOrderChanged, "");
        c.rust_path = Some(path.clone());
        c.old = Some(a);
        c.new = Some(b);
        push(out, c);
    }

    // Properties, flattened.
    let old_by: HashMap<&str, &Property> =
        os.properties.iter().map(|p| (p.name.as_str(), p)).collect();
    let inherited = |side: &Side, id: TypeId, p: &Property| {
        (p.declared_in != id).then(|| side.qualified(p.declared_in).to_string())
    };
    for p in &ns.properties {
        let inh = inherited(n, nid, p);
        match old_by.get(p.name.as_str()) {
            None => {
                let mut c = Change::new(K::PropertyAdded, &p.name);
                c.rust_path = Some(n.names.field_path(nid, p));
                c.new = Some(n.names.csdl_type(&p.ty));
                c.rust_new = Some(n.names.field_type(p));
                c.inherited_from = inh;
                c.navigation = p.navigation.is_some();
                push(out, c);
            }
            Some(q) => compare_property(o, q, n, nid, p, inh, out),
        }
    }
    for q in &os.properties {
        if !nn.contains(&q.name.as_str()) {
            let mut c = Change::new(K::PropertyRemoved, &q.name);
            c.rust_path = Some(o.names.field_path(oid, q));
            c.old = Some(o.names.csdl_type(&q.ty));
            c.rust_old = Some(o.names.field_type(q));
            c.inherited_from = inherited(o, oid, q);
            c.navigation = q.navigation.is_some();
            push(out, c);
        }
    }
}

fn key_text(key: &[String]) -> String {
    if key.is_empty() {
        "(none)".into()
    } else {
        key.join(", ")
    }
}

/// Why the Rust type of a reference changed while its CSDL type did not.
fn rust_type_reason(o: &Side, a: &TypeRef, n: &Side, b: &TypeRef) -> Option<String> {
    let (Target::Type(x), Target::Type(y)) = (a.target, b.target) else {
        return None;
    };
    let (tx, ty) = (o.ty(x), n.ty(y));
    let poly = |t: &TypeDef| t.structured().is_some_and(|s| s.poly_name.is_some());
    let flags = |t: &TypeDef| matches!(&t.kind, TypeKind::Enum(e) if e.is_flags);
    Some(match () {
        _ if !poly(tx) && poly(ty) => format!("`{}` gained its first derived type", ty.name),
        _ if poly(tx) && !poly(ty) => format!("`{}` lost its last derived type", ty.name),
        _ if flags(tx) != flags(ty) => {
            format!("`{}` changed between flags and plain enum", ty.name)
        }
        _ => format!("`{}` has another Rust path", ty.name),
    })
}

fn compare_property(
    o: &Side,
    q: &Property,
    n: &Side,
    nid: TypeId,
    p: &Property,
    inh: Option<String>,
    out: &mut Vec<Change>,
) {
    let field = n.names.field_path(nid, p);
    let make = |kind: K| {
        let mut c = Change::new(kind, &p.name);
        c.rust_path = Some(field.clone());
        c.inherited_from = inh.clone();
        c.navigation = p.navigation.is_some();
        c
    };
    if q.rust_name != p.rust_name {
        let mut c = make(K::PropertyRustNameChanged);
        c.old = Some(q.rust_name.clone());
        c.new = Some(p.rust_name.clone());
        push(out, c);
    }
    let (oc, nc) = (o.names.csdl_type(&q.ty), n.names.csdl_type(&p.ty));
    let (or, nr) = (o.names.field_type(q), n.names.field_type(p));
    let kind = if q.ty.collection != p.ty.collection {
        Some(K::PropertyCollectionChanged)
    } else if oc != nc {
        Some(K::PropertyTypeChanged)
    } else if or != nr {
        Some(K::PropertyRustTypeChanged)
    } else {
        None
    };
    if let Some(kind) = kind {
        let mut c = make(kind);
        if kind == K::PropertyRustTypeChanged
            && let Some(why) = rust_type_reason(o, &q.ty, n, &p.ty)
        {
            c.fact = Fact::Why(why);
        }
        c.old = Some(oc);
        c.new = Some(nc);
        c.rust_old = Some(or);
        c.rust_new = Some(nr);
        push(out, c);
    }
    if q.nullable != p.nullable {
        let mut c = make(K::PropertyNullabilityChanged);
        c.old = Some(nullable_word(q.nullable).into());
        c.new = Some(nullable_word(p.nullable).into());
        push(out, c);
    }
    if nav_word(q) != nav_word(p) {
        let mut c = make(K::PropertyNavigationChanged);
        c.old = Some(nav_word(q).into());
        c.new = Some(nav_word(p).into());
        push(out, c);
    }
    let (od, nd) = (doc_text(&q.docs), doc_text(&p.docs));
    if od != nd {
        let mut c = make(K::PropertyDocChanged);
        c.old = od;
        c.new = nd;
        push(out, c);
    }
}

#[allow(clippy::too_many_arguments)]
fn compare_enum(
    o: &Side,
    oid: TypeId,
    oe: &EnumDef,
    n: &Side,
    nid: TypeId,
    ne: &EnumDef,
    out: &mut Vec<Change>,
) {
    let path = n.names.type_path(nid);
    if oe.is_flags != ne.is_flags {
        let word = |f: bool| if f { "flags" } else { "not flags" }.to_string();
        let mut c = Change::new(K::FlagsChanged, "");
        c.rust_path = Some(path.clone());
        c.old = Some(word(oe.is_flags));
        c.new = Some(word(ne.is_flags));
        push(out, c);
    }
    if oe.fallback_variant != ne.fallback_variant {
        let mut c = Change::new(K::FallbackVariantRenamed, "");
        c.rust_path = Some(n.names.variant_path(nid, &ne.fallback_variant));
        c.rust_old = Some(o.names.variant_path(oid, &oe.fallback_variant));
        c.rust_new = c.rust_path.clone();
        push(out, c);
    }
    let on: Vec<&str> = oe.members.iter().map(|m| m.name.as_str()).collect();
    let nn: Vec<&str> = ne.members.iter().map(|m| m.name.as_str()).collect();
    if let Some((a, b)) = order_changed(&on, &nn) {
        let mut c = Change::new(K::MemberOrderChanged, "");
        c.rust_path = Some(path.clone());
        c.old = Some(a);
        c.new = Some(b);
        push(out, c);
    }
    let old_by: HashMap<&str, _> = oe.members.iter().map(|m| (m.name.as_str(), m)).collect();
    for m in &ne.members {
        let vpath = n.names.variant_path(nid, &m.rust_name);
        let Some(x) = old_by.get(m.name.as_str()) else {
            let mut c = Change::new(K::MemberAdded, &m.name);
            c.rust_path = Some(vpath);
            c.new = Some(m.value.to_string());
            push(out, c);
            continue;
        };
        if x.rust_name != m.rust_name {
            let mut c = Change::new(K::MemberRustNameChanged, &m.name);
            c.rust_path = Some(vpath.clone());
            c.rust_old = Some(o.names.variant_path(oid, &x.rust_name));
            c.rust_new = Some(vpath.clone());
            push(out, c);
        }
        if x.value != m.value {
            let mut c = Change::new(K::MemberValueChanged, &m.name);
            c.rust_path = Some(vpath.clone());
            c.old = Some(x.value.to_string());
            c.new = Some(m.value.to_string());
            push(out, c);
        }
        // Enum variants carry the description only.
        if x.docs.description != m.docs.description {
            let mut c = Change::new(K::MemberDocChanged, &m.name);
            c.rust_path = Some(vpath);
            c.old = x.docs.description.clone();
            c.new = m.docs.description.clone();
            push(out, c);
        }
    }
    for x in &oe.members {
        if !nn.contains(&x.name.as_str()) {
            let mut c = Change::new(K::MemberRemoved, &x.name);
            c.rust_path = Some(o.names.variant_path(oid, &x.rust_name));
            c.old = Some(x.value.to_string());
            push(out, c);
        }
    }
}

/// (name, is_action, binding type) identifies an operation up to overloads
/// on other parameters.
type OpKey = (String, bool, Option<String>);

fn op_key(side: &Side, op: &Operation) -> OpKey {
    let binding = op
        .is_bound
        .then(|| op.parameters.first().map(|p| side.names.csdl_type(&p.ty)))
        .flatten();
    (op.name.clone(), op.is_action, binding)
}

fn param_names(op: &Operation) -> Vec<&str> {
    op.parameters.iter().map(|p| p.name.as_str()).collect()
}

fn namespace_operations(
    old: &Side,
    o_ns: Option<usize>,
    new: &Side,
    n_ns: Option<usize>,
) -> Vec<OperationChanges> {
    type Overloads<'a> = (Vec<&'a Operation>, Vec<&'a Operation>);
    let mut by_key: BTreeMap<OpKey, Overloads> = BTreeMap::new();
    for op in old
        .m()
        .operations
        .iter()
        .filter(|op| Some(op.namespace) == o_ns)
    {
        by_key.entry(op_key(old, op)).or_default().0.push(op);
    }
    for op in new
        .m()
        .operations
        .iter()
        .filter(|op| Some(op.namespace) == n_ns)
    {
        by_key.entry(op_key(new, op)).or_default().1.push(op);
    }
    let mut out = Vec::new();
    for ((_, is_action, binding), (mut olds, mut news)) in by_key {
        // Pair overloads: same parameter names first, then a lone pair.
        let mut pairs: Vec<(Option<&Operation>, Option<&Operation>)> = Vec::new();
        news.retain(
            |b| match olds.iter().position(|a| param_names(a) == param_names(b)) {
                Some(i) => {
                    pairs.push((Some(olds.remove(i)), Some(b)));
                    false
                }
                None => true,
            },
        );
        if olds.len() == 1 && news.len() == 1 {
            pairs.push((olds.pop(), news.pop()));
        }
        pairs.extend(olds.into_iter().map(|a| (Some(a), None)));
        pairs.extend(news.into_iter().map(|b| (None, Some(b))));
        pairs.sort_by_key(|(a, b)| b.or(*a).map(param_names));
        for pair in pairs {
            let (status, changes, qualified) = match pair {
                (Some(a), Some(b)) => {
                    let changes = compare_operation(old, a, new, b);
                    if changes.is_empty() {
                        continue;
                    }
                    (Status::Changed, changes, &b.qualified)
                }
                (None, Some(b)) => {
                    let mut v = Vec::new();
                    push(&mut v, Change::new(K::OperationAdded, ""));
                    (Status::Added, v, &b.qualified)
                }
                (Some(a), None) => {
                    let mut v = Vec::new();
                    push(&mut v, Change::new(K::OperationRemoved, ""));
                    (Status::Removed, v, &a.qualified)
                }
                (None, None) => continue,
            };
            out.push(OperationChanges {
                qualified: qualified.clone(),
                kind: if is_action { "action" } else { "function" },
                bound_to: binding.clone(),
                status,
                breaking: changes.iter().any(|c| c.breaking),
                changes,
            });
        }
    }
    out
}

fn compare_operation(o: &Side, a: &Operation, n: &Side, b: &Operation) -> Vec<Change> {
    let mut out = Vec::new();
    let old_by: HashMap<&str, _> = a.parameters.iter().map(|p| (p.name.as_str(), p)).collect();
    for p in &b.parameters {
        let Some(q) = old_by.get(p.name.as_str()) else {
            let mut c = Change::new(K::ParameterAdded, &p.name);
            c.new = Some(n.names.csdl_type(&p.ty));
            c.rust_new = Some(n.names.rust_type(&p.ty));
            if p.optional {
                c.fact = Fact::Optional;
            }
            push(&mut out, c);
            continue;
        };
        let (oc, nc) = (o.names.csdl_type(&q.ty), n.names.csdl_type(&p.ty));
        let (or, nr) = (o.names.rust_type(&q.ty), n.names.rust_type(&p.ty));
        if oc != nc || or != nr {
            let mut c = Change::new(K::ParameterTypeChanged, &p.name);
            c.old = Some(oc);
            c.new = Some(nc);
            c.rust_old = Some(or);
            c.rust_new = Some(nr);
            push(&mut out, c);
        }
        if q.nullable != p.nullable {
            let mut c = Change::new(K::ParameterNullabilityChanged, &p.name);
            c.old = Some(nullable_word(q.nullable).into());
            c.new = Some(nullable_word(p.nullable).into());
            push(&mut out, c);
        }
    }
    let new_names = param_names(b);
    for q in &a.parameters {
        if !new_names.contains(&q.name.as_str()) {
            let mut c = Change::new(K::ParameterRemoved, &q.name);
            c.old = Some(o.names.csdl_type(&q.ty));
            c.rust_old = Some(o.names.rust_type(&q.ty));
            push(&mut out, c);
        }
    }
    let ret = |side: &Side, r: &Option<(TypeRef, bool)>| {
        r.as_ref().map(|(t, nullable)| {
            let csdl = side.names.csdl_type(t);
            let text = if *nullable {
                csdl
            } else {
                format!("{csdl} (not nullable)")
            };
            (text, side.names.rust_type(t))
        })
    };
    let (or, nr) = (ret(o, &a.return_type), ret(n, &b.return_type));
    if or != nr {
        let mut c = Change::new(K::ReturnTypeChanged, "");
        c.old = or.as_ref().map(|r| r.0.clone());
        c.new = nr.as_ref().map(|r| r.0.clone());
        c.rust_old = or.map(|r| r.1);
        c.rust_new = nr.map(|r| r.1);
        push(&mut out, c);
    }
    out
}

/// Namespace `ns` of `side` holds the entity container (the root namespace, the one
/// without a module).
fn holds_container(side: &Side, ns: Option<usize>) -> bool {
    ns.is_some_and(|i| side.m().namespaces[i].module.is_none()) && side.m().container.is_some()
}

/// Entity sets and singletons, reported with the namespace of the container.
fn namespace_container(
    old: &Side,
    o_ns: Option<usize>,
    new: &Side,
    n_ns: Option<usize>,
) -> Vec<Change> {
    if !holds_container(old, o_ns) && !holds_container(new, n_ns) {
        return Vec::new();
    }
    let empty = Default::default();
    let oc = old
        .m()
        .container
        .as_ref()
        .filter(|_| holds_container(old, o_ns))
        .unwrap_or(&empty);
    let nc = new
        .m()
        .container
        .as_ref()
        .filter(|_| holds_container(new, n_ns))
        .unwrap_or(&empty);
    let mut out = Vec::new();
    for (olds, news, kinds) in [
        (
            &oc.entity_sets,
            &nc.entity_sets,
            [
                K::EntitySetAdded,
                K::EntitySetRemoved,
                K::EntitySetTypeChanged,
            ],
        ),
        (
            &oc.singletons,
            &nc.singletons,
            [
                K::SingletonAdded,
                K::SingletonRemoved,
                K::SingletonTypeChanged,
            ],
        ),
    ] {
        let mut names: BTreeMap<&str, (Option<TypeId>, Option<TypeId>)> = BTreeMap::new();
        for e in olds {
            names.entry(&e.name).or_default().0 = Some(e.entity_type);
        }
        for e in news {
            names.entry(&e.name).or_default().1 = Some(e.entity_type);
        }
        for (name, ids) in names {
            let c = match ids {
                (None, Some(b)) => {
                    let mut c = Change::new(kinds[0], name);
                    c.rust_path = Some(new.names.type_path(b));
                    c.new = Some(new.qualified(b).to_string());
                    c
                }
                (Some(a), None) => {
                    let mut c = Change::new(kinds[1], name);
                    c.rust_path = Some(old.names.type_path(a));
                    c.old = Some(old.qualified(a).to_string());
                    c
                }
                (Some(a), Some(b)) => {
                    let (pa, pb) = (old.names.type_path(a), new.names.type_path(b));
                    if old.qualified(a) == new.qualified(b) && pa == pb {
                        continue;
                    }
                    let mut c = Change::new(kinds[2], name);
                    c.rust_path = Some(pb.clone());
                    c.old = Some(old.qualified(a).to_string());
                    c.new = Some(new.qualified(b).to_string());
                    c.rust_old = Some(pa);
                    c.rust_new = Some(pb);
                    c
                }
                (None, None) => continue,
            };
            push(&mut out, c);
        }
    }
    out
}

/// The requests an edge's capabilities allow, as its builders name them: `list`/`get`
/// always, then `create`, `$count` and `by_id` (collections), `update` (and `update by
/// PUT` where its method is `PUT`), `delete` and `$ref`.
fn calls(e: &Edge) -> Vec<&'static str> {
    let mut out = vec![if e.collection { "list" } else { "get" }];
    if e.collection {
        for (allowed, word) in [
            (e.caps & INSERT != 0, "create"),
            (e.caps & NO_COUNT == 0, "$count"),
            (e.caps & NO_KEY == 0, "by_id"),
        ] {
            if allowed {
                out.push(word);
            }
        }
    }
    for (bit, word) in [
        (UPDATE, "update"),
        (UPDATE_PUT, "update by PUT"),
        (DELETE, "delete"),
        (REF, "$ref"),
    ] {
        if e.caps & bit != 0 {
            out.push(word);
        }
    }
    out
}

/// A change of what an edge allows, or `None` when its requests are the same.
fn requests_change(item: String, rust_path: String, a: &Edge, b: &Edge) -> Option<Change> {
    let (was, is) = (calls(a), calls(b));
    if was == is {
        return None;
    }
    let mut c = Change::new(K::RequestsChanged, item);
    c.rust_path = Some(rust_path);
    c.fact = Fact::LostCalls(
        was.iter()
            .filter(|w| !is.contains(w))
            .map(|w| w.to_string())
            .collect(),
    );
    c.old = Some(was.join(", "));
    c.new = Some(is.join(", "));
    Some(c)
}

/// What the Capabilities annotations allow, compared: through the entity sets and
/// singletons (with the container's namespace) and through the navigation properties
/// of the namespace's entity types present on both sides. Edges added or removed are
/// reported as entity sets, singletons or properties; here only what stays.
fn namespace_requests(
    old: &Side,
    o_ns: Option<usize>,
    new: &Side,
    n_ns: Option<usize>,
) -> Vec<Change> {
    let mut out = Vec::new();
    if holds_container(old, o_ns) && holds_container(new, n_ns) {
        let roots = |side: &Side| -> BTreeMap<String, Edge> {
            side.addressing
                .roots
                .iter()
                .filter(|e| matches!(e.kind, EdgeKind::EntitySet | EdgeKind::Singleton))
                .map(|e| (e.name.clone(), e.clone()))
                .collect()
        };
        let (a, b) = (roots(old), roots(new));
        let api = format!("{}::requests::Api", new.paths.root_text());
        for (name, ea) in &a {
            if let Some(eb) = b.get(name)
                && let Some(c) = requests_change(name.clone(), api.clone(), ea, eb)
            {
                push(&mut out, c);
            }
        }
    }
    let (Some(o_ns), Some(n_ns)) = (o_ns, n_ns) else {
        return out;
    };
    let navigations = |side: &Side, id: TypeId| -> BTreeMap<String, Edge> {
        side.addressing
            .declared
            .get(&id)
            .into_iter()
            .flatten()
            .filter(|e| matches!(e.kind, EdgeKind::Navigation { .. }))
            .map(|e| (e.name.clone(), e.clone()))
            .collect()
    };
    let mut types: Vec<(&str, TypeId, TypeId)> = new
        .m()
        .types
        .iter()
        .enumerate()
        .filter(|(_, t)| t.namespace == n_ns && matches!(t.kind, TypeKind::Entity(_)))
        .filter_map(|(nid, t)| {
            let oid = old.id(&t.qualified)?;
            (old.ty(oid).namespace == o_ns).then_some((t.qualified.as_str(), oid, nid))
        })
        .collect();
    types.sort();
    for (qualified, oid, nid) in types {
        let (a, b) = (navigations(old, oid), navigations(new, nid));
        let rust_path = path_type(new.m(), &new.paths, nid);
        for (name, ea) in &a {
            if let Some(eb) = b.get(name)
                && let Some(c) =
                    requests_change(format!("{qualified}/{name}"), rust_path.clone(), ea, eb)
            {
                push(&mut out, c);
            }
        }
    }
    out
}
