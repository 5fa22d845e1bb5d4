//! `cargo xtask diff` on tiny hand-written CSDL: one test per kind of change
//! and its classification (breaking or not, Rust path). Every case also
//! checks completeness: the types the report names are exactly the types
//! whose generated code differs.

use msgraph_codegen::diff::{Change, ChangeKind as K, Report, Status, diff_models};
use msgraph_codegen::emit::rust_type::Paths;
use msgraph_codegen::emit::type_text;
use msgraph_codegen::model::Model;
use msgraph_codegen::pipeline::load;
use std::collections::BTreeSet;

fn csdl(body: &str) -> String {
    format!(
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n<edmx:DataServices>\n\
         <Schema Namespace=\"t\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n{body}\n</Schema>\n\
         </edmx:DataServices>\n</edmx:Edmx>\n"
    )
}

fn model(body: &str) -> Model {
    load(csdl(body).as_bytes(), "t.xml").unwrap_or_else(|e| panic!("{e:#}"))
}

fn emitted(m: &Model) -> Vec<(String, String)> {
    let paths = Paths::new("crate");
    (0..m.types.len())
        .map(|id| {
            let text = type_text(m, &paths, id).unwrap();
            (m.types[id].qualified.clone(), text)
        })
        .collect()
}

/// Diff two schema bodies; assert the report names exactly the types whose
/// generated code differs.
fn diff(old: &str, new: &str) -> Report {
    let (a, b) = (model(old), model(new));
    let report = diff_models(&a, &b, "old.xml", "new.xml", "m");
    let (ea, eb) = (emitted(&a), emitted(&b));
    let all: BTreeSet<&String> = ea.iter().chain(&eb).map(|(q, _)| q).collect();
    let text =
        |e: &[(String, String)], q: &str| e.iter().find(|(n, _)| n == q).map(|(_, t)| t.clone());
    let changed: BTreeSet<String> = all
        .into_iter()
        .filter(|q| text(&ea, q) != text(&eb, q))
        .cloned()
        .collect();
    let named: BTreeSet<String> = report
        .namespaces
        .iter()
        .flat_map(|n| n.types.iter().map(|t| t.qualified.clone()))
        .collect();
    assert_eq!(
        named, changed,
        "types named by the report vs types whose code changed"
    );
    report
}

fn all(r: &Report) -> Vec<&Change> {
    r.namespaces
        .iter()
        .flat_map(|n| {
            n.types
                .iter()
                .flat_map(|t| &t.changes)
                .chain(n.operations.iter().flat_map(|o| &o.changes))
                .chain(&n.container)
                .chain(&n.requests)
        })
        .collect()
}

fn find<'r>(r: &'r Report, kind: K, item: &str) -> &'r Change {
    all(r)
        .into_iter()
        .find(|c| c.kind == kind && c.item == item)
        .unwrap_or_else(|| panic!("no {kind:?} `{item}` in\n{}", r.to_markdown()))
}

const USER: &str = r#"<EntityType Name="user"><Key><PropertyRef Name="id" /></Key>
<Property Name="id" Type="Edm.String" Nullable="false" /><Property Name="age" Type="Edm.Int32" /></EntityType>"#;

#[test]
fn identical_models_give_an_empty_report() {
    let r = diff(USER, USER);
    assert!(r.namespaces.is_empty());
    assert_eq!((r.summary.changes, r.summary.breaking), (0, 0));
    assert!(r.to_markdown().contains("No changes."));
}

