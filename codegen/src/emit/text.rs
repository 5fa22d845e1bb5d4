//! Items written as text, exactly as prettyplease prints them (the bulk of the output:
//! structs, enums, polymorphic enums and their impls skip tokens, `syn` and the
//! formatter). [`Item`] writes doc comments, attributes and lines at an indentation
//! depth; a line longer than prettyplease's margin is formatted by prettyplease alone,
//! in a small wrapper of its context. What cannot be written exactly (a doc line
//! holding a newline, a long line in another context) makes the whole item go through
//! prettyplease: the text is Rust source of the same tokens, so the result is the same.

/// prettyplease's target line width: lines up to this long are never broken.
pub const MARGIN: usize = 89;

/// Spaces per indentation level.
const INDENT: &str = "    ";

/// Where a line sits, for formatting it alone when it is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// A struct field (depth 1).
    Field,
    /// An item of an `impl` block (depth 1).
    ImplItem,
    /// A statement of a function in an `impl` block (depth 2).
    Stmt,
    /// An arm of a `match` in a function of an `impl` block (depth 3).
    Arm,
    /// A field of a struct literal in a function of an `impl` block (depth 3).
    LitField,
    /// An enum variant (depth 1).
    Variant,
    /// The signature of a function in an `impl` block, up to its `{` (depth 1).
    FnSig,
    /// The last field of a struct literal in a `static` slice (depth 2).
    EntryField,
    /// Any other line at this depth: when too long, the whole item is formatted.
    Other(usize),
}

impl Ctx {
    /// The indentation depth, the source around a line that gives it that depth, and
    /// the number of lines the source after it prints as.
    fn wrapper(self) -> (usize, &'static str, &'static str, usize) {
        match self {
            Ctx::Field => (1, "struct X {\n", "\n}", 1),
            Ctx::ImplItem => (1, "impl X {\n", "\n}", 1),
            Ctx::Stmt => (2, "impl X {\nfn f() {\n", "\n}\n}", 2),
            Ctx::Arm => (3, "impl X {\nfn f() {\nmatch i {\n", "\n}\n}\n}", 3),
            Ctx::LitField => (3, "impl X {\nfn f() {\nSelf {\n", "\n}\n}\n}", 3),
            Ctx::Variant => (1, "enum X {\n", "\n}", 1),
            Ctx::FnSig => (1, "impl X {\n", "\nx\n}\n}", 3),
            Ctx::EntryField => (2, "static X: T = &[\nA {\n", "\n},\n];", 2),
            Ctx::Other(depth) => (depth, "", "", 0),
        }
    }
}

/// One item (or several, for [`Item::finish`]'s fallback: any run of items) as text.
#[derive(Debug)]
pub struct Item {
    out: String,
    /// Whether `out` is exactly what prettyplease prints; if not, it is formatted.
    exact: bool,
}

impl Default for Item {
    fn default() -> Self {
        Self::new()
    }
}

impl Item {
    /// An empty item, written exactly so far.
    pub fn new() -> Self {
        Item {
            out: String::with_capacity(1024),
            exact: true,
        }
    }

    /// `s` at `depth`, as it is.
    pub fn line(&mut self, depth: usize, s: &str) {
        if !s.is_empty() {
            for _ in 0..depth {
                self.out.push_str(INDENT);
            }
            self.out.push_str(s);
        }
        self.out.push('\n');
    }

    /// Lines at `depth`, as they are.
    pub fn lines(&mut self, depth: usize, lines: &[&str]) {
        for l in lines {
            self.line(depth, l);
        }
    }

    /// An attribute line (`#[cfg(..)]`); nothing if `attr` is empty. A `#[cfg(name)]` too
    /// long for its line is broken as prettyplease breaks it, `name` on a line of its own.
    pub fn attr(&mut self, depth: usize, attr: &str) {
        if attr.is_empty() {
            return;
        }
        if Self::fits(depth, attr) {
            return self.line(depth, attr);
        }
        match attr
            .strip_prefix("#[cfg(")
            .and_then(|a| a.strip_suffix(")]"))
        {
            Some(name) if is_path(name) && !name.contains(' ') => {
                self.open_close(depth, "#[cfg(", &[name.to_string()], ")]")
            }
            _ => self.fit(Ctx::Other(depth), attr),
        }
    }

