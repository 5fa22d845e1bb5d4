//! One Rust struct per entity or complex type: every property (inherited
//! ones flattened in) as an `rt::Field`, plus `extra` for unknown properties
//! and instance annotations. The struct gives the runtime (`rt::Object`) its
//! member names as a constant table, a `match` from member index to field for
//! reading, and its fields in order for writing and `Debug`; `Clone` and
//! `PartialEq` are derived; `rt::impl_setters!` adds a chainable `with_{field}` setter
//! per property.

use super::docs;
use super::rust_type::Paths;
use super::text::{self, Ctx, Item, str_lit};
use crate::model::{Model, Property, Structured, Target, TypeDef, TypeId};

/// The length `KEYS_JSON` entries are padded to: the runtime's writer copies 32 bytes from
/// the comma or 32 bytes after it (`msgraph_core::object::Fields`).
const KEY_ROOM: usize = 33;

/// The struct of an entity or complex type and its impls, as text, one item each;
/// `head` is its gate and rustdoc.
pub fn emit(
    model: &Model,
    paths: &Paths,
    id: TypeId,
    t: &TypeDef,
    s: &Structured,
    head: &Head,
) -> Result<Vec<String>, syn::Error> {
    let shape = Shape {
        name: &t.rust_name,
        qualified: &t.qualified,
        properties: &s.properties,
        held_boxed: s.held_boxed,
    };
    object(model, paths, Some(id), head, shape)
}

/// What a struct written by [`object`] holds: its Rust `name`, the JSON object's type name
/// (in errors and registries) `qualified`, its `properties` as fields, and whether some
/// property holds it in a `Box` (`held_boxed`).
#[derive(Clone, Copy)]
pub struct Shape<'a> {
    pub name: &'a str,
    pub qualified: &'a str,
    pub properties: &'a [Property],
    pub held_boxed: bool,
}

/// What goes on top of a generated type: its rustdoc lines, its gate (on each of its
/// items; may be empty) and the line naming the features enabling it (a paragraph
/// after the rustdoc).
pub struct Head {
    pub doc: Vec<String>,
    pub gate: String,
    pub features: Option<String>,
}

impl Head {
    /// The gate, rustdoc and features line of the type's main item.
    pub fn write(&self, item: &mut Item) {
        let features = |item: &mut Item| {
            if let Some(f) = &self.features {
                item.doc_paragraph(0, f);
            }
        };
        if self.doc.is_empty() {
            features(item);
        }
        item.attr(0, &self.gate);
        item.docs(0, &self.doc);
        if !self.doc.is_empty() {
            features(item);
        }
    }
}

/// The gate of a navigation property whose target may be missing when the owner
/// exists (per-area features); empty for other properties.
pub(super) fn field_gate(paths: &Paths, owner: Option<TypeId>, p: &Property) -> String {
    match (owner, &p.navigation, p.ty.target) {
        (Some(o), Some(_), Target::Type(t)) => paths.gate_within_attr(o, t),
        _ => String::new(),
    }
}

/// The rustdoc paragraph (a blank line, then the features) of a property gated by
/// [`field_gate`], at `depth`; nothing for other properties.
pub(super) fn field_features_doc(
    item: &mut Item,
    depth: usize,
    paths: &Paths,
    owner: Option<TypeId>,
    p: &Property,
) {
    if let (Some(o), Some(_), Target::Type(t)) = (owner, &p.navigation, p.ty.target)
        && let Some(line) = paths.features_doc_within(o, t)
    {
        item.doc_paragraph(depth, &line);
    }
}

/// `gate` and `s` on one line (prettyplease's way with a statement's attributes).
fn gated_stmt(gate: &str, s: &str) -> String {
    if gate.is_empty() {
        s.to_string()
    } else {
        format!("{gate} {s}")
    }
}