#[test]
fn added_types_are_not_breaking_removed_types_are() {
    let extra = r#"<ComplexType Name="address"><Property Name="city" Type="Edm.String" /></ComplexType>
<EnumType Name="color"><Member Name="red" Value="0" /></EnumType>"#;
    let added = diff(USER, &format!("{USER}{extra}"));
    let c = find(&added, K::TypeAdded, "");
    assert!(!c.breaking);
    let types = &added.namespaces[0].types;
    assert_eq!(types.len(), 2);
    assert_eq!(
        (
            types[0].qualified.as_str(),
            types[0].kind,
            types[0].rust_path.as_str()
        ),
        ("t.address", "complex", "m::Address")
    );
    assert_eq!(types[1].kind, "enum");
    assert_eq!(added.summary.rows[1].added, 1);
    assert_eq!(added.summary.rows[2].added, 1);

    let removed = diff(&format!("{USER}{extra}"), USER);
    assert!(
        removed.namespaces[0]
            .types
            .iter()
            .all(|t| t.status == Status::Removed && t.breaking)
    );
    assert_eq!(removed.summary.breaking, 2);
}

#[test]
fn property_added_removed_and_retyped() {
    let old = r#"<ComplexType Name="a"><Property Name="keep" Type="Edm.String" />
<Property Name="gone" Type="Edm.String" /><Property Name="count" Type="Edm.Int32" />
<Property Name="ratio" Type="Edm.Single" /><Property Name="tags" Type="Edm.String" /></ComplexType>"#;
    let new = r#"<ComplexType Name="a"><Property Name="keep" Type="Edm.String" />
<Property Name="count" Type="Edm.Int64" /><Property Name="ratio" Type="Edm.Double" />
<Property Name="tags" Type="Collection(Edm.String)" /><Property Name="fresh" Type="Edm.Boolean" /></ComplexType>"#;
    let r = diff(old, new);

    let added = find(&r, K::PropertyAdded, "fresh");
    assert!(!added.breaking);
    assert_eq!(added.rust_path.as_deref(), Some("m::A::fresh"));
    assert_eq!(added.rust_new.as_deref(), Some("bool"));

    let gone = find(&r, K::PropertyRemoved, "gone");
    assert!(gone.breaking);
    assert_eq!(gone.rust_path.as_deref(), Some("m::A::gone"));

    let count = find(&r, K::PropertyTypeChanged, "count");
    assert!(count.breaking);
    assert_eq!(
        (count.rust_old.as_deref(), count.rust_new.as_deref()),
        (Some("i32"), Some("i64"))
    );

    // Both are f64 in Rust: reported (the docs change), not breaking.
    let ratio = find(&r, K::PropertyTypeChanged, "ratio");
    assert!(!ratio.breaking);
    assert_eq!(ratio.old.as_deref(), Some("Edm.Single"));

    let tags = find(&r, K::PropertyCollectionChanged, "tags");
    assert!(tags.breaking);
    assert_eq!(tags.rust_new.as_deref(), Some("Vec<String>"));
    assert_eq!(r.summary.breaking, 3);
}

#[test]
fn nullability_navigation_and_docs_are_reported_but_not_breaking() {
    let old = r#"<EntityType Name="a"><Key><PropertyRef Name="id" /></Key>
<Property Name="id" Type="Edm.String" Nullable="false" /><Property Name="n" Type="Edm.String" />
<NavigationProperty Name="peer" Type="t.a" /></EntityType>"#;
    let new = r#"<EntityType Name="a"><Key><PropertyRef Name="id" /></Key>
<Property Name="id" Type="Edm.String" Nullable="false" />
<Property Name="n" Type="Edm.String" Nullable="false"><Annotation Term="Org.OData.Core.V1.Description" String="The n." /></Property>
<NavigationProperty Name="peer" Type="t.a" ContainsTarget="true" />
<Annotation Term="Org.OData.Core.V1.Description" String="An a." /></EntityType>"#;
    let r = diff(old, new);
    let n = find(&r, K::PropertyNullabilityChanged, "n");
    assert!(!n.breaking);
    assert_eq!(
        (n.old.as_deref(), n.new.as_deref()),
        (Some("nullable"), Some("not nullable"))
    );
    let nav = find(&r, K::PropertyNavigationChanged, "peer");
    assert!(!nav.breaking && nav.navigation);
    assert_eq!(nav.new.as_deref(), Some("containment navigation property"));
    assert!(!find(&r, K::PropertyDocChanged, "n").breaking);
    let t = find(&r, K::TypeDocChanged, "");
    assert_eq!(t.new.as_deref(), Some("An a."));
    // The field stays; the builders lose the `$ref` requests of a navigation that is
    // now contained, and that alone is breaking.
    let refs = find(&r, K::RequestsChanged, "t.a/peer");
    assert_eq!(refs.note.as_deref(), Some("no longer offered: $ref"));
    assert_eq!(r.summary.breaking, 1);
    let md = r.to_markdown();
    assert!(
        md.contains("- documentation changed: \"An a.\" — `m::A`"),
        "{md}"
    );
}