    /// The outer attribute `#[doc = value]` as prettyplease prints it: `///value`, trailing
    /// spaces dropped.
    pub fn doc(&mut self, depth: usize, value: &str) {
        if value.contains('\n') || value.starts_with('/') {
            self.exact = false;
            self.line(depth, &format!("#[doc = {}]", str_lit(value)));
        } else {
            self.line(depth, &format!("///{}", value.trim_end_matches(' ')));
        }
    }

    /// A rustdoc paragraph of one line: a blank doc line, then `line`.
    pub fn doc_paragraph(&mut self, depth: usize, line: &str) {
        self.doc(depth, "");
        self.doc(depth, &format!(" {line}"));
    }

    /// Rustdoc lines as [`super::docs::attrs`] writes them: one `#[doc]` per line, each
    /// after a space.
    pub fn docs(&mut self, depth: usize, lines: &[String]) {
        for l in lines {
            self.doc(depth, &format!(" {l}"));
        }
    }

    /// `s` (one line of source) at the depth of `ctx`, as prettyplease prints it: as it
    /// is when it fits in the margin, else formatted alone in a wrapper of its context.
    pub fn fit(&mut self, ctx: Ctx, s: &str) {
        let (depth, open, close, after) = ctx.wrapper();
        if Self::fits(depth, s) {
            return self.line(depth, s);
        }
        if let Ctx::Other(_) = ctx {
            self.exact = false;
            return self.line(depth, s);
        }
        let source = format!("{open}{s}{close}");
        match format(&source) {
            Ok(text) => {
                let lines: Vec<&str> = text.lines().collect();
                let inner = lines.get(depth..lines.len().saturating_sub(after));
                match inner {
                    Some(inner) if !inner.is_empty() => {
                        for l in inner {
                            self.out.push_str(l);
                            self.out.push('\n');
                        }
                    }
                    _ => {
                        self.exact = false;
                        self.line(depth, s);
                    }
                }
            }
            Err(_) => {
                self.exact = false;
                self.line(depth, s);
            }
        }
    }

    /// Whether `s` fits on one line at `depth`.
    fn fits(depth: usize, s: &str) -> bool {
        depth * INDENT.len() + s.len() <= MARGIN
    }

    /// A struct field `{head}<{arg}>,` (`head` ending in a generic type's name): when too
    /// long, prettyplease breaks it after the `<`, the argument a line of its own.
    pub fn generic_field(&mut self, head: &str, arg: &str) {
        let one = format!("{head}<{arg}>,");
        let inner = format!("{arg},");
        if Self::fits(1, &one) || !Self::fits(2, &inner) {
            return self.fit(Ctx::Field, &one);
        }
        self.open_close(1, &format!("{head}<"), &[inner], ">,");
    }

    /// The head of a trait `impl` block, `impl {path}<{arg}> for {ty} {` (`impl {path} for
    /// {ty} {` without `arg`), as prettyplease breaks it: `for {ty} {` on a line of its
    /// own, and when `impl {path}<{arg}>` does not fit either, the argument too.
    pub fn trait_impl_head(&mut self, path: &str, arg: Option<&str>, ty: &str) {
        let tr = match arg {
            Some(a) => format!("{path}<{a}>"),
            None => path.to_string(),
        };
        let one = format!("impl {tr} for {ty} {{");
        let first = format!("impl {tr}");
        let rest = format!("for {ty} {{");
        if Self::fits(0, &one) {
            return self.line(0, &one);
        }
        if Self::fits(0, &first) && Self::fits(0, &rest) {
            return self.lines(0, &[&first, &rest]);
        }
        let open = format!("impl {path}<");
        let close = format!("> {rest}");
        match arg {
            Some(a)
                if Self::fits(0, &open)
                    && Self::fits(1, &format!("{a},"))
                    && Self::fits(0, &close) =>
            {
                self.open_close(0, &open, &[format!("{a},")], &close)
            }
            _ => self.fit(Ctx::Other(0), &one),
        }
    }