/// The struct of `shape`, readable and writable as a JSON object, and its impls, as text,
/// one item each. Also used for the parameters of actions.
pub fn object(
    model: &Model,
    paths: &Paths,
    owner: Option<TypeId>,
    head: &Head,
    shape: Shape<'_>,
) -> Result<Vec<String>, syn::Error> {
    let Shape {
        name,
        qualified,
        properties,
        held_boxed,
    } = shape;
    let gate = head.gate.as_str();
    let gates: Vec<String> = properties
        .iter()
        .map(|p| field_gate(paths, owner, p))
        .collect();
    // The `T` of each field's `rt::Field<T>` (for the struct and the setters).
    let values: Vec<String> = properties
        .iter()
        .map(|p| paths.field_value_type_text(model, p))
        .collect();
    let mut items = Vec::with_capacity(7);

    let mut it = Item::new();
    head.write(&mut it);
    // `Debug` and `PartialEq` come from `rt::impl_object!`, over `visit_fields`; reading and
    // writing JSON from the runtime's one implementation for generated types.
    it.line(0, "#[derive(Clone)]");
    it.fit(Ctx::Other(0), &format!("pub struct {name} {{"));
    for ((p, g), value) in properties.iter().zip(&gates).zip(&values) {
        it.docs(1, &docs::for_property(model, p));
        field_features_doc(&mut it, 1, paths, owner, p);
        it.attr(1, g);
        it.generic_field(&format!("pub {}: rt::Field", p.rust_name), value);
    }
    it.line(
        1,
        "/// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.",
    );
    it.line(1, "pub extra: rt::Extra,");
    it.line(0, "}");
    items.push(it.finish()?);

    // `Default` is written out: the derived one would call `Field::<T>::default()`, one
    // more function per field type in the build.
    let mut it = text::default_impl_head(gate, name);
    it.line(2, "Self {");
    for (p, g) in properties.iter().zip(&gates) {
        it.attr(3, g);
        it.fit(
            Ctx::LitField,
            &format!("{}: rt::Field::Absent,", p.rust_name),
        );
    }
    it.line(3, "extra: ::std::default::Default::default(),");
    it.line(2, "}");
    it.line(1, "}");
    it.line(0, "}");
    items.push(it.finish()?);

    // Parameter names no field uses (no properties, or all of them gated) are allowed.
    let all_gated = gates.iter().all(|g| !g.is_empty());
    let unused = |it: &mut Item| {
        if all_gated {
            it.line(1, "#[allow(unused_variables)]");
        }
    };
    // One call `{callee}(args);` per property, each behind the property's gate.
    let body =
        |it: &mut Item, sig: &str, callee: &str, args: &dyn Fn(usize, &str) -> Vec<String>| {
            if properties.is_empty() {
                it.line(1, &format!("{sig} {{}}"));
                return;
            }
            it.line(1, &format!("{sig} {{"));
            for (i, (p, g)) in properties.iter().zip(&gates).enumerate() {
                let args = args(i, &p.rust_name);
                if g.is_empty() {
                    it.call_stmt(callee, &args);
                } else {
                    let call = format!("{callee}({});", args.join(", "));
                    it.fit(Ctx::Stmt, &gated_stmt(g, &call));
                }
            }
            it.line(1, "}");
        };
    let mut it = Item::new();
    it.attr(0, gate);
    it.trait_impl_head("rt::Object", None, name);
    it.line(
        1,
        &format!("const TYPE_NAME: &'static str = {};", str_lit(qualified)),
    );
    let keys: Vec<String> = properties.iter().map(|p| str_lit(&p.name)).collect();
    it.str_slice("KEYS", &keys);
    // `,"name":`, padded with spaces to `KEY_ROOM` bytes so that the writer copies a short
    // key as one fixed-size block (the reader rejects names JSON would have to escape, so
    // the key's own length is the name's plus 4).
    let keys_json: Vec<String> = properties
        .iter()
        .map(|p| {
            let key = format!(",\"{}\":", p.name);
            str_lit(&format!("{key:<width$}", width = KEY_ROOM))
        })
        .collect();
    it.str_slice("KEYS_JSON", &keys_json);
    it.line(
        1,
        &format!(
            "const TAG: &'static str = {};",
            str_lit(&format!("\"#{qualified}\""))
        ),
    );
    it.line(1, "#[inline]");
    unused(&mut it);
    body(
        &mut it,
        "fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>)",
        "v.field",
        &|i, f| vec![format!("{i}usize"), str_lit(f), format!("&self.{f}")],
    );
    it.line(0, "}");
    items.push(it.finish()?);

    // What the reading and writing loops call through `&dyn Members`.
    let mut it = Item::new();
    it.attr(0, gate);
    it.trait_impl_head("rt::object::Members", None, name);
    it.line(1, "#[inline]");
    unused(&mut it);
    it.line(
        1,
        "fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {",
    );
    it.line(2, "match i {");
    for (i, (p, g)) in properties.iter().zip(&gates).enumerate() {
        it.attr(3, g);
        it.arm(
            &format!("{i}usize"),
            &format!("self.{}.read_from(r)", p.rust_name),
        );
    }
    it.line(3, "_ => ::std::result::Result::Ok(false),");
    it.line(2, "}");
    it.line(1, "}");
    it.line(1, "#[inline]");
    unused(&mut it);
    body(
        &mut it,
        "fn write_fields(&self, w: &mut rt::object::Fields<'_>)",
        "w.field",
        &|i, f| vec![format!("{i}usize"), format!("&self.{f}")],
    );
    it.line(1, "#[inline]");
    it.line(1, "fn view(&self) -> (rt::object::Meta, &rt::Extra) {");
    it.line(2, "(<Self as rt::Object>::META, &self.extra)");
    it.line(1, "}");
    it.line(1, "#[inline]");
    it.line(1, "fn extra_mut_dyn(&mut self) -> &mut rt::Extra {");
    it.line(2, "&mut self.extra");
    it.line(1, "}");
    it.line(0, "}");
    items.push(it.finish()?);

    items.push(text::macro_call(
        gate,
        false,
        &format!("rt::impl_object!({name});"),
    )?);
    // `FromJson`/`ToJson` come from the runtime's one implementation for generated types
    // (`rt::generated`); `Box<Self>` needs its own where a property holds the type boxed.
    if held_boxed {
        items.push(text::macro_call(
            gate,
            false,
            &format!("rt::impl_boxed!({name});"),
        )?);
    }

    // Chainable setters, one macro line per property.
    items.extend(super::setters::emit(
        name, gate, properties, &gates, &values,
    )?);

    items.push(text::serde_bridge(gate, name)?);
    Ok(items)
}