#[test]
fn field_rust_name_change_is_breaking() {
    // `fooBar` and `foo_bar` both want `foo_bar`; the second gets a suffix
    // until the first goes away.
    let old = r#"<ComplexType Name="a"><Property Name="fooBar" Type="Edm.String" />
<Property Name="foo_bar" Type="Edm.String" /></ComplexType>"#;
    let new =
        r#"<ComplexType Name="a"><Property Name="foo_bar" Type="Edm.String" /></ComplexType>"#;
    let r = diff(old, new);
    let c = find(&r, K::PropertyRustNameChanged, "foo_bar");
    assert!(c.breaking);
    assert_eq!(c.new.as_deref(), Some("foo_bar"));
    assert_ne!(c.old.as_deref(), Some("foo_bar"));
    assert!(find(&r, K::PropertyRemoved, "fooBar").breaking);
}

#[test]
fn type_rust_path_change_is_breaking() {
    let old = r#"<ComplexType Name="fooBar" /><ComplexType Name="foo_bar" />"#;
    let new = r#"<ComplexType Name="foo_bar" />"#;
    let r = diff(old, new);
    let c = find(&r, K::TypeRustPathChanged, "");
    assert!(c.breaking);
    assert_eq!(c.rust_new.as_deref(), Some("m::FooBar"));
}

const MEDIA: &str = r#"<ComplexType Name="config"><Property Name="x" Type="Edm.String" /></ComplexType>
<ComplexType Name="holder"><Property Name="one" Type="t.config" /><Property Name="many" Type="Collection(t.config)" /></ComplexType>"#;
const APP: &str = r#"<ComplexType Name="appConfig" BaseType="t.config"><Property Name="blob" Type="Edm.String" /></ComplexType>"#;
const SVC: &str = r#"<ComplexType Name="svcConfig" BaseType="t.config" />"#;

#[test]
fn first_derived_type_makes_fields_polymorphic() {
    let r = diff(MEDIA, &format!("{MEDIA}{APP}"));
    let d = find(&r, K::DerivedTypeAdded, "t.appConfig");
    assert!(d.breaking);
    assert_eq!(d.rust_path.as_deref(), Some("m::AnyConfig::AppConfig"));
    assert!(
        d.note.as_deref().unwrap().contains("first derived type"),
        "{:?}",
        d.note
    );
    let one = find(&r, K::PropertyRustTypeChanged, "one");
    assert!(one.breaking);
    assert_eq!(
        (one.rust_old.as_deref(), one.rust_new.as_deref()),
        (Some("m::Config"), Some("m::AnyConfig"))
    );
    assert!(
        one.note
            .as_deref()
            .unwrap()
            .contains("gained its first derived type")
    );
    let many = find(&r, K::PropertyRustTypeChanged, "many");
    assert_eq!(many.rust_new.as_deref(), Some("Vec<m::AnyConfig>"));
    // The holder and the base change; the new type is added.
    let names: Vec<_> = r.namespaces[0]
        .types
        .iter()
        .map(|t| (t.qualified.as_str(), t.status))
        .collect();
    assert_eq!(
        names,
        [
            ("t.appConfig", Status::Added),
            ("t.config", Status::Changed),
            ("t.holder", Status::Changed)
        ]
    );
}