    /// The head of an inherent `impl` block with generic parameters, `impl<{params}>
    /// {head}<{args}> {`, as prettyplease breaks it: the parameters one a line, then the
    /// type's generic arguments one a line if `> {head}<{args}> {` does not fit either.
    pub fn generic_impl_head(&mut self, params: &[String], head: &str, args: &[String]) {
        let ty = format!("{head}<{}>", args.join(", "));
        let one = format!("impl<{}> {ty} {{", params.join(", "));
        if Self::fits(0, &one) {
            return self.line(0, &one);
        }
        let comma = |l: &[String]| l.iter().map(|a| format!("{a},")).collect::<Vec<_>>();
        let (params, args) = (comma(params), comma(args));
        let rest = format!("> {ty} {{");
        let open = format!("> {head}<");
        if params.iter().chain(&args).any(|a| !Self::fits(1, a)) || !Self::fits(0, &open) {
            return self.fit(Ctx::Other(0), &one);
        }
        if Self::fits(0, &rest) {
            return self.open_close(0, "impl<", &params, &rest);
        }
        self.open_close(0, "impl<", &params, &open);
        self.lines(1, &args.iter().map(String::as_str).collect::<Vec<_>>());
        self.line(0, "> {");
    }

    /// An enum variant `{name}({field}),`: when too long, prettyplease puts the field on
    /// a line of its own (a generic type broken in turn if needed).
    pub fn tuple_variant(&mut self, name: &str, field: &str) {
        let one = format!("{name}({field}),");
        let open = format!("{name}(");
        if Self::fits(1, &one) || !Self::fits(1, &open) {
            return self.fit(Ctx::Variant, &one);
        }
        match Self::list_lines(2, &[field.to_string()], '<', '>') {
            Some(lines) => {
                self.line(1, &open);
                self.push_lines(lines);
                self.line(1, "),");
            }
            None => self.fit(Ctx::Variant, &one),
        }
    }

    /// `open` at `depth`, `inner` lines one level deeper, then `close`.
    fn open_close(&mut self, depth: usize, open: &str, inner: &[String], close: &str) {
        self.line(depth, open);
        for l in inner {
            self.line(depth + 1, l);
        }
        self.line(depth, close);
    }

    /// Whether field line `one` (ending in its comma) of a struct literal fits at
    /// `depth`: the comma after the last field is not counted.
    fn field_fits(depth: usize, one: &str, last: bool) -> bool {
        Self::fits(depth, if last { &one[..one.len() - 1] } else { one })
    }

    /// A field `{name}: {callee}({arg}),` of a struct literal at `depth`, `arg` a literal:
    /// when too long, prettyplease puts the argument on a line of its own (however long:
    /// a literal does not break).
    pub fn lit_call_field(
        &mut self,
        depth: usize,
        name: &str,
        callee: &str,
        arg: &str,
        last: bool,
    ) {
        let one = format!("{name}: {callee}({arg}),");
        if Self::field_fits(depth, &one, last) {
            return self.line(depth, &one);
        }
        self.open_close(
            depth,
            &format!("{name}: {callee}("),
            &[format!("{arg},")],
            "),",
        );
    }

    /// A field `{name}: &[{items}],` of a struct literal at `depth`, `items` literals:
    /// on one line if it fits, else one element a line.
    pub fn lit_slice_field(&mut self, depth: usize, name: &str, items: &[String], last: bool) {
        let one = format!("{name}: &[{}],", items.join(", "));
        if items.is_empty() || Self::field_fits(depth, &one, last) {
            return self.line(depth, &one);
        }
        let inner: Vec<String> = items.iter().map(|i| format!("{i},")).collect();
        self.open_close(depth, &format!("{name}: &["), &inner, "],");
    }

