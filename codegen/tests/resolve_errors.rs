//! Semantic errors in CSDL give one clear message with file:line:column.

use msgraph_codegen::csdl::read_csdl;
use msgraph_codegen::model::resolve;

fn schema(body: &str) -> String {
    format!(
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n<edmx:DataServices>\n<Schema Namespace=\"t\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n{body}\n</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n"
    )
}

fn resolve_err(body: &str) -> String {
    let xml = schema(body);
    let doc = read_csdl(xml.as_bytes(), "bad.xml").expect("well-formed");
    resolve(&doc, "bad.xml").expect_err("must fail").to_string()
}

#[test]
fn unknown_type_reference() {
    let e = resolve_err(
        "<ComplexType Name=\"a\">\n<Property Name=\"x\" Type=\"t.missing\" />\n</ComplexType>",
    );
    assert!(e.starts_with("bad.xml:5:"), "{e}");
    assert!(e.contains("unknown type reference `t.missing`"), "{e}");
}

#[test]
fn unknown_edm_primitive() {
    let e = resolve_err(
        "<ComplexType Name=\"a\">\n<Property Name=\"x\" Type=\"Edm.Strang\" />\n</ComplexType>",
    );
    assert!(
        e.starts_with("bad.xml:5:") && e.contains("unknown Edm primitive type `Edm.Strang`"),
        "{e}"
    );
}

#[test]
fn malformed_collection() {
    for ty in [
        "Collection(Edm.String",
        "Collection()",
        "Collection(Collection(Edm.String))",
    ] {
        let e = resolve_err(&format!(
            "<ComplexType Name=\"a\">\n<Property Name=\"x\" Type=\"{ty}\" />\n</ComplexType>"
        ));
        assert!(
            e.starts_with("bad.xml:5:") && e.contains("malformed"),
            "{ty}: {e}"
        );
    }
}

#[test]
fn base_type_cycle() {
    let e = resolve_err(
        "<ComplexType Name=\"a\" BaseType=\"t.b\" />\n<ComplexType Name=\"b\" BaseType=\"t.a\" />",
    );
    assert!(e.contains("base type cycle"), "{e}");
    let e = resolve_err("<ComplexType Name=\"a\" BaseType=\"t.a\" />");
    assert!(
        e.starts_with("bad.xml:4:") && e.contains("base type cycle"),
        "{e}"
    );
}

#[test]
fn unknown_base_type_and_kind_mismatch() {
    let e = resolve_err("<ComplexType Name=\"a\" BaseType=\"t.zzz\" />");
    assert!(e.contains("unknown base type `t.zzz`"), "{e}");
    let e = resolve_err("<EntityType Name=\"a\" BaseType=\"t.b\" />\n<ComplexType Name=\"b\" />");
    assert!(e.contains("not of the same kind"), "{e}");
}

#[test]
fn duplicate_type_names() {
    let e = resolve_err("<ComplexType Name=\"a\" />\n<EnumType Name=\"a\" />");
    assert!(
        e.starts_with("bad.xml:5:") && e.contains("duplicate type name `a`"),
        "{e}"
    );
}

#[test]
fn enum_value_outside_its_underlying_type() {
    let e = resolve_err(
        "<EnumType Name=\"e\" UnderlyingType=\"Edm.Byte\">\n<Member Name=\"big\" Value=\"256\" />\n</EnumType>",
    );
    assert!(
        e.starts_with("bad.xml:5:") && e.contains("256") && e.contains("`Edm.Byte`"),
        "{e}"
    );
    let e = resolve_err("<EnumType Name=\"e\" UnderlyingType=\"Edm.String\" />");
    assert!(
        e.starts_with("bad.xml:4:") && e.contains("expected `Edm.Byte`"),
        "{e}"
    );
}

#[test]
fn type_definition_over_a_non_primitive() {
    let e = resolve_err(
        "<ComplexType Name=\"c\" />\n<TypeDefinition Name=\"d\" UnderlyingType=\"t.c\" />",
    );
    assert!(
        e.starts_with("bad.xml:5:") && e.contains("expected a primitive `Edm.*` type"),
        "{e}"
    );
}

#[test]
fn container_extends_unknown_or_itself() {
    let e = resolve_err("<EntityContainer Name=\"c\" Extends=\"t.nowhere\" />");
    assert!(
        e.starts_with("bad.xml:4:") && e.contains("extends `t.nowhere`, which is not declared"),
        "{e}"
    );
    let e = resolve_err("<EntityContainer Name=\"c\" Extends=\"t.c\" />");
    assert!(e.contains("`Extends` cycle"), "{e}");
}
