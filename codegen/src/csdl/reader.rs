//! Streaming reader for OData CSDL XML (`$metadata`): drives `quick-xml` events
//! and hands elements to the handlers in `elements.rs` / `annotations.rs`.
//!
//! Design:
//! - Pure pull parsing over the in-memory bytes (no DOM, no serde): each element
//!   handler reads its attributes, then consumes its children until its end tag.
//!   Unknown elements are skipped with their whole subtree (iteratively, so deep
//!   nesting cannot overflow the stack); unknown attributes are ignored.
//! - Positions are 1-based line and column; **columns count bytes** (not chars)
//!   from the start of the line. A leading UTF-8 BOM is stripped first and is not
//!   counted. Lines are found by binary search in a newline table built once.
//! - Safety: any `<!DOCTYPE` is rejected, so no entity can be declared; only the
//!   five predefined XML entities and numeric character references are resolved;
//!   nothing but the given bytes is ever read.
//! - Never panics on input: every problem becomes a [`ReadError`] with position.

use std::borrow::Cow;
use std::fmt;

use quick_xml::events::attributes::AttrError;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::ast::{Document, Include, Pos, Reference, Schema};

/// A read failure: where it happened (`file:line:col`, 1-based, column in
/// bytes) and what was expected or found.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

impl std::error::Error for ReadError {}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads a whole CSDL XML document (`<edmx:Edmx>` root) into the raw AST.
///
/// `file` is only used in error messages and positions. The input must be
/// UTF-8 (a leading BOM is accepted).
pub fn read_csdl(xml: &[u8], file: &str) -> Result<Document, ReadError> {
    let xml = xml.strip_prefix(UTF8_BOM).unwrap_or(xml);
    let ctx = Ctx::new(xml, file);
    let text = std::str::from_utf8(xml).map_err(|e| {
        ctx.err(
            e.valid_up_to(),
            "invalid UTF-8: CSDL documents must be encoded in UTF-8",
        )
    })?;
    let mut parser = Parser {
        reader: Reader::from_str(text),
        input: text,
        ctx,
        expr_depth: 0,
    };
    parser.document()
}

/// File name and newline table: turns byte offsets into positions and errors.
pub(super) struct Ctx {
    file: String,
    /// Byte offsets of every `\n`, ascending.
    newlines: Vec<usize>,
}

impl Ctx {
    fn new(xml: &[u8], file: &str) -> Self {
        let newlines = xml
            .iter()
            .enumerate()
            .filter_map(|(i, &b)| (b == b'\n').then_some(i))
            .collect();
        Ctx {
            file: file.to_owned(),
            newlines,
        }
    }

    /// 1-based line and byte column of a byte offset.
    pub(super) fn pos(&self, offset: usize) -> Pos {
        let line_idx = self.newlines.partition_point(|&nl| nl < offset);
        let line_start = match line_idx.checked_sub(1) {
            Some(prev) => self.newlines.get(prev).map_or(0, |&nl| nl + 1),
            None => 0,
        };
        Pos {
            line: to_u32(line_idx.saturating_add(1)),
            col: to_u32(offset.saturating_sub(line_start).saturating_add(1)),
        }
    }

    pub(super) fn err(&self, offset: usize, message: impl Into<String>) -> ReadError {
        let Pos { line, col } = self.pos(offset);
        ReadError {
            file: self.file.clone(),
            line,
            col,
            message: message.into(),
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A start (or empty) tag together with its byte offset (of the `<`).
pub(super) struct Elem<'a> {
    start: BytesStart<'a>,
    pub(super) offset: usize,
    /// `<X/>`: there are no children and no end tag to consume.
    empty: bool,
}

impl Elem<'_> {
    /// Local name (prefix stripped), e.g. `Edmx` for `edmx:Edmx`.
    pub(super) fn local(&self) -> &str {
        let name = self.qname();
        name.rsplit_once(':').map_or(name, |(_, local)| local)
    }

    /// Name as written, e.g. `edmx:Edmx`.
    pub(super) fn qname(&self) -> &str {
        self.start.name().0
    }
}

/// One simplified event (text and EOF carry their byte offset for errors).
enum Ev<'a> {
    Start(Elem<'a>),
    End,
    /// Character data with entities resolved (CDATA, text, or one reference).
    Text(Cow<'a, str>, usize),
    Eof(usize),
}

/// Pull parser over the document; handlers live in `elements.rs` and
/// `annotations.rs` as further `impl` blocks.
pub(super) struct Parser<'a> {
    reader: Reader<&'a [u8]>,
    /// The whole (BOM-stripped) input, for error positions.
    input: &'a str,
    pub(super) ctx: Ctx,
    /// Current nesting of `Record`/`Collection` expressions (bounded).
    pub(super) expr_depth: usize,
}

impl<'a> Parser<'a> {
    fn offset(&self) -> usize {
        usize::try_from(self.reader.buffer_position()).unwrap_or(usize::MAX)
    }