    /// The last field `{name}: {callee}::<{arg}>,` of a struct literal in a `static`
    /// slice: when too long, prettyplease puts the generic argument on a line of its own.
    pub fn entry_generic_field(&mut self, name: &str, callee: &str, arg: &str) {
        let one = format!("{name}: {callee}::<{arg}>,");
        let open = format!("{name}: {callee}::<");
        let inner = format!("{arg},");
        if Self::field_fits(2, &one, true) {
            return self.line(2, &one);
        }
        if !Self::fits(2, &open) || !Self::fits(3, &inner) {
            return self.fit(Ctx::EntryField, &one);
        }
        self.open_close(2, &open, &[inner], ">,");
    }

    /// A call statement `{callee}({args});` in a function of an `impl` block: when too
    /// long, prettyplease puts each argument on a line of its own.
    pub fn call_stmt(&mut self, callee: &str, args: &[String]) {
        self.call(callee, args, ";");
    }

    /// A call as the tail expression of a function in an `impl` block, broken as
    /// [`Item::call_stmt`].
    pub fn call_expr(&mut self, callee: &str, args: &[String]) {
        self.call(callee, args, "");
    }

    /// `{callee}({args}){end}` at depth 2, one argument a line when too long.
    fn call(&mut self, callee: &str, args: &[String], end: &str) {
        let one = format!("{callee}({}){end}", args.join(", "));
        if Self::fits(2, &one)
            || !Self::fits(2, &format!("{callee}("))
            || args.iter().any(|a| !Self::fits(3, &format!("{a},")))
        {
            return self.fit(Ctx::Stmt, &one);
        }
        self.line(2, &format!("{callee}("));
        for a in args {
            self.line(3, &format!("{a},"));
        }
        self.line(2, &format!("){end}"));
    }

    /// The signature of a function in an `impl` block, `{head}({args}) -> {ret} {`, where
    /// `ret` is `{ret_head}<{ret_args}>` (just `ret_head` without arguments): on one line
    /// if it fits, else prettyplease puts each argument on a line of its own, then
    /// `) -> {ret} {`, and when that does not fit either, each of `ret`'s generic
    /// arguments on a line of its own.
    pub fn fn_sig(&mut self, head: &str, args: &[String], ret_head: &str, ret_args: &[String]) {
        let ret = if ret_args.is_empty() {
            ret_head.to_string()
        } else {
            format!("{ret_head}<{}>", ret_args.join(", "))
        };
        let one = format!("{head}({}) -> {ret} {{", args.join(", "));
        if Self::fits(1, &one) {
            return self.line(1, &one);
        }
        let close = format!(") -> {ret} {{");
        let close_head = format!(") -> {ret_head}<");
        let broken_ret = !Self::fits(1, &close);
        let ret_lines = if broken_ret && Self::fits(1, &close_head) {
            Self::list_lines(2, ret_args, '<', '>')
        } else {
            None
        };
        // An argument `name: path` does not break: it runs past the margin as it is.
        if !Self::fits(1, &format!("{head}("))
            || args
                .iter()
                .any(|a| !Self::fits(2, &format!("{a},")) && !is_path(a))
            || (broken_ret && (ret_args.is_empty() || ret_lines.is_none()))
        {
            return self.fit(Ctx::FnSig, &one);
        }
        self.line(1, &format!("{head}("));
        for a in args {
            self.line(2, &format!("{a},"));
        }
        match ret_lines {
            Some(lines) if broken_ret => {
                self.line(1, &close_head);
                self.push_lines(lines);
                self.line(1, "> {");
            }
            _ => self.line(1, &close),
        }
    }

