//! Unit tests for the CSDL reader: one per construct and per error case, on
//! small inline documents. Bodies passed to `wrap` start at line 4, column 1.

use super::*;
use crate::csdl::ast::*;

const HEAD: &str = "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n\
                    <edmx:DataServices>\n\
                    <Schema Namespace=\"ns\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n";
const TAIL: &str = "\n</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n";

fn wrap(body: &str) -> String {
    format!("{HEAD}{body}{TAIL}")
}

fn read(xml: &str) -> Document {
    read_csdl(xml.as_bytes(), "t.xml").unwrap_or_else(|e| panic!("unexpected error: {e}"))
}

/// The single schema of a wrapped body.
fn schema(body: &str) -> Schema {
    let mut doc = read(&wrap(body));
    assert_eq!(doc.schemas.len(), 1);
    doc.schemas.remove(0)
}

fn err(xml: impl AsRef<[u8]>) -> ReadError {
    match read_csdl(xml.as_ref(), "t.xml") {
        Ok(doc) => panic!("expected an error, got {doc:?}"),
        Err(e) => e,
    }
}

/// Asserts position and that the message contains `needle`.
fn assert_err(e: &ReadError, line: u32, col: u32, needle: &str) {
    assert_eq!((e.line, e.col), (line, col), "position of: {e}");
    assert!(e.message.contains(needle), "`{needle}` not in: {e}");
}

/// The value of the first annotation of the first entity type.
fn first_value(body: &str) -> AnnotationValue {
    let s = schema(&format!("<EntityType Name=\"t\">{body}</EntityType>"));
    s.entity_types[0].annotations[0].value.clone()
}

fn string(v: &str) -> AnnotationValue {
    AnnotationValue::String(v.into())
}

// ---- constructs -------------------------------------------------------------

#[test]
fn schema_namespace_alias_and_references_skipped() {
    let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- c -->\n\
        <edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n\
        <edmx:Reference Uri=\"https://x/core.xml\"><edmx:Include Namespace=\"Org.OData.Core.V1\" Alias=\"Core\"/></edmx:Reference>\n\
        <edmx:DataServices>\n\
        <Schema Namespace=\"microsoft.graph\" Alias=\"graph\"/>\n\
        <Schema Namespace=\"microsoft.graph.security\" Alias=\"self\"></Schema>\n\
        <Schema Namespace=\"plain\"/>\n\
        </edmx:DataServices>\n</edmx:Edmx>\n<!-- trailing comment -->\n";
    let doc = read(xml);
    let got: Vec<_> = doc
        .schemas
        .iter()
        .map(|s| (s.namespace.as_str(), s.alias.as_deref(), s.pos))
        .collect();
    assert_eq!(
        got,
        [
            ("microsoft.graph", Some("graph"), Pos { line: 6, col: 1 }),
            (
                "microsoft.graph.security",
                Some("self"),
                Pos { line: 7, col: 1 }
            ),
            ("plain", None, Pos { line: 8, col: 1 }),
        ]
    );
}

#[test]
fn entity_type_attributes_and_key() {
    let s = schema(
        "<EntityType Name=\"user\" BaseType=\"graph.directoryObject\" Abstract=\"true\" \
         OpenType=\"true\" HasStream=\"true\">\n\
         <Key><PropertyRef Name=\"id\"/><PropertyRef Name=\"tenant\"/></Key>\n\
         <Property Name=\"id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
         </EntityType>\n<EntityType Name=\"plain\"/>",
    );
    let t = &s.entity_types[0];
    assert_eq!(t.name, "user");
    assert_eq!(t.pos, Pos { line: 4, col: 1 });
    assert_eq!(t.base_type.as_deref(), Some("graph.directoryObject"));
    assert!(t.is_abstract && t.open_type && t.has_stream);
    assert_eq!(t.key, ["id", "tenant"]);
    assert_eq!(t.properties.len(), 1);
    let p = &s.entity_types[1];
    assert_eq!(p.name, "plain");
    assert!(!p.is_abstract && !p.open_type && !p.has_stream && p.base_type.is_none());
}

#[test]
fn complex_type_with_navigation_property() {
    let s = schema(
        "<ComplexType Name=\"handler\" BaseType=\"graph.base\" Abstract=\"false\" OpenType=\"true\">\n\
         <Property Name=\"configuration\" Type=\"graph.config\"/>\n\
         <NavigationProperty Name=\"customExtension\" Type=\"graph.ext\"/>\n\
         </ComplexType>",
    );
    let c = &s.complex_types[0];
    assert_eq!(
        (c.name.as_str(), c.base_type.as_deref()),
        ("handler", Some("graph.base"))
    );
    assert!(!c.is_abstract && c.open_type);
    assert_eq!(c.properties[0].type_name, "graph.config");
    assert_eq!(c.navigation_properties[0].name, "customExtension");
    assert_eq!(c.navigation_properties[0].pos, Pos { line: 6, col: 1 });
    assert!(s.entity_types.is_empty());
}

