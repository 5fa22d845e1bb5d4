//! One Rust enum per CSDL enum type: a variant per member (including those
//! after `unknownFutureValue`) plus a fallback variant keeping unknown
//! strings, so values the metadata does not know yet round-trip. Members are
//! recognised exactly, then by case (`rt::StrEnum`).

use super::structs::Head;
use super::text::{self, Ctx, Item, str_lit};
use crate::model::{EnumDef, TypeDef};

/// The enum and its impls, as text, one item each; `head` is its gate and rustdoc.
pub fn emit(t: &TypeDef, e: &EnumDef, head: &Head) -> Result<Vec<String>, syn::Error> {
    let name = &t.rust_name;
    let gate = head.gate.as_str();
    let fallback = &e.fallback_variant;
    let mut items = Vec::with_capacity(4);

    let mut it = Item::new();
    head.write(&mut it);
    it.line(0, "#[derive(Clone, PartialEq, Eq, Hash, Debug)]");
    it.fit(Ctx::Other(0), &format!("pub enum {name} {{"));
    for m in &e.members {
        let mut lines = Vec::new();
        if let Some(d) = &m.docs.description {
            lines.extend(d.lines().map(str::to_string));
            lines.push(String::new());
        }
        lines.push(format!("`{}` (value {}).", m.name, m.value));
        it.docs(1, &lines);
        it.fit(Ctx::Variant, &format!("{},", m.rust_name));
    }
    it.line(
        1,
        "/// A value this version of the metadata does not define, kept as written.",
    );
    it.fit(Ctx::Variant, &format!("{fallback}(::std::string::String),"));
    it.line(0, "}");
    items.push(it.finish()?);

    let names: Vec<String> = e.members.iter().map(|m| str_lit(&m.name)).collect();
    let mut it = Item::new();
    it.attr(0, gate);
    it.trait_impl_head("rt::StrEnum", None, name);
    it.line(
        1,
        &format!("const TYPE_NAME: &'static str = {};", str_lit(&t.qualified)),
    );
    it.str_slice("MEMBERS", &names);
    it.line(1, "#[inline]");
    it.line(1, "fn from_known(s: &str) -> ::std::option::Option<Self> {");
    if names.is_empty() {
        it.line(2, "let _ = s;");
        it.line(2, "::std::option::Option::None");
    } else {
        it.line(2, "::std::option::Option::Some(");
        it.line(3, "match s {");
        for (m, lit) in e.members.iter().zip(&names) {
            it.fit(Ctx::Other(4), &format!("{lit} => Self::{},", m.rust_name));
        }
        it.line(4, "_ => return ::std::option::Option::None,");
        it.line(3, "},");
        it.line(2, ")");
    }
    it.line(1, "}");
    it.line(1, "#[inline]");
    it.line(1, "fn unrecognized(s: ::std::string::String) -> Self {");
    it.fit(Ctx::Stmt, &format!("Self::{fallback}(s)"));
    it.line(1, "}");
    it.line(1, "#[inline]");
    it.line(1, "fn as_str(&self) -> &str {");
    it.line(2, "match self {");
    for (m, lit) in e.members.iter().zip(&names) {
        it.arm(&format!("Self::{}", m.rust_name), lit);
    }
    it.arm(&format!("Self::{fallback}(s)"), "s");
    it.line(2, "}");
    it.line(1, "}");
    it.line(0, "}");
    items.push(it.finish()?);

    items.push(text::macro_call(
        gate,
        false,
        &format!("rt::impl_enum!({name});"),
    )?);

    items.push(text::serde_bridge(gate, name)?);
    Ok(items)
}
