//! Hostile CSDL: 10,000 levels of nesting (elements, annotation expressions,
//! type expressions, inheritance chains) give a result or a clear error, never
//! a stack overflow. Each case runs on a thread with a 2 MiB stack (what
//! spawned threads get by default), so a recursion per level would abort the
//! test process instead of passing.

use msgraph_codegen::csdl::read_csdl;
use msgraph_codegen::model::resolve;

const DEPTH: usize = 10_000;

fn schema(body: &str) -> String {
    format!(
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n<edmx:DataServices>\n<Schema Namespace=\"t\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n{body}\n</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n"
    )
}

fn nested(open: &str, close: &str, inner: &str, depth: usize) -> String {
    let mut s = String::with_capacity(depth * (open.len() + close.len()) + inner.len());
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..depth {
        s.push_str(close);
    }
    s
}

/// Reads (and, if that succeeds, resolves) `xml` on a 2 MiB stack. Returns the
/// reader's or resolver's error message, or `None` when both succeed.
fn outcome(xml: String) -> Option<String> {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || match read_csdl(xml.as_bytes(), "deep.xml") {
            Err(e) => Some(e.to_string()),
            Ok(doc) => resolve(&doc, "deep.xml").err().map(|e| e.to_string()),
        })
        .unwrap()
        .join()
        .expect("reader or resolver panicked (a stack overflow would abort instead)")
}

fn assert_error(xml: String, needle: &str) {
    let e = outcome(xml).expect("must be rejected");
    assert!(e.starts_with("deep.xml:"), "no file:line:col: {e}");
    assert!(e.contains(needle), "expected `{needle}` in: {e}");
}

#[test]
fn nested_unknown_elements_are_skipped() {
    let body = nested("<Unknown>", "</Unknown>", "", DEPTH);
    assert_eq!(outcome(schema(&body)), None);
    // Also inside a known element that has children.
    let body = format!(
        "<EntityType Name=\"e\">{}</EntityType>",
        nested("<Unknown>", "</Unknown>", "", DEPTH)
    );
    assert_eq!(outcome(schema(&body)), None);
}

#[test]
fn nested_csdl_elements_are_skipped() {
    // Known element names nested where they mean nothing: the inner ones are
    // skipped as unknown children, iteratively.
    for (open, close) in [
        ("<EntityType Name=\"e\">", "</EntityType>"),
        ("<ComplexType Name=\"c\">", "</ComplexType>"),
        ("<Schema Namespace=\"s\">", "</Schema>"),
        ("<edmx:DataServices>", "</edmx:DataServices>"),
    ] {
        assert_eq!(
            outcome(schema(&nested(open, close, "", DEPTH))),
            None,
            "{open}"
        );
    }
    // Nested root elements: the outer one has no DataServices child.
    let xml = nested(
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">",
        "</edmx:Edmx>",
        "",
        DEPTH,
    );
    assert_error(xml, "has no `<edmx:DataServices>` child");
}

#[test]
fn nested_annotation_expressions() {
    let annotation = |open: &str, close: &str| {
        schema(&format!(
            "<EntityType Name=\"e\"><Annotation Term=\"t.T\">{}</Annotation></EntityType>",
            nested(open, close, "<String>x</String>", DEPTH)
        ))
    };
    // Record/Collection expressions are read recursively, with a depth limit.
    assert_error(
        annotation("<Collection>", "</Collection>"),
        "nested too deeply",
    );
    assert_error(
        annotation(
            "<Record><PropertyValue Property=\"p\">",
            "</PropertyValue></Record>",
        ),
        "nested too deeply",
    );
    // Expressions the reader does not model are skipped (iteratively).
    assert_eq!(outcome(annotation("<Not>", "</Not>")), None);
    assert_eq!(outcome(annotation("<If><Bool>true</Bool>", "</If>")), None);
}

#[test]
fn unclosed_nesting_is_an_error() {
    // Truncated: 10,000 open elements, then end of input.
    let xml = schema("").replace(
        "</Schema>",
        &"<EntityType Name=\"e\"><Unknown>".repeat(DEPTH),
    );
    let e = outcome(xml).expect("must be rejected");
    assert!(e.starts_with("deep.xml:"), "{e}");
    let xml = format!(
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\"><edmx:DataServices><Schema Namespace=\"t\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\"><EntityType Name=\"e\"><Annotation Term=\"t.T\">{}",
        "<Collection>".repeat(DEPTH)
    );
    let e = outcome(xml).expect("must be rejected");
    assert!(e.starts_with("deep.xml:"), "{e}");
}

#[test]
fn nested_collection_type_is_an_error() {
    let ty = nested("Collection(", ")", "Edm.String", DEPTH);
    let body =
        format!("<ComplexType Name=\"c\"><Property Name=\"p\" Type=\"{ty}\" /></ComplexType>");
    let e = outcome(schema(&body)).expect("must be rejected");
    assert!(e.starts_with("deep.xml:"), "{e}");
}

#[test]
fn long_inheritance_chain_does_not_overflow() {
    // t0 <- t1 <- ... : inheritance is flattened over every level and every
    // type lists all types below it as derived (`AnyX` variants), so the model
    // itself is quadratic in the chain length (10,000 levels: ~18 s and 0.9 GB
    // in a debug build). 2,000 levels keep the test fast; the walks are loops,
    // so the depth that matters for the stack is covered all the same.
    const CHAIN: usize = 2_000;
    let mut body = String::from(
        "<ComplexType Name=\"t0\"><Property Name=\"p0\" Type=\"Edm.Int32\" /></ComplexType>\n",
    );
    for i in 1..CHAIN {
        body.push_str(&format!(
            "<ComplexType Name=\"t{i}\" BaseType=\"t.t{}\" />\n",
            i - 1
        ));
    }
    assert_eq!(outcome(schema(&body)), None);
}