#[test]
fn property_facets_and_annotation() {
    let s = schema(
        "<ComplexType Name=\"c\">\n  \
         <Property Name=\"amount\" Type=\"Edm.Decimal\" Nullable=\"true\" MaxLength=\"max\" \
         Precision=\"18\" Scale=\"variable\" Unicode=\"false\" DefaultValue=\"0\">\n    \
         <Annotation Term=\"Org.OData.Core.V1.Description\" String=\"The amount.\"/>\n  \
         </Property>\n  <Property Name=\"type\" Type=\"Collection(Edm.String)\"/>\n</ComplexType>",
    );
    let p = &s.complex_types[0].properties[0];
    let expected = Property {
        name: "amount".into(),
        pos: Pos { line: 5, col: 3 },
        type_name: "Edm.Decimal".into(),
        nullable: Some(true),
        max_length: Some("max".into()),
        precision: Some(18),
        scale: Some("variable".into()),
        unicode: Some(false),
        default_value: Some("0".into()),
        annotations: vec![Annotation {
            term: "Org.OData.Core.V1.Description".into(),
            qualifier: None,
            pos: Pos { line: 6, col: 5 },
            value: string("The amount."),
        }],
    };
    assert_eq!(p, &expected);
    let q = &s.complex_types[0].properties[1];
    assert_eq!(
        (q.name.as_str(), q.type_name.as_str()),
        ("type", "Collection(Edm.String)")
    );
    assert_eq!((q.nullable, q.precision, q.unicode), (None, None, None));
}

#[test]
fn navigation_property_attributes_and_annotation() {
    let s = schema(
        "<EntityType Name=\"e\">\n\
         <NavigationProperty Name=\"members\" Type=\"Collection(graph.user)\" Nullable=\"false\" \
         ContainsTarget=\"true\" Partner=\"memberOf\">\n\
         <Annotation Term=\"Org.OData.Capabilities.V1.NavigationRestrictions\">\n\
         <Record><PropertyValue Property=\"Referenceable\" Bool=\"true\"/></Record>\n\
         </Annotation>\n<OnDelete Action=\"Cascade\"/>\n</NavigationProperty>\n\
         <NavigationProperty Name=\"manager\" Type=\"graph.user\"/>\n</EntityType>",
    );
    let n = &s.entity_types[0].navigation_properties;
    assert_eq!(n[0].name, "members");
    assert_eq!(n[0].type_name, "Collection(graph.user)");
    assert_eq!(n[0].nullable, Some(false));
    assert!(n[0].contains_target);
    assert_eq!(n[0].partner.as_deref(), Some("memberOf"));
    assert_eq!(
        n[0].annotations[0].value,
        AnnotationValue::Record(Record {
            type_name: None,
            properties: vec![("Referenceable".into(), AnnotationValue::Bool(true))],
            annotations: vec![],
        })
    );
    assert!(!n[1].contains_target && n[1].partner.is_none() && n[1].nullable.is_none());
}

#[test]
fn enum_type_members_and_annotations() {
    let s = schema(
        "<EnumType Name=\"perm\" IsFlags=\"true\" UnderlyingType=\"Edm.Int64\">\n\
         <Member Name=\"none\" Value=\"0\"/>\n\
         <Member Name=\"read\" Value=\" 1 \"><Annotation Term=\"Core.Description\" String=\"r\"/></Member>\n\
         <Member Name=\"neg\" Value=\"-5\"/>\n<Member Name=\"implicit\"/>\n\
         <Annotation Term=\"Core.Description\" String=\"flags\"/>\n</EnumType>\n\
         <EnumType Name=\"auditLogRecordType\" />",
    );
    let e = &s.enum_types[0];
    assert!(e.is_flags);
    assert_eq!(e.underlying_type.as_deref(), Some("Edm.Int64"));
    let members: Vec<_> = e
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.value))
        .collect();
    assert_eq!(
        members,
        [
            ("none", Some(0)),
            ("read", Some(1)),
            ("neg", Some(-5)),
            ("implicit", None)
        ]
    );
    assert_eq!(e.members[1].annotations[0].value, string("r"));
    assert_eq!(e.members[1].pos, Pos { line: 6, col: 1 });
    assert_eq!(e.annotations[0].value, string("flags"));
    // Empty stub with no members.
    let stub = &s.enum_types[1];
    assert_eq!(stub.name, "auditLogRecordType");
    assert!(stub.members.is_empty() && !stub.is_flags && stub.underlying_type.is_none());
}

#[test]
fn action_with_parameters_and_return_type() {
    let s = schema(
        "<Action Name=\"assignLicense\" IsBound=\"true\" EntitySetPath=\"bindingParameter\">\n\
         <Parameter Name=\"bindingParameter\" Type=\"graph.user\" Nullable=\"false\"/>\n\
         <Parameter Name=\"addLicenses\" Type=\"Collection(graph.assignedLicense)\" MaxLength=\"10\" \
         Precision=\"3\" Scale=\"2\" Unicode=\"true\">\n\
         <Annotation Term=\"Org.OData.Core.V1.OptionalParameter\" />\n</Parameter>\n\
         <ReturnType Type=\"graph.user\" Nullable=\"false\"><Annotation Term=\"x\"/></ReturnType>\n\
         </Action>\n<Action Name=\"unbound\"/>",
    );
    let a = &s.actions[0];
    assert_eq!(a.name, "assignLicense");
    assert!(a.is_bound && !a.is_composable);
    assert_eq!(a.entity_set_path.as_deref(), Some("bindingParameter"));
    assert_eq!(a.parameters.len(), 2);
    let p = &a.parameters[1];
    assert_eq!(p.type_name, "Collection(graph.assignedLicense)");
    assert_eq!(p.max_length.as_deref(), Some("10"));
    assert_eq!(
        (p.precision, p.scale.as_deref(), p.unicode),
        (Some(3), Some("2"), Some(true))
    );
    assert_eq!(p.annotations[0].term, "Org.OData.Core.V1.OptionalParameter");
    assert_eq!(p.annotations[0].value, AnnotationValue::None);
    assert_eq!(a.parameters[0].nullable, Some(false));
    assert_eq!(
        a.return_type,
        Some(ReturnType {
            type_name: "graph.user".into(),
            nullable: Some(false)
        })
    );
    assert!(!s.actions[1].is_bound && s.actions[1].return_type.is_none());
}

