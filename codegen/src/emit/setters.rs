//! `rt::impl_setters!` calls: a chainable `with_{field}` setter per property of a struct,
//! written as the text prettyplease prints for the macro's tokens (words spaced by its
//! token rules, filled into lines), or formatted by prettyplease when a gate or a type
//! is not one this module can space.

use super::text::Item;
use crate::model::Property;

/// The `rt::impl_setters!` call of struct `name` (nothing without properties): one
/// setter per property behind its gate (`gates`), taking its field's value type
/// (`values`). `gate` is the struct's.
pub fn emit(
    name: &str,
    gate: &str,
    properties: &[Property],
    gates: &[String],
    values: &[String],
) -> Result<Option<String>, syn::Error> {
    if properties.is_empty() {
        return Ok(None);
    }
    // `with_{name}` (the raw identifier's `r#` and a keyword's trailing `_` dropped; kept
    // when that would collide).
    let mut taken = std::collections::BTreeSet::new();
    let setters: Vec<(&String, String, &str, &String)> = properties
        .iter()
        .zip(gates)
        .zip(values)
        .map(|((p, g), value)| {
            let plain = p.rust_name.trim_start_matches("r#").trim_end_matches('_');
            let mut set = format!("with_{plain}");
            if !taken.insert(set.clone()) {
                set = format!("with_{}", p.rust_name.trim_start_matches("r#"));
                taken.insert(set.clone());
            }
            (g, set, p.rust_name.as_str(), value)
        })
        .collect();
    let mut it = Item::new();
    it.attr(0, gate);
    match words(name, &setters) {
        Some(words) => it.token_macro("rt::impl_setters!", &words),
        None => {
            let mut tokens = String::new();
            for (g, set, field, value) in &setters {
                // Spaced as `quote` spaces tokens: in a macro call prettyplease keeps a
                // `<` joined to a following `::` as it is.
                let ty = value.replace('<', "< ").replace('>', " > ");
                tokens.push_str(&format!("{g} {set} {field}: {ty} ; "));
            }
            it.pretty(&format!("rt::impl_setters!({name} {{ {tokens} }});"));
        }
    }
    it.finish().map(Some)
}

/// The macro's tokens as prettyplease spaces them, each word a run of tokens it prints
/// without a space: `Name { #[cfg(..)] with_x x : crate ::v1::X; .. }`. `None` for a
/// gate holding a space or a type other than paths and generics.
fn words(name: &str, setters: &[(&String, String, &str, &String)]) -> Option<Vec<String>> {
    let mut out = vec![name.to_string(), "{".to_string()];
    for (g, set, field, value) in setters {
        if !g.is_empty() {
            if g.contains(char::is_whitespace) {
                return None;
            }
            out.push(g.to_string());
        }
        out.extend([set.clone(), field.to_string(), ":".to_string()]);
        type_words(value, &mut out)?;
        out.last_mut()?.push(';');
    }
    out.push("}".to_string());
    Some(out)
}

/// The words of a type after `:`: a path is one word, but `crate` (a keyword) is one of
/// its own, the `::..` after it another; `<` and `>` stand apart.
fn type_words(ty: &str, out: &mut Vec<String>) -> Option<()> {
    let mut path = String::new();
    let flush = |path: &mut String, out: &mut Vec<String>| -> Option<()> {
        if path.is_empty() {
            return Some(());
        }
        if !path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
        {
            return None;
        }
        match path.strip_prefix("crate") {
            Some(rest) if rest.starts_with("::") => {
                out.extend(["crate".to_string(), rest.to_string()]);
            }
            Some("") => return None,
            _ => out.push(path.clone()),
        }
        path.clear();
        Some(())
    };
    for c in ty.chars() {
        match c {
            '<' | '>' => {
                flush(&mut path, out)?;
                out.push(c.to_string());
            }
            _ => path.push(c),
        }
    }
    flush(&mut path, out)
}