    /// Next event; comments, processing instructions and the XML declaration
    /// are dropped, DOCTYPE is an error, references are resolved.
    fn next(&mut self) -> Result<Ev<'a>, ReadError> {
        loop {
            let before = self.offset();
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    let at = usize::try_from(self.reader.error_position()).unwrap_or(before);
                    return Err(self.ctx.err(at, format!("malformed XML: {e}")));
                }
            };
            return Ok(match event {
                Event::Start(start) | Event::Empty(start) if !is_xml_name(start.name().0) => {
                    return Err(self.ctx.err(
                        before,
                        format!("malformed XML: invalid element name `{}`", start.name().0),
                    ));
                }
                Event::Start(start) => Ev::Start(Elem {
                    start,
                    offset: before,
                    empty: false,
                }),
                Event::Empty(start) => Ev::Start(Elem {
                    start,
                    offset: before,
                    empty: true,
                }),
                Event::End(_) => Ev::End,
                Event::Text(t) => Ev::Text(t.xml10_content(), before),
                Event::CData(t) => Ev::Text(t.xml10_content(), before),
                Event::GeneralRef(r) => Ev::Text(self.resolve_ref(&r, before)?, before),
                Event::DocType(_) => {
                    return Err(self.ctx.err(
                        before,
                        "found `<!DOCTYPE`: DTDs are not allowed in CSDL documents \
                         (rejected so that no entity can be declared or expanded)",
                    ));
                }
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) => continue,
                Event::Eof => Ev::Eof(before),
            });
        }
    }

    /// Resolves `&name;`: only the five predefined entities and `&#N;`/`&#xN;`.
    fn resolve_ref(&self, r: &BytesRef<'a>, at: usize) -> Result<Cow<'a, str>, ReadError> {
        let name: &str = r;
        let predefined = match name {
            "lt" => Some("<"),
            "gt" => Some(">"),
            "amp" => Some("&"),
            "apos" => Some("'"),
            "quot" => Some("\""),
            _ => None,
        };
        if let Some(text) = predefined {
            return Ok(Cow::Borrowed(text));
        }
        match r.resolve_char_ref() {
            Ok(Some(c)) => Ok(Cow::Owned(c.to_string())),
            Ok(None) => Err(self.ctx.err(
                at,
                format!(
                    "undefined entity `&{name};`: only `&lt;`, `&gt;`, `&amp;`, `&apos;`, \
                     `&quot;` and character references are allowed"
                ),
            )),
            Err(e) => Err(self
                .ctx
                .err(at, format!("invalid character reference `&{name};`: {e}"))),
        }
    }

    /// First offset at or after `at` that is not XML whitespace.
    fn skip_blank(&self, at: usize) -> usize {
        let rest = self.input.as_bytes().get(at..).unwrap_or_default();
        at + rest.iter().take_while(|b| is_blank_byte(**b)).count()
    }

    fn unclosed(&self, el: &Elem<'a>, eof: usize) -> ReadError {
        let Pos { line, col } = self.ctx.pos(el.offset);
        self.ctx.err(
            eof,
            format!(
                "unexpected end of file: expected `</{0}>` to close `<{0}>` opened at {line}:{col}",
                el.qname()
            ),
        )
    }

    /// Consumes the children of `el` up to its end tag, calling `f` for each
    /// child element; `f` must consume that child completely (handle or skip).
    /// Text between child elements is ignored.
    pub(super) fn children(
        &mut self,
        el: &Elem<'a>,
        mut f: impl FnMut(&mut Self, &Elem<'a>) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        if el.empty {
            return Ok(());
        }
        loop {
            match self.next()? {
                Ev::Start(child) => f(self, &child)?,
                Ev::End => return Ok(()),
                Ev::Text(..) => {}
                Ev::Eof(at) => return Err(self.unclosed(el, at)),
            }
        }
    }

    /// Skips `el` with its whole subtree (iteratively).
    pub(super) fn skip(&mut self, el: &Elem<'a>) -> Result<(), ReadError> {
        if el.empty {
            return Ok(());
        }
        // Open elements below `el`, innermost last (for the EOF message).
        let mut open: Vec<Elem<'a>> = Vec::new();
        loop {
            match self.next()? {
                Ev::Start(child) if !child.empty => open.push(child),
                Ev::Start(_) | Ev::Text(..) => {}
                Ev::End => {
                    if open.pop().is_none() {
                        return Ok(());
                    }
                }
                Ev::Eof(at) => return Err(self.unclosed(open.last().unwrap_or(el), at)),
            }
        }
    }

    /// The text content of `el` (entities resolved, EOLs normalized); child
    /// elements are skipped.
    pub(super) fn text(&mut self, el: &Elem<'a>) -> Result<String, ReadError> {
        let mut text = String::new();
        if el.empty {
            return Ok(text);
        }
        loop {
            match self.next()? {
                Ev::Text(t, _) => text.push_str(&t),
                Ev::Start(child) => self.skip(&child)?,
                Ev::End => return Ok(text),
                Ev::Eof(at) => return Err(self.unclosed(el, at)),
            }
        }
    }

    /// Reads and unescapes all attributes of `el`.
    pub(super) fn attrs<'e>(&'e self, el: &'e Elem<'a>) -> Result<Attrs<'e>, ReadError> {
        let content: &str = &el.start;
        // Offsets inside the tag are relative to the byte after `<`.
        let base = el.offset.saturating_add(1);
        let mut list = Vec::new();
        for attr in el.start.attributes() {
            let attr = attr.map_err(|e| {
                let (at, what) = describe_attr_error(&e);
                self.ctx.err(
                    base.saturating_add(at),
                    format!("malformed attribute in `<{}>`: {what}", el.qname()),
                )
            })?;
            let key = attr.key.0;
            let at = subslice_offset(content, &attr.value).map_or(el.offset, |d| base + d);
            let value = attr
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|e| {
                    self.ctx.err(
                        at,
                        format!(
                            "invalid value of attribute `{key}` in `<{}>`: {e}",
                            el.qname()
                        ),
                    )
                })?;
            list.push(Attr { key, value, at });
        }
        Ok(Attrs {
            ctx: &self.ctx,
            element: el.qname(),
            offset: el.offset,
            list,
        })
    }

    /// Whole document: prolog, `<edmx:Edmx>` root, and nothing but
    /// whitespace/comments after it.
    fn document(&mut self) -> Result<Document, ReadError> {
        let root = loop {
            match self.next()? {
                Ev::Start(el) => break el,
                Ev::Text(t, _) if is_blank(&t) => {}
                Ev::Text(_, at) => {
                    return Err(self.ctx.err(
                        self.skip_blank(at),
                        "expected root element `<edmx:Edmx>`, found text: not a CSDL XML document",
                    ));
                }
                // quick-xml reports unmatched end tags itself; be defensive.
                Ev::End => return Err(self.ctx.err(0, "expected root element `<edmx:Edmx>`")),
                Ev::Eof(at) => {
                    let message = if at == 0 {
                        "empty document: expected root element `<edmx:Edmx>`"
                    } else {
                        "expected root element `<edmx:Edmx>`, found end of file"
                    };
                    return Err(self.ctx.err(at, message));
                }
            }
        };
        if root.local() != "Edmx" {
            return Err(self.ctx.err(
                root.offset,
                format!(
                    "expected root element `<edmx:Edmx>`, found `<{}>`: not a CSDL XML document",
                    root.qname()
                ),
            ));
        }
        self.check_version(&root)?;
        let mut doc = Document::default();
        let mut data_services = 0usize;
        self.children(&root, |p, child| match child.local() {
            "DataServices" => {
                data_services += 1;
                p.data_services(child, &mut doc.schemas)
            }
            "Reference" => {
                doc.references.push(p.reference(child)?);
                Ok(())
            }
            _ => p.skip(child),
        })?;
        if data_services == 0 {
            return Err(self.ctx.err(
                root.offset,
                "`<edmx:Edmx>` has no `<edmx:DataServices>` child holding the schemas",
            ));
        }
        self.trailing()?;
        Ok(doc)
    }

    /// Refuses anything but CSDL 4.0/4.01: OData v2/v3 (`Version="1.0"`, EDMX
    /// 2007/06 namespace) is a different format (JSON `d` wrapper, `/Date()/`,
    /// associations) and would otherwise be half-read.
    fn check_version(&self, root: &Elem<'a>) -> Result<(), ReadError> {
        let a = self.attrs(root)?;
        let version = a.iter().find(|(k, _, _)| *k == "Version");
        match version {
            Some((_, v, _)) if v.trim().starts_with("4.") => Ok(()),
            Some((_, v, at)) => Err(self.ctx.err(
                at,
                format!(
                    "found `<{} Version=\"{v}\">` (OData v2/v3 CSDL): OData v4 CSDL \
                     (`Version=\"4.0\"` or `\"4.01\"`) is required",
                    root.qname()
                ),
            )),
            None => Err(self.ctx.err(
                root.offset,
                format!(
                    "`<{}>` has no `Version` attribute: OData v4 CSDL \
                     (`Version=\"4.0\"` or `\"4.01\"`) is required",
                    root.qname()
                ),
            )),
        }
    }

    /// `<edmx:Reference Uri>` with its `<edmx:Include Namespace Alias>` children
    /// (`IncludeAnnotations` and annotations are skipped).
    fn reference(&mut self, el: &Elem<'a>) -> Result<Reference, ReadError> {
        let a = self.attrs(el)?;
        let mut reference = Reference {
            uri: a.req("Uri")?,
            pos: a.pos(),
            includes: Vec::new(),
        };
        self.children(el, |p, c| {
            if c.local() == "Include" {
                let a = p.attrs(c)?;
                reference.includes.push(Include {
                    namespace: a.req("Namespace")?,
                    alias: a.str("Alias"),
                    pos: a.pos(),
                });
            }
            p.skip(c)
        })?;
        Ok(reference)
    }

    fn data_services(&mut self, el: &Elem<'a>, schemas: &mut Vec<Schema>) -> Result<(), ReadError> {
        self.children(el, |p, child| {
            if child.local() == "Schema" {
                schemas.push(p.schema(child)?);
                Ok(())
            } else {
                p.skip(child)
            }
        })
    }

    /// After the root: only whitespace, comments and PIs are allowed.
    fn trailing(&mut self) -> Result<(), ReadError> {
        loop {
            match self.next()? {
                Ev::Eof(_) => return Ok(()),
                Ev::Text(t, _) if is_blank(&t) => {}
                Ev::Text(_, at) => {
                    return Err(self.ctx.err(
                        self.skip_blank(at),
                        "expected end of file after `</edmx:Edmx>`, found text",
                    ));
                }
                Ev::Start(el) => {
                    return Err(self.ctx.err(
                        el.offset,
                        format!(
                            "expected end of file after `</edmx:Edmx>`, found `<{}>`",
                            el.qname()
                        ),
                    ));
                }
                Ev::End => {
                    return Err(self.ctx.err(0, "unexpected end tag after the root element"));
                }
            }
        }
    }
}