#[test]
fn more_derived_types_add_and_remove_variants() {
    let two = format!("{MEDIA}{APP}");
    let three = format!("{MEDIA}{APP}{SVC}");
    let added = diff(&two, &three);
    let c = find(&added, K::DerivedTypeAdded, "t.svcConfig");
    assert!(c.breaking);
    assert!(c.note.as_deref().unwrap().contains("exhaustive `match`"));
    // Fields stay `AnyConfig`: the holder does not change.
    assert!(
        added.namespaces[0]
            .types
            .iter()
            .all(|t| t.qualified != "t.holder")
    );

    let removed = diff(&three, &two);
    assert!(find(&removed, K::DerivedTypeRemoved, "t.svcConfig").breaking);
    let last = diff(&two, MEDIA);
    let c = find(&last, K::DerivedTypeRemoved, "t.appConfig");
    assert!(c.note.as_deref().unwrap().starts_with("last derived type"));
    assert!(find(&last, K::PropertyRustTypeChanged, "one").breaking);
}

#[test]
fn inherited_property_changes_show_in_every_derived_struct() {
    let old = format!("{MEDIA}{APP}");
    let new = old.replace(
        r#"<Property Name="x" Type="Edm.String" />"#,
        r#"<Property Name="x" Type="Edm.String" /><Property Name="y" Type="Edm.Int32" />"#,
    );
    let r = diff(&old, &new);
    let on_base: Vec<_> = all(&r)
        .into_iter()
        .filter(|c| c.kind == K::PropertyAdded)
        .map(|c| (c.rust_path.clone().unwrap(), c.inherited_from.clone()))
        .collect();
    assert_eq!(
        on_base,
        [
            ("m::AppConfig::y".to_string(), Some("t.config".to_string())),
            ("m::Config::y".to_string(), None)
        ]
    );
    let row = r
        .summary
        .rows
        .iter()
        .find(|r| r.what == "inherited by derived types")
        .unwrap();
    assert_eq!(row.added, 1);
}