#[test]
fn function_composable_with_return_type() {
    let s = schema(
        "<Function Name=\"delta\" IsBound=\"true\" IsComposable=\"true\">\n\
         <Parameter Name=\"bindingParameter\" Type=\"Collection(graph.user)\"/>\n\
         <ReturnType Type=\"Collection(graph.user)\"/>\n\
         <Annotation Term=\"Core.Description\" String=\"d\"/>\n</Function>",
    );
    let f = &s.functions[0];
    assert!(f.is_bound && f.is_composable);
    assert_eq!(
        f.return_type
            .as_ref()
            .map(|r| (r.type_name.as_str(), r.nullable)),
        Some(("Collection(graph.user)", None))
    );
    assert_eq!(f.annotations[0].value, string("d"));
    assert!(s.actions.is_empty());
}

#[test]
fn term_attributes() {
    let s = schema(
        "<Term Name=\"changed\" Type=\"Edm.Boolean\" AppliesTo=\"microsoft.graph.driveItem\" \
         BaseTerm=\"Core.Tag\" Nullable=\"false\">\n\
         <Annotation Term=\"Core.Description\" String=\"t\"/>\n</Term>\n\
         <Term Name=\"plain\" Type=\"Edm.String\"/>",
    );
    let t = &s.terms[0];
    assert_eq!(
        (t.name.as_str(), t.type_name.as_str()),
        ("changed", "Edm.Boolean")
    );
    assert_eq!(t.applies_to.as_deref(), Some("microsoft.graph.driveItem"));
    assert_eq!(t.base_term.as_deref(), Some("Core.Tag"));
    assert_eq!(t.annotations.len(), 1);
    assert!(s.terms[1].applies_to.is_none() && s.terms[1].base_term.is_none());
}

#[test]
fn entity_container_members() {
    let s = schema(
        "<EntityContainer Name=\"GraphService\">\n\
         <EntitySet Name=\"users\" EntityType=\"microsoft.graph.user\">\n\
         <NavigationPropertyBinding Path=\"manager\" Target=\"directoryObjects\"/>\n\
         <Annotation Term=\"Core.Description\" String=\"u\"/>\n</EntitySet>\n\
         <Singleton Name=\"me\" Type=\"microsoft.graph.user\">\n\
         <NavigationPropertyBinding Path=\"memberOf\" Target=\"directoryObjects\"/>\n</Singleton>\n\
         <ActionImport Name=\"doIt\" Action=\"ns.doIt\" EntitySet=\"users\"/>\n\
         <FunctionImport Name=\"get\" Function=\"ns.get\" IncludeInServiceDocument=\"true\"/>\n\
         <FunctionImport Name=\"hidden\" Function=\"ns.hidden\"/>\n\
         <Annotation Term=\"Core.Description\" String=\"c\"/>\n</EntityContainer>",
    );
    let c = &s.containers[0];
    assert_eq!(c.name, "GraphService");
    let set = &c.entity_sets[0];
    assert_eq!(
        (set.name.as_str(), set.entity_type.as_str()),
        ("users", "microsoft.graph.user")
    );
    assert_eq!(
        set.bindings,
        [NavigationPropertyBinding {
            path: "manager".into(),
            target: "directoryObjects".into()
        }]
    );
    assert_eq!(set.annotations[0].value, string("u"));
    let me = &c.singletons[0];
    assert_eq!(
        (me.name.as_str(), me.type_name.as_str()),
        ("me", "microsoft.graph.user")
    );
    assert_eq!(me.bindings[0].path, "memberOf");
    assert_eq!(me.pos, Pos { line: 9, col: 1 });
    let ai = &c.action_imports[0];
    assert_eq!(
        (
            ai.name.as_str(),
            ai.operation.as_str(),
            ai.entity_set.as_deref()
        ),
        ("doIt", "ns.doIt", Some("users"))
    );
    assert!(!ai.include_in_service_document);
    let fi = &c.function_imports;
    assert_eq!(
        (fi[0].operation.as_str(), fi[0].include_in_service_document),
        ("ns.get", true)
    );
    assert!(!fi[1].include_in_service_document && fi[1].entity_set.is_none());
    assert_eq!(c.annotations[0].value, string("c"));
}