    /// The lines of the elements `items` of a list broken one a line at `depth`, as
    /// prettyplease prints them (the comma after the last one not counted): an element
    /// `{head}{open}{inner}{close}` too long for its line is broken in turn, its one
    /// element `inner` a line deeper (generic arguments with `<`, a call of a string
    /// literal with `(`). `None` if that is not enough.
    fn list_lines(
        depth: usize,
        items: &[String],
        open: char,
        close: char,
    ) -> Option<Vec<(usize, String)>> {
        let mut out = Vec::new();
        for (i, a) in items.iter().enumerate() {
            let line = format!("{a},");
            let last = i + 1 == items.len();
            if Self::fits(depth, if last { a } else { &line }) {
                out.push((depth, line));
                continue;
            }
            let (head, inner) = a.strip_suffix(close)?.split_once(open)?;
            let simple = match open {
                '(' => is_str_lit(inner),
                _ => is_path(inner),
            };
            let inner = format!("{inner},");
            let head = format!("{head}{open}");
            // A literal or a path does not break: it runs past the margin as it is.
            if !simple || !Self::fits(depth, &head) {
                return None;
            }
            out.push((depth, head));
            out.push((depth + 1, inner));
            out.push((depth, format!("{close},")));
        }
        Some(out)
    }

    /// `lines` (depth, text) as they are.
    fn push_lines(&mut self, lines: Vec<(usize, String)>) {
        for (depth, l) in lines {
            self.line(depth, &l);
        }
    }

    /// A match arm `{pat} => {expr},` in a function of an `impl` block: when too long,
    /// prettyplease puts the expression in a block, on a line of its own.
    pub fn arm(&mut self, pat: &str, expr: &str) {
        let one = format!("{pat} => {expr},");
        let head = format!("{pat} => {{");
        // The comma after the arm is not counted.
        if Self::fits(3, &one[..one.len() - 1]) {
            return self.line(3, &one);
        }
        // Whether the pattern stays on its line is decided on `{pat} =>`, the ` {` of a
        // block not counted; a `=>` ending exactly at the margin is left to prettyplease.
        let arrow = format!("{pat} =>");
        if Self::fits(3, &format!("{arrow} ")) {
            if !Self::fits(4, expr) {
                return self.fit(Ctx::Arm, &one);
            }
        } else {
            // A pattern `{callee}({literal})` breaks before the literal.
            // Then the expression follows `)` as it would the pattern.
            let tail = format!(") => {expr},");
            if let Some((callee, lit)) = pat.strip_suffix(')').and_then(|p| p.split_once('('))
                && !Self::fits(3, &arrow)
                && is_str_lit(lit)
                && Self::fits(3, &format!("{callee}("))
            {
                let open = format!("{callee}(");
                let lit = [format!("{lit},")];
                if Self::fits(3, &tail) {
                    return self.open_close(3, &open, &lit, &tail);
                }
                if !Self::fits(3, &tail[..tail.len() - 1]) && Self::fits(4, expr) {
                    self.open_close(3, &open, &lit, ") => {");
                    self.line(4, expr);
                    return self.line(3, "}");
                }
            }
            return self.fit(Ctx::Arm, &one);
        }
        self.line(3, &head);
        self.line(4, expr);
        self.line(3, "}");
    }

    /// A match arm `{pat} => {callee}({args}),` as [`Item::arm`]; when the call does not
    /// fit in the block either, each argument goes on a line of its own.
    pub fn arm_call(&mut self, pat: &str, callee: &str, args: &[String]) {
        let expr = format!("{callee}({})", args.join(", "));
        let head = format!("{pat} => {{");
        let lines = Self::list_lines(5, args, '(', ')');
        let Some(lines) = lines.filter(|_| {
            !Self::fits(3, &format!("{pat} => {expr}"))
                && !Self::fits(4, &expr)
                && Self::fits(3, &head)
                && Self::fits(4, &format!("{callee}("))
        }) else {
            return self.arm(pat, &expr);
        };
        self.line(3, &head);
        self.line(4, &format!("{callee}("));
        self.push_lines(lines);
        self.line(4, ")");
        self.line(3, "}");
    }

    /// `s` (items) formatted by prettyplease: for macro calls, whose token layout is
    /// prettyplease's own.
    pub fn pretty(&mut self, s: &str) {
        match format(s) {
            Ok(text) => self.out.push_str(&text),
            Err(_) => {
                self.exact = false;
                self.line(0, s);
            }
        }
    }

