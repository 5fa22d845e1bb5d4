//! Annotation handlers: inline `<Annotation>`, out-of-line
//! `<Annotations Target>` blocks, and value expressions (constant attributes
//! or elements, `Record`/`PropertyValue`, `Collection`).
//!
//! Dynamic expressions the AST has no variant for (`If`, `Apply`, `Cast`,
//! `LabeledElement`, `UrlRef`, ...) are skipped like any unknown element, as are
//! annotations nested in `Annotation` or `PropertyValue` (no slot in the AST).

use super::ast::{Annotation, AnnotationValue, AnnotationsBlock, Record};
use super::reader::{Attrs, Ctx, Elem, Parser, ReadError, parse_bool};

/// Maximum nesting of `Record`/`Collection` expressions; guards the stack.
const MAX_EXPR_DEPTH: usize = 64;

/// How the text of a constant expression is turned into a value.
#[derive(Clone, Copy)]
enum Kind {
    String,
    Bool,
    Int,
    EnumMember,
    Path,
    Other,
}

/// The kind of a constant/path expression, by attribute or element name.
fn kind_of(name: &str) -> Option<Kind> {
    Some(match name {
        "String" => Kind::String,
        "Bool" => Kind::Bool,
        "Int" => Kind::Int,
        "EnumMember" => Kind::EnumMember,
        "Path"
        | "PropertyPath"
        | "NavigationPropertyPath"
        | "AnnotationPath"
        | "ModelElementPath" => Kind::Path,
        "Binary" | "Date" | "DateTimeOffset" | "Decimal" | "Duration" | "Float" | "Guid"
        | "TimeOfDay" => Kind::Other,
        _ => return None,
    })
}

/// Builds a value of `kind` from its text (`at`: byte offset for errors).
/// `String` keeps its text verbatim; all other kinds are trimmed.
fn make_value(
    ctx: &Ctx,
    kind: Kind,
    name: &str,
    text: String,
    at: usize,
) -> Result<AnnotationValue, ReadError> {
    let trimmed = || text.trim().to_owned();
    Ok(match kind {
        Kind::String => AnnotationValue::String(text),
        Kind::Bool => match parse_bool(text.trim()) {
            Some(b) => AnnotationValue::Bool(b),
            None => {
                return Err(ctx.err(
                    at,
                    format!("invalid `Bool` value `{text}`: expected `true` or `false`"),
                ));
            }
        },
        Kind::Int => match text.trim().parse() {
            Ok(i) => AnnotationValue::Int(i),
            Err(_) => {
                return Err(ctx.err(
                    at,
                    format!("invalid `Int` value `{text}`: expected an integer"),
                ));
            }
        },
        Kind::EnumMember => AnnotationValue::EnumMember(trimmed()),
        Kind::Path => AnnotationValue::Path(trimmed()),
        Kind::Other => AnnotationValue::Other(name.to_owned(), trimmed()),
    })
}

/// The value given as an attribute (`String="..."`, `Bool="..."`, ...), if any;
/// the first such attribute wins.
fn attr_value(a: &Attrs<'_>) -> Result<Option<AnnotationValue>, ReadError> {
    for (name, value, at) in a.iter() {
        if let Some(kind) = kind_of(name) {
            return make_value(a.ctx(), kind, name, value.to_owned(), at).map(Some);
        }
    }
    Ok(None)
}

impl<'a> Parser<'a> {
    /// `<Annotation Term [Qualifier] [value attribute]>[expression]</Annotation>`.
    /// A child expression takes precedence over a value attribute.
    pub(super) fn annotation(&mut self, el: &Elem<'a>) -> Result<Annotation, ReadError> {
        let a = self.attrs(el)?;
        let mut annotation = Annotation {
            term: a.req("Term")?,
            qualifier: a.str("Qualifier"),
            pos: a.pos(),
            value: attr_value(&a)?.unwrap_or_default(),
        };
        self.children(el, |p, c| {
            if let Some(value) = p.expression(c)? {
                annotation.value = value;
            }
            Ok(())
        })?;
        Ok(annotation)
    }