#[test]
fn annotation_value_attributes() {
    let cases: &[(&str, AnnotationValue)] = &[
        ("String=\"a &amp; b\"", string("a & b")),
        ("Bool=\"false\"", AnnotationValue::Bool(false)),
        ("Int=\"-42\"", AnnotationValue::Int(-42)),
        (
            "EnumMember=\"Cap.NavigationType/None\"",
            AnnotationValue::EnumMember("Cap.NavigationType/None".into()),
        ),
        ("Path=\"a/b\"", AnnotationValue::Path("a/b".into())),
        ("PropertyPath=\"id\"", AnnotationValue::Path("id".into())),
        (
            "NavigationPropertyPath=\"manager\"",
            AnnotationValue::Path("manager".into()),
        ),
        (
            "AnnotationPath=\"@Core.Description\"",
            AnnotationValue::Path("@Core.Description".into()),
        ),
        (
            "Decimal=\"1.5\"",
            AnnotationValue::Other("Decimal".into(), "1.5".into()),
        ),
        (
            "Float=\"2e3\"",
            AnnotationValue::Other("Float".into(), "2e3".into()),
        ),
        (
            "Date=\"2024-04-10\"",
            AnnotationValue::Other("Date".into(), "2024-04-10".into()),
        ),
        (
            "DateTimeOffset=\"2024-04-10T00:00:00Z\"",
            AnnotationValue::Other("DateTimeOffset".into(), "2024-04-10T00:00:00Z".into()),
        ),
        (
            "Guid=\"00000000-0000-0000-0000-000000000000\"",
            AnnotationValue::Other("Guid".into(), "00000000-0000-0000-0000-000000000000".into()),
        ),
        (
            "Duration=\"P1D\"",
            AnnotationValue::Other("Duration".into(), "P1D".into()),
        ),
        ("", AnnotationValue::None),
    ];
    for (attr, expected) in cases {
        let v = first_value(&format!("<Annotation Term=\"T\" Unknown=\"x\" {attr}/>"));
        assert_eq!(&v, expected, "for {attr}");
    }
    let s = schema(
        "<EntityType Name=\"t\"><Annotation Term=\"Cap.ExpandRestrictions\" Qualifier=\"q\"/></EntityType>",
    );
    let a = &s.entity_types[0].annotations[0];
    assert_eq!(
        (a.term.as_str(), a.qualifier.as_deref()),
        ("Cap.ExpandRestrictions", Some("q"))
    );
}

#[test]
fn annotation_value_elements() {
    let cases: &[(&str, AnnotationValue)] = &[
        (
            "<String>  keep  spaces </String>",
            string("  keep  spaces "),
        ),
        ("<String/>", string("")),
        ("<Bool> true </Bool>", AnnotationValue::Bool(true)),
        ("<Int>7</Int>", AnnotationValue::Int(7)),
        (
            "<EnumMember>A/x B/y</EnumMember>",
            AnnotationValue::EnumMember("A/x B/y".into()),
        ),
        (
            "<PropertyPath>id</PropertyPath>",
            AnnotationValue::Path("id".into()),
        ),
        (
            "<NavigationPropertyPath>a/b</NavigationPropertyPath>",
            AnnotationValue::Path("a/b".into()),
        ),
        ("<Path>p</Path>", AnnotationValue::Path("p".into())),
        (
            "<Decimal>3.25</Decimal>",
            AnnotationValue::Other("Decimal".into(), "3.25".into()),
        ),
        ("<Null/>", AnnotationValue::None),
        // A child element wins over a value attribute.
        (
            "<String>child</String><Annotation Term=\"nested\" String=\"ignored\"/>",
            string("child"),
        ),
    ];
    for (body, expected) in cases {
        let v = first_value(&format!(
            "<Annotation Term=\"T\" String=\"attr\">{body}</Annotation>"
        ));
        assert_eq!(&v, expected, "for {body}");
    }
}

#[test]
fn record_with_nested_values() {
    let v = first_value(
        "<Annotation Term=\"Core.AlternateKeys\">\n<Collection>\n\
         <Record Type=\"Core.AlternateKey\">\n\
         <PropertyValue Property=\"Key\">\n<Collection>\n\
         <Record Type=\"Core.PropertyRef\">\n\
         <PropertyValue Property=\"Alias\" String=\"uniqueName\"/>\n\
         <PropertyValue Property=\"Name\" PropertyPath=\"uniqueName\"/>\n\
         </Record>\n</Collection>\n</PropertyValue>\n\
         <PropertyValue Property=\"Kind\"><EnumMember>Cap.K/a</EnumMember></PropertyValue>\n\
         <PropertyValue Property=\"Text\"><String>x</String><Annotation Term=\"skipped\"/></PropertyValue>\n\
         <PropertyValue Property=\"Inner\"><Record><PropertyValue Property=\"B\" Bool=\"true\"/></Record></PropertyValue>\n\
         <PropertyValue Property=\"Empty\"/>\n\
         <Annotation Term=\"Core.Description\" String=\"on record\"/>\n\
         </Record>\n</Collection>\n</Annotation>",
    );
    let property_ref = AnnotationValue::Record(Record {
        type_name: Some("Core.PropertyRef".into()),
        properties: vec![
            ("Alias".into(), string("uniqueName")),
            ("Name".into(), AnnotationValue::Path("uniqueName".into())),
        ],
        annotations: vec![],
    });
    let AnnotationValue::Collection(items) = v else {
        panic!("expected a collection, got {v:?}");
    };
    let AnnotationValue::Record(rec) = &items[0] else {
        panic!("expected a record, got {:?}", items[0]);
    };
    assert_eq!(rec.type_name.as_deref(), Some("Core.AlternateKey"));
    assert_eq!(
        rec.properties,
        [
            (
                "Key".into(),
                AnnotationValue::Collection(vec![property_ref])
            ),
            ("Kind".into(), AnnotationValue::EnumMember("Cap.K/a".into())),
            ("Text".into(), string("x")),
            (
                "Inner".into(),
                AnnotationValue::Record(Record {
                    type_name: None,
                    properties: vec![("B".into(), AnnotationValue::Bool(true))],
                    annotations: vec![],
                })
            ),
            ("Empty".into(), AnnotationValue::None),
        ]
    );
    assert_eq!(rec.annotations.len(), 1);
    assert_eq!(rec.annotations[0].value, string("on record"));
}