#[test]
fn base_type_change_is_breaking_when_fields_are_lost() {
    let bases = r#"<ComplexType Name="b1"><Property Name="p" Type="Edm.String" /></ComplexType>
<ComplexType Name="b2"><Property Name="p" Type="Edm.String" /></ComplexType>
<ComplexType Name="b3"><Property Name="q" Type="Edm.String" /></ComplexType>"#;
    let with = |base: &str| format!(r#"{bases}<ComplexType Name="d" BaseType="t.{base}" />"#);
    let same_fields = diff(&with("b1"), &with("b2"));
    let c = find(&same_fields, K::BaseTypeChanged, "");
    assert!(!c.breaking);
    assert_eq!(
        (c.old.as_deref(), c.new.as_deref()),
        (Some("t.b1"), Some("t.b2"))
    );
    assert!(find(&same_fields, K::DerivedTypeRemoved, "t.d").breaking);
    assert!(find(&same_fields, K::DerivedTypeAdded, "t.d").breaking);

    let lost = diff(&with("b1"), &with("b3"));
    let c = find(&lost, K::BaseTypeChanged, "");
    assert!(c.breaking);
    assert_eq!(c.note.as_deref(), Some("inherited fields lost: p"));
}

#[test]
fn shape_and_field_order_changes_are_not_breaking() {
    let old = r#"<ComplexType Name="a"><Property Name="x" Type="Edm.String" /><Property Name="y" Type="Edm.String" /></ComplexType>"#;
    let new = r#"<ComplexType Name="a" Abstract="true" OpenType="true"><Property Name="y" Type="Edm.String" /><Property Name="x" Type="Edm.String" /></ComplexType>"#;
    let r = diff(old, new);
    assert!(!find(&r, K::TypeShapeChanged, "abstract").breaking);
    assert!(!find(&r, K::TypeShapeChanged, "open type").breaking);
    let o = find(&r, K::FieldOrderChanged, "");
    assert!(!o.breaking);
    assert_eq!(
        (o.old.as_deref(), o.new.as_deref()),
        (Some("x, y"), Some("y, x"))
    );
}

#[test]
fn enum_members() {
    let old = r#"<EnumType Name="state"><Member Name="idle" Value="0" /><Member Name="busy" Value="1" />
<Member Name="gone" Value="2" /></EnumType>"#;
    let new = r#"<EnumType Name="state"><Member Name="idle" Value="0" /><Member Name="busy" Value="5" />
<Member Name="away" Value="3" /></EnumType>"#;
    let r = diff(old, new);
    let added = find(&r, K::MemberAdded, "away");
    assert!(added.breaking, "exhaustive matches break");
    assert_eq!(added.rust_path.as_deref(), Some("m::State::Away"));
    assert!(
        added
            .note
            .as_deref()
            .unwrap()
            .contains("exhaustive `match`")
    );
    assert!(find(&r, K::MemberRemoved, "gone").breaking);
    let v = find(&r, K::MemberValueChanged, "busy");
    assert!(!v.breaking);
    assert_eq!((v.old.as_deref(), v.new.as_deref()), (Some("1"), Some("5")));
    let row = r
        .summary
        .rows
        .iter()
        .find(|r| r.what == "enum members")
        .unwrap();
    assert_eq!(
        (row.added, row.removed, row.changed, row.breaking),
        (1, 1, 1, 2)
    );
}

#[test]
fn flags_and_fallback_variant_changes_are_breaking() {
    let old = r#"<EnumType Name="modes"><Member Name="audio" Value="1" /></EnumType>
<ComplexType Name="a"><Property Name="m" Type="t.modes" /></ComplexType>"#;
    let new = r#"<EnumType Name="modes" IsFlags="true"><Member Name="audio" Value="1" /><Member Name="unrecognized" Value="2" /></EnumType>
<ComplexType Name="a"><Property Name="m" Type="t.modes" /></ComplexType>"#;
    let r = diff(old, new);
    assert!(find(&r, K::FlagsChanged, "").breaking);
    let f = find(&r, K::FallbackVariantRenamed, "");
    assert!(f.breaking);
    assert_eq!(f.rust_new.as_deref(), Some("m::Modes::UnrecognizedValue"));
    let field = find(&r, K::PropertyRustTypeChanged, "m");
    assert_eq!(
        field.rust_new.as_deref(),
        Some("msgraph_core::Flags<m::Modes>")
    );
    assert!(field.breaking);
}

#[test]
fn member_docs_are_reported() {
    let old = r#"<EnumType Name="s"><Member Name="a" Value="0" /></EnumType>"#;
    let new = r#"<EnumType Name="s"><Member Name="a" Value="0"><Annotation Term="Org.OData.Core.V1.Description" String="The a." /></Member></EnumType>"#;
    let r = diff(old, new);
    let c = find(&r, K::MemberDocChanged, "a");
    assert!(!c.breaking);
    assert_eq!(
        r.summary
            .rows
            .iter()
            .find(|r| r.what == "documentation")
            .unwrap()
            .changed,
        1
    );
}

const OPS: &str = r#"<Action Name="send" IsBound="true"><Parameter Name="bindingParameter" Type="t.user" />
<Parameter Name="text" Type="Edm.String" /></Action>
<Action Name="send" IsBound="true"><Parameter Name="bindingParameter" Type="Collection(t.user)" /></Action>
<Function Name="count"><Parameter Name="top" Type="Edm.Int32" /><ReturnType Type="Edm.Int32" /></Function>
<Function Name="old"><ReturnType Type="Edm.String" /></Function>"#;

#[test]
fn operations_added_removed_and_changed() {
    let new_ops = r#"<Action Name="send" IsBound="true"><Parameter Name="bindingParameter" Type="t.user" />
<Parameter Name="text" Type="Collection(Edm.String)" /><Parameter Name="urgent" Type="Edm.Boolean" />
<Parameter Name="cc" Type="Edm.String"><Annotation Term="Org.OData.Core.V1.OptionalParameter" /></Parameter></Action>
<Action Name="send" IsBound="true"><Parameter Name="bindingParameter" Type="Collection(t.user)" /></Action>
<Function Name="count"><ReturnType Type="Edm.Int64" /></Function>
<Function Name="fresh"><ReturnType Type="Edm.String" /></Function>"#;
    let r = diff(&format!("{USER}{OPS}"), &format!("{USER}{new_ops}"));
    let ops = &r.namespaces[0].operations;
    let heads: Vec<_> = ops
        .iter()
        .map(|o| {
            (
                o.qualified.as_str(),
                o.kind,
                o.bound_to.as_deref(),
                o.status,
                o.breaking,
            )
        })
        .collect();
    assert_eq!(
        heads,
        [
            ("t.count", "function", None, Status::Changed, true),
            ("t.fresh", "function", None, Status::Added, false),
            ("t.old", "function", None, Status::Removed, true),
            ("t.send", "action", Some("t.user"), Status::Changed, true),
        ],
        "the overload bound to Collection(t.user) is unchanged"
    );
    assert!(find(&r, K::ParameterRemoved, "top").breaking);
    let ret = find(&r, K::ReturnTypeChanged, "");
    assert!(ret.breaking);
    assert_eq!(
        (ret.rust_old.as_deref(), ret.rust_new.as_deref()),
        (Some("i32"), Some("i64"))
    );
    assert!(find(&r, K::ParameterTypeChanged, "text").breaking);
    assert!(
        find(&r, K::ParameterAdded, "urgent").breaking,
        "required parameter"
    );
    assert!(
        !find(&r, K::ParameterAdded, "cc").breaking,
        "optional parameter"
    );
    // Operations have no generated code: no type is named.
    assert!(r.namespaces[0].types.is_empty());
}

#[test]
fn entity_sets_and_singletons() {
    let group = r#"<EntityType Name="group"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>"#;
    let old = format!(
        r#"{USER}{group}<EntityContainer Name="c"><EntitySet Name="users" EntityType="t.user" />
<EntitySet Name="people" EntityType="t.user" /><Singleton Name="me" Type="t.user" /></EntityContainer>"#
    );
    let new = format!(
        r#"{USER}{group}<EntityContainer Name="c"><EntitySet Name="users" EntityType="t.user" />
<EntitySet Name="groups" EntityType="t.group" /><Singleton Name="me" Type="t.group" /></EntityContainer>"#
    );
    let r = diff(&old, &new);
    let set = find(&r, K::EntitySetAdded, "groups");
    assert!(!set.breaking);
    assert_eq!(set.rust_path.as_deref(), Some("m::Group"));
    assert!(find(&r, K::EntitySetRemoved, "people").breaking);
    let me = find(&r, K::SingletonTypeChanged, "me");
    assert!(me.breaking);
    assert_eq!(
        (me.old.as_deref(), me.new.as_deref()),
        (Some("t.user"), Some("t.group"))
    );
    let row = r
        .summary
        .rows
        .iter()
        .find(|r| r.what == "entity sets and singletons")
        .unwrap();
    assert_eq!(
        (row.added, row.removed, row.changed, row.breaking),
        (1, 1, 1, 2)
    );
}

#[test]
fn requests_the_capabilities_allow() {
    let folder = |children: &str, owners: &str| {
        format!(
            r#"<EntityType Name="item"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
<EntityType Name="folder"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" />
<NavigationProperty Name="children" Type="Collection(t.item)" ContainsTarget="true">{children}</NavigationProperty>
<NavigationProperty Name="owners" Type="Collection(t.item)">{owners}</NavigationProperty></EntityType>"#
        )
    };
    let nav = |record: &str| {
        format!(
            r#"<Annotation Term="Org.OData.Capabilities.V1.NavigationRestrictions"><Record>{record}</Record></Annotation>"#
        )
    };
    let insert = |b: bool| {
        format!(
            r#"<Annotation Term="Org.OData.Capabilities.V1.InsertRestrictions"><Record><PropertyValue Property="Insertable" Bool="{b}" /></Record></Annotation>"#
        )
    };
    let container = |sets: &str| format!(r#"<EntityContainer Name="c">{sets}</EntityContainer>"#);
    let old = format!(
        "{}{}",
        folder("", ""),
        container(r#"<EntitySet Name="folders" EntityType="t.folder" />"#)
    );
    let put = r#"<Annotation Term="Org.OData.Capabilities.V1.UpdateRestrictions"><Record><PropertyValue Property="UpdateMethod" EnumMember="Org.OData.Capabilities.V1.HttpMethod/PUT" /></Record></Annotation>"#;
    // `children` becomes referenceable and updated with PUT, `owners` no longer is
    // referenceable and can no longer be created into, `folders` can no longer be created
    // into.
    let new = format!(
        "{}{}",
        folder(
            &format!(
                "{}{put}",
                nav(r#"<PropertyValue Property="Referenceable" Bool="true" />"#)
            ),
            &format!(
                "{}{}",
                nav(r#"<PropertyValue Property="Referenceable" Bool="false" />"#),
                insert(false)
            )
        ),
        container(&format!(
            r#"<EntitySet Name="folders" EntityType="t.folder">{}</EntitySet>"#,
            insert(false)
        ))
    );
    // No type's generated code changes (`diff` checks): only the builders do.
    let r = diff(&old, &new);
    assert!(r.namespaces.iter().all(|n| n.types.is_empty()));
    let children = find(&r, K::RequestsChanged, "t.folder/children");
    assert!(!children.breaking, "{children:?}");
    assert_eq!(
        (children.old.as_deref(), children.new.as_deref()),
        (
            Some("list, create, $count, by_id, update, delete"),
            Some("list, create, $count, by_id, update, update by PUT, delete, $ref")
        )
    );
    assert_eq!(
        children.rust_path.as_deref(),
        Some("m::requests::FolderPath")
    );
    let owners = find(&r, K::RequestsChanged, "t.folder/owners");
    assert!(owners.breaking);
    assert_eq!(
        owners.note.as_deref(),
        Some("no longer offered: create, $ref")
    );
    let folders = find(&r, K::RequestsChanged, "folders");
    assert!(folders.breaking);
    assert_eq!(folders.rust_path.as_deref(), Some("m::requests::Api"));
    assert_eq!(folders.note.as_deref(), Some("no longer offered: create"));
    let row = r
        .summary
        .rows
        .iter()
        .find(|r| r.what == "requests (capabilities)")
        .unwrap();
    assert_eq!((row.changed, row.breaking), (3, 2));
    let md = r.to_markdown();
    assert!(
        md.contains("### Requests: what the Capabilities annotations allow (3)"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(
        json["namespaces"][0]["requests"][0]["kind"],
        "requests_changed"
    );
    // Unchanged capabilities: nothing, and no `requests` member in the JSON.
    let same = diff(&old, &old);
    assert!(same.namespaces.is_empty());
}

#[test]
fn json_is_the_same_report() {
    let r = diff(MEDIA, &format!("{MEDIA}{APP}"));
    let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["summary"]["changes"], r.summary.changes);
    assert_eq!(json["summary"]["breaking"], r.summary.breaking);
    let base = &json["namespaces"][0]["types"][1];
    assert_eq!(base["qualified"], "t.config");
    assert_eq!(base["changes"][0]["kind"], "derived_type_added");
    assert_eq!(base["changes"][0]["rust_path"], "m::AnyConfig::AppConfig");
    assert_eq!(base["changes"][0]["breaking"], true);
    assert_eq!(
        r.to_json(),
        diff(MEDIA, &format!("{MEDIA}{APP}")).to_json(),
        "deterministic"
    );
}