    /// Children of an element that may only carry annotations (Property, Member,
    /// Parameter, ...): `Annotation`s are collected, everything else skipped.
    pub(super) fn annotations_only(
        &mut self,
        el: &Elem<'a>,
        out: &mut Vec<Annotation>,
    ) -> Result<(), ReadError> {
        self.children(el, |p, c| {
            if c.local() == "Annotation" {
                out.push(p.annotation(c)?);
                Ok(())
            } else {
                p.skip(c)
            }
        })
    }

    /// `<Annotations Target [Qualifier]>`: a block qualifier applies to the
    /// contained annotations that have none of their own.
    pub(super) fn annotations_block(
        &mut self,
        el: &Elem<'a>,
    ) -> Result<AnnotationsBlock, ReadError> {
        let a = self.attrs(el)?;
        let mut block = AnnotationsBlock {
            target: a.req("Target")?,
            pos: a.pos(),
            annotations: Vec::new(),
        };
        let qualifier = a.str("Qualifier");
        self.annotations_only(el, &mut block.annotations)?;
        if let Some(q) = qualifier {
            for annotation in &mut block.annotations {
                annotation.qualifier.get_or_insert_with(|| q.clone());
            }
        }
        Ok(block)
    }

    /// Consumes one expression element; `None` (after skipping it) when it is
    /// not an expression the AST represents. `<Null/>` gives `AnnotationValue::None`.
    fn expression(&mut self, el: &Elem<'a>) -> Result<Option<AnnotationValue>, ReadError> {
        let name = el.local();
        if let Some(kind) = kind_of(name) {
            let text = self.text(el)?;
            return make_value(&self.ctx, kind, name, text, el.offset).map(Some);
        }
        match name {
            "Record" | "Collection" => {
                if self.expr_depth >= MAX_EXPR_DEPTH {
                    return Err(self.ctx.err(
                        el.offset,
                        format!(
                            "annotation expression nested too deeply (more than {MAX_EXPR_DEPTH} \
                             levels of Record/Collection)"
                        ),
                    ));
                }
                self.expr_depth += 1;
                let value = if name == "Record" {
                    AnnotationValue::Record(self.record(el)?)
                } else {
                    AnnotationValue::Collection(self.collection(el)?)
                };
                self.expr_depth -= 1;
                Ok(Some(value))
            }
            "Null" => {
                self.skip(el)?;
                Ok(Some(AnnotationValue::None))
            }
            _ => {
                self.skip(el)?;
                Ok(None)
            }
        }
    }

    /// `<Record [Type]>` with `<PropertyValue>` and `<Annotation>` children.
    fn record(&mut self, el: &Elem<'a>) -> Result<Record, ReadError> {
        let mut record = Record {
            type_name: self.attrs(el)?.str("Type"),
            ..Record::default()
        };
        self.children(el, |p, c| {
            match c.local() {
                "PropertyValue" => record.properties.push(p.property_value(c)?),
                "Annotation" => record.annotations.push(p.annotation(c)?),
                _ => p.skip(c)?,
            }
            Ok(())
        })?;
        Ok(record)
    }

    /// `<PropertyValue Property [value attribute]>[expression]</PropertyValue>`.
    fn property_value(&mut self, el: &Elem<'a>) -> Result<(String, AnnotationValue), ReadError> {
        let a = self.attrs(el)?;
        let property = a.req("Property")?;
        let mut value = attr_value(&a)?.unwrap_or_default();
        self.children(el, |p, c| {
            if let Some(v) = p.expression(c)? {
                value = v;
            }
            Ok(())
        })?;
        Ok((property, value))
    }

    /// `<Collection>` of expressions (unrepresentable items are skipped).
    fn collection(&mut self, el: &Elem<'a>) -> Result<Vec<AnnotationValue>, ReadError> {
        let mut items = Vec::new();
        self.children(el, |p, c| {
            if let Some(v) = p.expression(c)? {
                items.push(v);
            }
            Ok(())
        })?;
        Ok(items)
    }
}