#[test]
fn collection_of_mixed_values() {
    let v = first_value(
        "<Annotation Term=\"T\"><Collection>\n<String>microsoft.graph.user</String>\n\
         <String>microsoft.graph.group</String>\n<Int>1</Int>\n<If><Path>x</Path></If>\n\
         <Record/>\n<Collection/>\n</Collection></Annotation>",
    );
    assert_eq!(
        v,
        AnnotationValue::Collection(vec![
            string("microsoft.graph.user"),
            string("microsoft.graph.group"),
            AnnotationValue::Int(1),
            AnnotationValue::Record(Record::default()),
            AnnotationValue::Collection(vec![]),
        ])
    );
}

#[test]
fn out_of_line_annotations_blocks() {
    let s = schema(
        "<Annotations Target=\"microsoft.graph.user/manager\">\n\
         <Annotation Term=\"Core.Description\" String=\"The manager.\"/>\n\
         <Annotation Term=\"Cap.ReadRestrictions\"><Record><PropertyValue Property=\"Readable\" Bool=\"false\"/></Record></Annotation>\n\
         </Annotations>\n\
         <Annotations Target=\"ns.c\" Qualifier=\"block\">\n\
         <Annotation Term=\"A\"/>\n<Annotation Term=\"B\" Qualifier=\"own\"/>\n</Annotations>",
    );
    assert_eq!(s.annotations.len(), 2);
    let b = &s.annotations[0];
    assert_eq!(b.target, "microsoft.graph.user/manager");
    assert_eq!(b.pos, Pos { line: 4, col: 1 });
    assert_eq!(b.annotations[0].value, string("The manager."));
    assert_eq!(b.annotations[0].pos, Pos { line: 5, col: 1 });
    assert!(matches!(b.annotations[1].value, AnnotationValue::Record(_)));
    let q: Vec<_> = s.annotations[1]
        .annotations
        .iter()
        .map(|a| a.qualifier.as_deref())
        .collect();
    assert_eq!(q, [Some("block"), Some("own")]);
}

#[test]
fn string_text_and_attributes_are_unescaped() {
    let v = first_value(
        "<Annotation Term=\"T\"><String>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#65;&#x42; <![CDATA[<raw&>]]>\r\nend</String></Annotation>",
    );
    assert_eq!(v, string("a <b> & \"c\" 'd' AB <raw&>\nend"));
    let v = first_value("<Annotation Term=\"T\" String=\"x &lt;y&gt; &#x263A;\"/>");
    assert_eq!(v, string("x <y> \u{263A}"));
}

#[test]
fn unknown_elements_and_attributes_are_skipped() {
    let s = schema(
        "<TypeDefinition Name=\"td\" UnderlyingType=\"Edm.String\"><Annotation Term=\"x\"/></TypeDefinition>\n\
         <Unknown><EntityType Name=\"hidden\"/><Unknown><Unknown>deep</Unknown></Unknown></Unknown>\n\
         <EntityType Name=\"e\" Whatever=\"1\" foo:Bar=\"2\">\n\
         <Mystery a=\"1\"><Property/></Mystery>\n\
         <Property Name=\"p\" Type=\"Edm.String\" SRID=\"0\"><Weird/>text</Property>\n\
         <Annotation Term=\"T\"><Apply Function=\"odata.concat\"><String>a</String></Apply></Annotation>\n\
         </EntityType>\n<x:Other xmlns:x=\"urn:x\"/>",
    );
    assert_eq!(s.entity_types.len(), 1);
    let e = &s.entity_types[0];
    assert_eq!(e.name, "e");
    assert_eq!(e.properties.len(), 1);
    assert_eq!(e.annotations[0].value, AnnotationValue::None);
}

#[test]
fn deeply_nested_unknown_elements_do_not_overflow() {
    let depth = 200_000;
    let body = format!("{}{}", "<U>".repeat(depth), "</U>".repeat(depth));
    assert!(schema(&body).entity_types.is_empty());
}