fn is_blank_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_blank(s: &str) -> bool {
    s.bytes().all(is_blank_byte)
}

/// Loose check of an XML `Name` (quick-xml does not validate tag names):
/// ASCII letters, `_`, `:` or any non-ASCII char first; then also digits, `-`, `.`.
fn is_xml_name(name: &str) -> bool {
    let mut chars = name.chars();
    let start_ok = |c: char| c.is_ascii_alphabetic() || c == '_' || c == ':' || !c.is_ascii();
    chars.next().is_some_and(start_ok)
        && chars.all(|c| start_ok(c) || c.is_ascii_digit() || c == '-' || c == '.')
}

/// Byte offset of `part` inside `whole` if `part` is a subslice of it.
fn subslice_offset(whole: &str, part: &str) -> Option<usize> {
    let start = whole.as_ptr() as usize;
    let at = (part.as_ptr() as usize).checked_sub(start)?;
    (at.checked_add(part.len())? <= whole.len()).then_some(at)
}

/// Position (relative to the byte after `<`) and description of an attribute
/// syntax error, without quick-xml's "position N:" prefix.
fn describe_attr_error(e: &AttrError) -> (usize, String) {
    match *e {
        AttrError::ExpectedEq(at) => (at, "attribute name must be followed by `=`".into()),
        AttrError::ExpectedValue(at) => (at, "`=` must be followed by a quoted value".into()),
        AttrError::UnquotedValue(at) => {
            (at, "attribute value must be enclosed in `\"` or `'`".into())
        }
        AttrError::ExpectedQuote(at, quote) => (
            at,
            format!("attribute value is not closed by `{}`", char::from(quote)),
        ),
        AttrError::Duplicated(at, _) => (at, "duplicate attribute".into()),
    }
}