    /// A macro call statement `{callee}({words});` whose tokens prettyplease prints as
    /// they come (`words`: runs of tokens it prints without a space): on one line if it
    /// fits, else the words filled into lines one level deeper, `);` on a line of its own.
    pub fn token_macro(&mut self, callee: &str, words: &[String]) {
        let one = format!("{callee}({});", words.join(" "));
        if Self::fits(0, &one) {
            return self.line(0, &one);
        }
        self.line(0, &format!("{callee}("));
        let mut cur = String::new();
        for w in words {
            if cur.is_empty() {
                cur.push_str(w);
            } else if Self::fits(1, &format!("{cur} {w}")) {
                cur.push(' ');
                cur.push_str(w);
            } else {
                self.line(1, &cur);
                cur = w.clone();
            }
        }
        if !cur.is_empty() {
            self.line(1, &cur);
        }
        self.line(0, ");");
    }

    /// A constant slice of string literals, `&[]` on one line if it fits, else one
    /// element a line (prettyplease breaks an array all at once): `const NAME: &'static
    /// [&'static str] = &[..];` in an `impl` block.
    pub fn str_slice(&mut self, name: &str, items: &[String]) {
        let head = format!("const {name}: &'static [&'static str] = &[");
        let one = format!("{head}{}];", items.join(", "));
        if INDENT.len() + one.len() <= MARGIN || items.is_empty() {
            return self.line(1, &one);
        }
        self.line(1, &head);
        for i in items {
            self.line(2, &format!("{i},"));
        }
        self.line(1, "];");
    }

    /// The text as prettyplease prints it (formatted by it if not written exactly).
    pub fn finish(self) -> Result<String, syn::Error> {
        if self.exact {
            Ok(self.out)
        } else {
            format(&self.out)
        }
    }
}

/// A gated runtime macro call on its own (`rt::impl_object!(Name);`); `serde` adds
/// `#[cfg(feature = "serde")]`.
pub fn macro_call(gate: &str, serde: bool, call: &str) -> Result<String, syn::Error> {
    let mut it = Item::new();
    it.attr(0, gate);
    if serde {
        it.line(0, "#[cfg(feature = \"serde\")]");
    }
    it.fit(Ctx::Other(0), call);
    it.finish()
}

/// `rt::impl_serde!({name});` behind the gate and the `serde` feature: the serde bridge of a
/// generated type (structs, enums and polymorphic enums alike).
pub fn serde_bridge(gate: &str, name: &str) -> Result<String, syn::Error> {
    macro_call(gate, true, &format!("rt::impl_serde!({name});"))
}

/// The head of a generated file: its inner rustdoc line `//! {doc}` and the runtime
/// import (`rt`).
pub fn file_head(doc: &str) -> Item {
    let mut it = Item::new();
    it.line(0, &format!("//! {doc}"));
    it.lines(
        0,
        &["#[allow(unused_imports)]", "use ::msgraph_core as rt;"],
    );
    it
}

/// The head of a gated `impl Default for {name}` up to `fn default() -> Self {`.
pub fn default_impl_head(gate: &str, name: &str) -> Item {
    let mut it = Item::new();
    it.attr(0, gate);
    it.trait_impl_head("::std::default::Default", None, name);
    it.line(1, "#[inline]");
    it.line(1, "fn default() -> Self {");
    it
}

/// `source` (items) formatted by prettyplease.
fn format(source: &str) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse_str(source)?;
    Ok(prettyplease::unparse(&file))
}

/// Whether `s` holds nothing prettyplease can break a line at: identifiers, `::`,
/// `: ` and `&` (a path, or an argument typed by one).
fn is_path(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | ' ' | '&' | '#'))
}

/// Whether `s` is one string literal as [`str_lit`] writes it (no `"` inside).
fn is_str_lit(s: &str) -> bool {
    s.len() >= 2 && s.starts_with('"') && s.ends_with('"') && !s[1..s.len() - 1].contains('"')
}

/// A string literal as `quote` writes one (`proc_macro2`'s escaping).
pub fn str_lit(s: &str) -> String {
    proc_macro2::Literal::string(s).to_string()
}