#[test]
fn bom_declaration_and_crlf() {
    let xml = format!(
        "\u{feff}<?xml version=\"1.0\"?>\r\n{}",
        wrap("<EntityType Name=\"e\"/>").replace('\n', "\r\n")
    );
    let doc = read(&xml);
    // The BOM is not counted in columns; CRLF counts as one line break.
    assert_eq!(doc.schemas[0].pos, Pos { line: 4, col: 1 });
    assert_eq!(doc.schemas[0].entity_types[0].pos, Pos { line: 5, col: 1 });
    let e = err("\u{feff}<html/>");
    assert_err(&e, 1, 1, "`<html>`");
}

#[test]
fn error_display_format() {
    let e = ReadError {
        file: "f.xml".into(),
        line: 3,
        col: 7,
        message: "boom".into(),
    };
    assert_eq!(e.to_string(), "f.xml:3:7: boom");
    let e = err("");
    assert_eq!(e.file, "t.xml");
    assert!(e.to_string().starts_with("t.xml:1:1: "));
}

// ---- errors -----------------------------------------------------------------

#[test]
fn error_invalid_xml_mismatched_end_tag() {
    let e = err(wrap("<EntityType Name=\"e\">\n  </ComplexType>"));
    assert_err(
        &e,
        5,
        3,
        "expected `</EntityType>`, but `</ComplexType>` was found",
    );
}

#[test]
fn error_invalid_xml_bad_tag() {
    let e = err(wrap("<EntityType Name=\"e\"></EntityType>\n<<Property/>"));
    assert_err(&e, 5, 1, "malformed XML: invalid element name `<Property`");
    let e = err(wrap("<EntityType Name=\"e\">\n  <!-- unterminated comment"));
    assert_err(&e, 5, 3, "malformed XML: syntax error: comment not closed");
    let e = err(wrap("<EntityType Name=\"e\">x</"));
    assert_err(&e, 4, 23, "malformed XML");
}

#[test]
fn error_truncated_between_elements() {
    let full =
        wrap("<EntityType Name=\"e\">\n<Property Name=\"p\" Type=\"Edm.String\"/>\n</EntityType>");
    let cut = &full[..full.find("</EntityType>").unwrap_or(0)];
    let e = err(cut);
    assert_err(
        &e,
        6,
        1,
        "unexpected end of file: expected `</EntityType>` to close `<EntityType>` opened at 4:1",
    );
}

#[test]
fn error_truncated_inside_tag() {
    let e = err(format!("{HEAD}<EntityType Name=\"e"));
    assert_err(&e, 4, 1, "not closed");
    let e = err(format!("{HEAD}<EntityType Name=\"e\"><Unknown><Deeper>"));
    assert_err(&e, 4, 39, "expected `</Deeper>`");
}

#[test]
fn never_panics_on_any_prefix() {
    let full = wrap(
        "<EntityType Name=\"e\" Abstract=\"true\"><Key><PropertyRef Name=\"id\"/></Key>\
         <Property Name=\"id\" Type=\"Edm.String\"><Annotation Term=\"T\"><Collection><Record Type=\"R\">\
         <PropertyValue Property=\"a\"><String>x &amp; y</String></PropertyValue></Record></Collection>\
         </Annotation></Property></EntityType><EnumType Name=\"n\"><Member Name=\"a\" Value=\"1\"/></EnumType>",
    );
    let bytes = full.as_bytes();
    assert!(read_csdl(bytes, "t.xml").is_ok());
    let complete = full.trim_end().len();
    for end in 0..complete {
        let e = err(&bytes[..end]);
        assert!(e.line >= 1 && e.col >= 1 && !e.message.is_empty(), "{e}");
    }
    // Also corrupt every byte in turn: any result is fine, but no panic.
    for at in 0..bytes.len() {
        for replacement in [b'<', b'>', b'&', b'"', b'/', 0xC3] {
            let mut corrupt = bytes.to_vec();
            corrupt[at] = replacement;
            let _ = read_csdl(&corrupt, "t.xml");
        }
    }
}

#[test]
fn error_empty_and_blank_files() {
    assert_err(
        &err(""),
        1,
        1,
        "empty document: expected root element `<edmx:Edmx>`",
    );
    assert_err(&err("\u{feff}"), 1, 1, "empty document");
    assert_err(
        &err("\n  \n"),
        3,
        1,
        "expected root element `<edmx:Edmx>`, found end of file",
    );
    assert_err(
        &err("<?xml version=\"1.0\"?>\n<!-- only -->"),
        2,
        14,
        "found end of file",
    );
}

#[test]
fn error_not_csdl() {
    let e = err("<html>\n<body><p>Sign in</p></body>\n</html>");
    assert_err(
        &e,
        1,
        1,
        "expected root element `<edmx:Edmx>`, found `<html>`",
    );
    let e = err("<!DOCTYPE html>\n<html><body>&nbsp;</body></html>");
    assert_err(&e, 1, 1, "DOCTYPE");
    let e = err("just some text");
    assert_err(&e, 1, 1, "found text");
    let e = err("<edmx:Edmx Version=\"4.0\">\n  <edmx:Reference Uri=\"x\"/>\n</edmx:Edmx>");
    assert_err(&e, 1, 1, "no `<edmx:DataServices>`");
}

#[test]
fn error_content_after_root() {
    let e = err(format!("{}<edmx:Edmx/>", wrap("")));
    assert_err(
        &e,
        8,
        1,
        "expected end of file after `</edmx:Edmx>`, found `<edmx:Edmx>`",
    );
    let e = err(format!("{}garbage", wrap("")));
    assert_err(&e, 8, 1, "found text");
}