struct Attr<'e> {
    key: &'e str,
    value: Cow<'e, str>,
    /// Byte offset of the value (for error positions).
    at: usize,
}

/// The attributes of one element, with typed accessors that report errors at
/// the attribute (or, for missing ones, at the element).
pub(super) struct Attrs<'e> {
    ctx: &'e Ctx,
    element: &'e str,
    offset: usize,
    list: Vec<Attr<'e>>,
}

impl<'e> Attrs<'e> {
    fn find(&self, name: &str) -> Option<&Attr<'e>> {
        self.list.iter().find(|a| a.key == name)
    }

    /// All attributes as (name as written, unescaped value, byte offset of value).
    pub(super) fn iter(&self) -> impl Iterator<Item = (&str, &str, usize)> {
        self.list.iter().map(|a| (a.key, &*a.value, a.at))
    }

    pub(super) fn ctx(&self) -> &'e Ctx {
        self.ctx
    }

    /// Optional string attribute.
    pub(super) fn str(&self, name: &str) -> Option<String> {
        self.find(name).map(|a| a.value.clone().into_owned())
    }

    /// Required, non-empty string attribute.
    pub(super) fn req(&self, name: &str) -> Result<String, ReadError> {
        match self.find(name) {
            Some(a) if !a.value.trim().is_empty() => Ok(a.value.clone().into_owned()),
            Some(a) => Err(self.ctx.err(
                a.at,
                format!(
                    "attribute `{name}` of `<{}>` must not be empty",
                    self.element
                ),
            )),
            None => Err(self.ctx.err(
                self.offset,
                format!(
                    "`<{}>` is missing required attribute `{name}`",
                    self.element
                ),
            )),
        }
    }

    /// The required `Name` of a property or parameter. Generated code writes it into JSON
    /// keys as it is, so a character JSON would escape (`"`, `\\`, a control character),
    /// which no CSDL identifier has, is an error.
    pub(super) fn member_name(&self) -> Result<String, ReadError> {
        let name = self.req("Name")?;
        match name
            .chars()
            .find(|&c| c == '"' || c == '\\' || c.is_control())
        {
            Some(c) => Err(self.ctx.err(
                self.find("Name").map_or(self.offset, |a| a.at),
                format!(
                    "`Name` of `<{}>` is not a CSDL identifier: {name:?} contains {c:?}",
                    self.element
                ),
            )),
            None => Ok(name),
        }
    }

    fn parsed<T>(
        &self,
        name: &str,
        expected: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, ReadError> {
        let Some(a) = self.find(name) else {
            return Ok(None);
        };
        match parse(a.value.trim()) {
            Some(v) => Ok(Some(v)),
            None => Err(self.ctx.err(
                a.at,
                format!(
                    "invalid value `{}` for attribute `{name}` of `<{}>`: expected {expected}",
                    a.value, self.element
                ),
            )),
        }
    }

    /// Optional boolean attribute (`true`/`false`, also `1`/`0` as in xs:boolean).
    pub(super) fn bool(&self, name: &str) -> Result<Option<bool>, ReadError> {
        self.parsed(name, "`true` or `false`", parse_bool)
    }

    /// Boolean attribute defaulting to `false` when absent.
    pub(super) fn flag(&self, name: &str) -> Result<bool, ReadError> {
        Ok(self.bool(name)?.unwrap_or(false))
    }

    pub(super) fn u32(&self, name: &str) -> Result<Option<u32>, ReadError> {
        self.parsed(name, "a non-negative integer", |s| s.parse().ok())
    }

    pub(super) fn i64(&self, name: &str) -> Result<Option<i64>, ReadError> {
        self.parsed(name, "an integer", |s| s.parse().ok())
    }

    pub(super) fn pos(&self) -> Pos {
        self.ctx.pos(self.offset)
    }
}

/// xs:boolean lexical forms.
pub(super) fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
