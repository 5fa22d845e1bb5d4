//! Polymorphic slots: for a type with derived types, an enum `AnyX` with one
//! boxed variant per concrete type (the base and every descendant). The
//! `@odata.type` of a value selects the variant; unknown or missing tags fall
//! back to the base variant and keep the tag. The base type's properties are
//! readable on any variant through accessors (`any.display_name()`), so
//! reading them takes no `match`.

use super::rust_type::Paths;
use super::structs::{Head, field_features_doc, field_gate};
use super::text::{self, Ctx, Item, str_lit};
use crate::model::{Model, Structured, TypeDef, TypeId};
use std::collections::BTreeSet;

/// The polymorphic enum of a type with derived types and its impls, as text, one item
/// each (nothing for other types); `head` is the type's gate and rustdoc.
pub fn emit(
    model: &Model,
    paths: &Paths,
    id: TypeId,
    t: &TypeDef,
    s: &Structured,
    head: &Head,
) -> Result<Vec<String>, syn::Error> {
    let Some(name) = &s.poly_name else {
        return Ok(Vec::new());
    };
    let gate = head.gate.as_str();
    let base_v = &s.variant_name;
    let all: Vec<TypeId> = std::iter::once(id)
        .chain(s.derived.iter().copied())
        .collect();
    let variant = |d: TypeId| {
        model.types[d]
            .structured()
            .map(|s| s.variant_name.clone())
            .unwrap_or_default()
    };
    let vs: Vec<String> = all.iter().map(|&d| variant(d)).collect();
    let gates: Vec<String> = all.iter().map(|&d| paths.gate_within_attr(id, d)).collect();
    let tys: Vec<String> = all
        .iter()
        .map(|&d| paths.type_path_text(model, d))
        .collect();
    let qs: Vec<String> = all
        .iter()
        .map(|&d| str_lit(&model.types[d].qualified))
        .collect();
    let mut items = Vec::with_capacity(all.len() + 6);

    let mut it = Item::new();
    Head {
        doc: vec![format!(
            "`{}` or any type derived from it, selected by `@odata.type` ({} types); each variant's type converts into it (`From`).",
            t.qualified,
            all.len()
        )],
        gate: head.gate.clone(),
        features: head.features.clone(),
    }
    .write(&mut it);
    it.line(0, "#[derive(Clone, PartialEq, Debug)]");
    it.fit(Ctx::Other(0), &format!("pub enum {name} {{"));
    for ((v, g), ty) in vs.iter().zip(&gates).zip(&tys) {
        it.attr(1, g);
        it.tuple_variant(v, &format!("::std::boxed::Box<{ty}>"));
    }
    it.line(0, "}");
    items.push(it.finish()?);

    let mut it = text::default_impl_head(gate, name);
    it.fit(
        Ctx::Stmt,
        &format!("Self::{base_v}(::std::default::Default::default())"),
    );
    it.line(1, "}");
    it.line(0, "}");
    items.push(it.finish()?);

    for ((v, g), ty) in vs.iter().zip(&gates).zip(&tys) {
        let mut it = Item::new();
        it.attr(0, gate);
        it.attr(0, g);
        // One per variant (1,146 on `v1::AnyEntity`): named once in the enum's rustdoc
        // instead of listed on its page.
        it.line(0, "#[doc(hidden)]");
        it.trait_impl_head("::std::convert::From", Some(ty), name);
        it.line(1, "#[inline]");
        it.fn_sig("fn from", &[format!("v: {ty}")], "Self", &[]);
        it.fit(Ctx::Stmt, &format!("Self::{v}(::std::boxed::Box::new(v))"));
        it.line(1, "}");
        it.line(0, "}");
        items.push(it.finish()?);
    }

    // The auto traits stated, not derived. Every struct can reach every other through these
    // enums (`AnyEntity` holds all entity types), so deriving `Send` for one struct means
    // proving it for the whole graph; rustdoc does that afresh for each documented type, so
    // `cargo doc` grew with the square of the types (BENCHMARKS.md). Stated here, each
    // proof stops at the enums. Sound because `rt::object::auto_traits` checks, at compile
    // time, that every variant's struct has them: a struct's are derived from its fields,
    // with these enums taken as stated.
    for (unsafety, tr) in [
        ("unsafe ", "::std::marker::Send"),
        ("unsafe ", "::std::marker::Sync"),
        ("", "::std::marker::Unpin"),
        ("", "::std::panic::UnwindSafe"),
        ("", "::std::panic::RefUnwindSafe"),
    ] {
        let mut it = Item::new();
        it.attr(0, gate);
        it.fit(
            Ctx::Other(0),
            &format!("{unsafety}impl {tr} for {name} {{}}"),
        );
        items.push(it.finish()?);
    }
    let mut it = Item::new();
    it.attr(0, gate);
    it.line(0, "const _: () = {");
    for (g, ty) in gates.iter().zip(&tys) {
        it.attr(1, g);
        it.fit(
            Ctx::Other(1),
            &format!("rt::object::auto_traits::<{ty}>();"),
        );
    }
    it.line(0, "};");
    items.push(it.finish()?);

    let mut it = Item::new();
    it.attr(0, gate);
    it.trait_impl_head("rt::Poly", None, name);
    it.line(1, &format!("const BASE_NAME: &'static str = {};", qs[0]));
    it.line(1, "#[inline]");
    it.line(1, "fn read_variant(");
    it.line(2, "tag: ::std::option::Option<&str>,");
    it.line(2, "r: &mut rt::Reader<'_>,");
    it.line(1, ") -> rt::ReadResult<Self> {");
    // The variant the tag names, holding a default value, then one `read_members` on it:
    // a function reading each variant's type (`read_boxed(r, Self::V)`) would be compiled
    // once per variant in the crate using the types.
    it.line(2, "let mut v = match tag {");
    let make = |v: &str| format!("Self::{v}(rt::object::new_boxed())");
    for i in 1..all.len() {
        it.attr(3, &gates[i]);
        it.arm(
            &format!("::std::option::Option::Some({})", qs[i]),
            &make(&vs[i]),
        );
    }
    it.arm("_", &make(base_v));
    it.line(2, "};");
    it.line(
        2,
        "match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {",
    );
    it.arm(
        "::std::result::Result::Ok(())",
        "::std::result::Result::Ok(v)",
    );
    it.arm(
        "::std::result::Result::Err(e)",
        "::std::result::Result::Err(e)",
    );
    it.line(2, "}");
    it.line(1, "}");
    // The variant as `&dyn Members`, the one `match` that writing, the type name and
    // `extra` go through (each its own `match` over 1,146 variants on `AnyEntity` cost
    // rustc a tenth of the `top` part crate).
    for (sig, r) in [
        ("fn members(&self) -> &dyn rt::object::Members {", "&**v"),
        (
            "fn members_mut(&mut self) -> &mut dyn rt::object::Members {",
            "&mut **v",
        ),
    ] {
        it.line(1, "#[inline]");
        it.line(1, sig);
        it.line(2, "match self {");
        for (v, g) in vs.iter().zip(&gates) {
            it.attr(3, g);
            it.arm(&format!("Self::{v}(v)"), r);
        }
        it.line(2, "}");
        it.line(1, "}");
    }
    it.line(0, "}");
    items.push(it.finish()?);

    let mut it = Item::new();
    it.attr(0, gate);
    it.fit(Ctx::Other(0), &format!("impl {name} {{"));
    // A `match self` with one arm per variant: `Self::{v}(v) => {expr}`.
    let arms = |it: &mut Item, expr: &dyn Fn(&str) -> String| {
        it.line(2, "match self {");
        for (v, g) in vs.iter().zip(&gates) {
            it.attr(3, g);
            it.arm(&format!("Self::{v}(v)"), &expr(v));
        }
        it.line(2, "}");
        it.line(1, "}");
    };
    it.line(
        1,
        "/// The qualified CSDL name of the current variant's type.",
    );
    it.line(1, "#[inline]");
    it.line(1, "pub fn type_name(&self) -> &'static str {");
    it.line(2, "rt::Poly::members(self).view().0.type_name");
    it.line(1, "}");
    it.line(
        1,
        "/// The current variant's unknown members and annotations.",
    );
    it.line(1, "#[inline]");
    it.line(1, "pub fn extra(&self) -> &rt::Extra {");
    it.line(2, "rt::Poly::members(self).view().1");
    it.line(1, "}");
    it.line(
        1,
        "/// The current variant's unknown members and annotations, mutably.",
    );
    it.line(1, "#[inline]");
    it.line(1, "pub fn extra_mut(&mut self) -> &mut rt::Extra {");
    it.line(2, "rt::Poly::members_mut(self).extra_mut_dyn()");
    it.line(1, "}");
    // One getter and one `_mut` getter per property of the base type (every variant has
    // it, flattened in). A name already taken by another method gets `_field` appended.
    let mut taken: BTreeSet<String> = ["type_name", "extra", "extra_mut"]
        .into_iter()
        .map(str::to_string)
        .collect();
    let mut claim = |want: String| {
        let mut name = want;
        while !taken.insert(name.clone()) {
            name.push_str("_field");
        }
        name
    };
    for p in &s.properties {
        let f = &p.rust_name;
        let g = field_gate(paths, Some(id), p);
        let get = claim(p.rust_name.clone());
        let get_mut = claim(format!("{}_mut", p.rust_name.trim_end_matches('_')));
        // The `T` of `rt::Field<T>`.
        let value = vec![paths.field_value_type_text(model, p)];
        let doc = format!(" `{}` of any variant.", p.name);
        for (method, recv, r) in [(&get, "&self", "&"), (&get_mut, "&mut self", "&mut ")] {
            it.doc(1, &doc);
            field_features_doc(&mut it, 1, paths, Some(id), p);
            it.attr(1, &g);
            it.line(1, "#[inline]");
            it.fn_sig(
                &format!("pub fn {method}"),
                &[recv.to_string()],
                &format!("{r}rt::Field"),
                &value,
            );
            arms(&mut it, &|_| format!("{r}v.{f}"));
        }
    }
    it.line(0, "}");
    items.push(it.finish()?);

    items.push(text::macro_call(
        gate,
        false,
        &format!("rt::impl_poly!({name});"),
    )?);

    items.push(text::serde_bridge(gate, name)?);
    Ok(items)
}