#[test]
fn error_member_names_json_would_escape() {
    // Generated code writes member names into JSON keys unescaped.
    let e = err(wrap(
        "<ComplexType Name=\"c\">\n  <Property Name=\"a&quot;b\" Type=\"Edm.String\"/>\n</ComplexType>",
    ));
    assert_err(
        &e,
        5,
        19,
        "`Name` of `<Property>` is not a CSDL identifier: \"a\\\"b\" contains '\"'",
    );
    let e = err(wrap(
        "<EntityType Name=\"e\"><NavigationProperty Name=\"x\\y\" Type=\"t.e\"/></EntityType>",
    ));
    assert_err(
        &e,
        4,
        48,
        "`Name` of `<NavigationProperty>` is not a CSDL identifier: \"x\\\\y\" contains '\\\\'",
    );
}

#[test]
fn error_missing_required_attributes() {
    let e = err(wrap("<EntityType BaseType=\"x\"/>"));
    assert_err(
        &e,
        4,
        1,
        "`<EntityType>` is missing required attribute `Name`",
    );
    let e = err(wrap(
        "<ComplexType Name=\"c\">\n  <Property Name=\"p\"/>\n</ComplexType>",
    ));
    assert_err(
        &e,
        5,
        3,
        "`<Property>` is missing required attribute `Type`",
    );
    let e = err(wrap("<EntityType Name=\"  \"/>"));
    assert_err(
        &e,
        4,
        19,
        "attribute `Name` of `<EntityType>` must not be empty",
    );
    let e = err(wrap(
        "<EntityType Name=\"e\"><Annotation String=\"x\"/></EntityType>",
    ));
    assert_err(
        &e,
        4,
        22,
        "`<Annotation>` is missing required attribute `Term`",
    );
    let e = err(wrap("<Annotations><Annotation Term=\"x\"/></Annotations>"));
    assert_err(&e, 4, 1, "missing required attribute `Target`");
    let e = err(format!(
        "{}\n</edmx:DataServices></edmx:Edmx>",
        HEAD.replace("Namespace=\"ns\" ", "")
    ));
    assert_err(
        &e,
        3,
        1,
        "`<Schema>` is missing required attribute `Namespace`",
    );
}

#[test]
fn error_non_integer_enum_value() {
    let e = err(wrap(
        "<EnumType Name=\"n\">\n  <Member Name=\"a\" Value=\"one\"/>\n</EnumType>",
    ));
    assert_err(
        &e,
        5,
        27,
        "invalid value `one` for attribute `Value` of `<Member>`: expected an integer",
    );
    let e = err(wrap(
        "<EnumType Name=\"n\"><Member Name=\"a\" Value=\"99999999999999999999\"/></EnumType>",
    ));
    assert_err(&e, 4, 44, "expected an integer");
}

#[test]
fn error_invalid_bool_values() {
    let e = err(wrap(
        "<ComplexType Name=\"c\">\n<Property Name=\"p\" Type=\"Edm.String\" Nullable=\"yes\"/>\n</ComplexType>",
    ));
    assert_err(
        &e,
        5,
        48,
        "invalid value `yes` for attribute `Nullable` of `<Property>`: expected `true` or `false`",
    );
    let e = err(wrap("<EntityType Name=\"e\" Abstract=\"True\"/>"));
    assert_err(&e, 4, 32, "attribute `Abstract`");
    let e = err(wrap(
        "<EntityType Name=\"e\"><Annotation Term=\"T\" Bool=\"maybe\"/></EntityType>",
    ));
    assert_err(&e, 4, 49, "invalid `Bool` value `maybe`");
    let e = err(wrap(
        "<EntityType Name=\"e\"><Annotation Term=\"T\"><Bool>nope</Bool></Annotation></EntityType>",
    ));
    assert_err(&e, 4, 43, "invalid `Bool` value `nope`");
}

#[test]
fn error_invalid_integers() {
    let e = err(wrap(
        "<EntityType Name=\"e\"><Annotation Term=\"T\" Int=\"1.5\"/></EntityType>",
    ));
    assert_err(&e, 4, 48, "invalid `Int` value `1.5`");
    let e = err(wrap(
        "<ComplexType Name=\"c\"><Property Name=\"p\" Type=\"Edm.Decimal\" Precision=\"-1\"/></ComplexType>",
    ));
    assert_err(&e, 4, 72, "expected a non-negative integer");
}

#[test]
fn error_doctype_rejected() {
    let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n \
                <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n\
                <edmx:Edmx>&lol2;</edmx:Edmx>";
    assert_err(&err(bomb), 2, 1, "`<!DOCTYPE`: DTDs are not allowed");
    let xxe =
        "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><edmx:Edmx>&xxe;</edmx:Edmx>";
    assert_err(&err(xxe), 1, 1, "DTDs are not allowed");
}

#[test]
fn error_undefined_entities() {
    let e = err(wrap(
        "<EntityType Name=\"e\"><Annotation Term=\"T\"><String>a &nbsp;</String></Annotation></EntityType>",
    ));
    assert_err(&e, 4, 53, "undefined entity `&nbsp;`");
    let e = err(wrap(
        "<EntityType Name=\"e\"><Annotation Term=\"T\" String=\"&ext;\"/></EntityType>",
    ));
    assert_err(
        &e,
        4,
        51,
        "invalid value of attribute `String` in `<Annotation>`",
    );
    let e = err(wrap("<Unknown>&#0;</Unknown>"));
    assert_err(&e, 4, 10, "invalid character reference `&#0;`");
}

#[test]
fn error_malformed_attributes() {
    let e = err(wrap("<EntityType Name=\"a\" Name=\"b\"/>"));
    assert_err(&e, 4, 22, "duplicate attribute");
    let e = err(wrap("<EntityType Name=a/>"));
    assert_err(&e, 4, 18, "must be enclosed in");
}

#[test]
fn error_invalid_utf8() {
    let xml = wrap("<EntityType Name=\"e\"/>");
    let at = xml.find("\"e\"").map_or(0, |i| i + 1);
    let mut bytes = xml.into_bytes();
    bytes[at] = 0xFF;
    assert_err(&err(&bytes), 4, 19, "invalid UTF-8");
}

#[test]
fn error_expression_nesting_limit() {
    let depth = 10_000;
    let body = format!(
        "<EntityType Name=\"e\"><Annotation Term=\"T\">{}{}</Annotation></EntityType>",
        "<Collection>".repeat(depth),
        "</Collection>".repeat(depth)
    );
    let e = err(wrap(&body));
    assert_eq!(e.line, 4);
    assert!(e.message.contains("nested too deeply"), "{e}");
}

// ---- OData v4 constructs beyond Graph's -------------------------------------

#[test]
fn references_and_includes_are_read() {
    let xml = "<edmx:Edmx Version=\"4.01\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n\
        <edmx:Reference Uri=\"https://x/Org.OData.Core.V1.xml\">\n\
        <edmx:Include Namespace=\"Org.OData.Core.V1\" Alias=\"Core\"/>\n\
        <edmx:IncludeAnnotations TermNamespace=\"Org.OData.Core.V1\"/>\n\
        </edmx:Reference>\n\
        <edmx:DataServices><Schema Namespace=\"a\"/></edmx:DataServices>\n</edmx:Edmx>\n";
    let doc = read(xml);
    assert_eq!(doc.references.len(), 1);
    let r = &doc.references[0];
    assert_eq!(
        (r.uri.as_str(), r.pos),
        ("https://x/Org.OData.Core.V1.xml", Pos { line: 2, col: 1 })
    );
    let inc: Vec<_> = r
        .includes
        .iter()
        .map(|i| (i.namespace.as_str(), i.alias.as_deref()))
        .collect();
    assert_eq!(inc, [("Org.OData.Core.V1", Some("Core"))]);
}

#[test]
fn type_definition_with_facets() {
    let s = schema(
        "<TypeDefinition Name=\"Sku\" UnderlyingType=\"Edm.String\" MaxLength=\"12\" Unicode=\"false\">\
         <Annotation Term=\"Core.Description\" String=\"d\"/></TypeDefinition>\n\
         <TypeDefinition Name=\"P\" UnderlyingType=\"Edm.GeographyPoint\" SRID=\"4326\"/>",
    );
    let d = &s.type_definitions;
    assert_eq!(d.len(), 2);
    assert_eq!(
        (
            d[0].name.as_str(),
            d[0].underlying_type.as_str(),
            d[0].max_length.as_deref(),
            d[0].unicode,
            d[0].annotations.len()
        ),
        ("Sku", "Edm.String", Some("12"), Some(false), 1)
    );
    assert_eq!(d[1].srid.as_deref(), Some("4326"));
    let e = err(wrap("<TypeDefinition Name=\"x\"/>"));
    assert_err(&e, 4, 1, "missing required attribute `UnderlyingType`");
}

#[test]
fn key_alias_and_container_extends() {
    let s = schema(
        "<EntityType Name=\"t\"><Key><PropertyRef Name=\"A/B\" Alias=\"B\"/><PropertyRef Name=\"C\"/></Key></EntityType>\
         <EntityContainer Name=\"c\" Extends=\"other.Base\"/>",
    );
    let t = &s.entity_types[0];
    assert_eq!(t.key, ["A/B", "C"]);
    assert_eq!(t.key_aliases, [("A/B".to_string(), "B".to_string())]);
    assert_eq!(s.containers[0].extends.as_deref(), Some("other.Base"));
}

#[test]
fn odata_v2_v3_and_missing_version_are_refused() {
    let v3 = "<edmx:Edmx Version=\"1.0\" xmlns:edmx=\"http://schemas.microsoft.com/ado/2007/06/edmx\">\n\
        <edmx:DataServices/></edmx:Edmx>";
    let e = err(v3);
    assert_err(
        &e,
        1,
        21,
        "found `<edmx:Edmx Version=\"1.0\">` (OData v2/v3 CSDL)",
    );
    assert!(e.message.contains("OData v4 CSDL"), "{e}");
    let e = err("<edmx:Edmx>\n<edmx:DataServices/></edmx:Edmx>");
    assert_err(&e, 1, 1, "has no `Version` attribute");
}
