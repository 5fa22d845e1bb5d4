//! Capabilities annotations become typed model fields in `resolve` (inline, out of line
//! through an alias, navigation restrictions with restricted properties and
//! `Referenceable`, the update's method), and the addressing view's capability bits follow
//! them.

use msgraph_codegen::model::addressing::{
    self, DELETE_DENIED, INSERT, INSERT_DENIED, NO_COUNT, NO_KEY, REF, UPDATE, UPDATE_DENIED,
    UPDATE_PUT,
};
use msgraph_codegen::model::capabilities::{Modifications, NavigationRestriction, Restriction};
use msgraph_codegen::model::{Model, TypeKind};
use msgraph_codegen::pipeline::load;

const CSDL: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
<edmx:DataServices>
<Schema Namespace="t" Alias="self" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="item">
    <Key><PropertyRef Name="id" /></Key>
    <Property Name="id" Type="Edm.String" Nullable="false" />
  </EntityType>
  <EntityType Name="folder">
    <Key><PropertyRef Name="id" /></Key>
    <Property Name="id" Type="Edm.String" Nullable="false" />
    <NavigationProperty Name="children" Type="Collection(self.item)" ContainsTarget="true" />
    <NavigationProperty Name="tags" Type="Collection(self.item)" ContainsTarget="true">
      <Annotation Term="Org.OData.Capabilities.V1.NavigationRestrictions">
        <Record><PropertyValue Property="Referenceable" Bool="true" /></Record>
      </Annotation>
    </NavigationProperty>
    <NavigationProperty Name="cover" Type="self.item" ContainsTarget="true" />
    <NavigationProperty Name="owners" Type="Collection(self.item)">
      <Annotation Term="Org.OData.Capabilities.V1.UpdateRestrictions">
        <Record>
          <PropertyValue Property="UpdateMethod" EnumMember="Org.OData.Capabilities.V1.HttpMethod/PATCH Org.OData.Capabilities.V1.HttpMethod/PUT" />
        </Record>
      </Annotation>
    </NavigationProperty>
    <NavigationProperty Name="creator" Type="self.item">
      <Annotation Term="Org.OData.Capabilities.V1.UpdateRestrictions">
        <Record>
          <PropertyValue Property="Updatable" Bool="false" />
          <PropertyValue Property="UpdateMethod" EnumMember="Org.OData.Capabilities.V1.HttpMethod/PUT" />
        </Record>
      </Annotation>
    </NavigationProperty>
    <NavigationProperty Name="related" Type="Collection(self.item)" />
    <NavigationProperty Name="views" Type="Collection(self.item)" ContainsTarget="true">
      <Annotation Term="Org.OData.Capabilities.V1.IndexableByKey" Bool="false" />
    </NavigationProperty>
    <NavigationProperty Name="hidden" Type="Collection(self.item)" ContainsTarget="true">
      <Annotation Term="Org.OData.Capabilities.V1.NavigationRestrictions">
        <Record><PropertyValue Property="Navigability" EnumMember="Org.OData.Capabilities.V1.NavigationType/None" /></Record>
      </Annotation>
    </NavigationProperty>
    <Annotation Term="Org.OData.Capabilities.V1.NavigationRestrictions">
      <Record>
        <PropertyValue Property="RestrictedProperties">
          <Collection>
            <Record>
              <PropertyValue Property="NavigationProperty" NavigationPropertyPath="children" />
              <PropertyValue Property="InsertRestrictions">
                <Record><PropertyValue Property="Insertable" Bool="false" /></Record>
              </PropertyValue>
              <PropertyValue Property="UpdateRestrictions">
                <Record>
                  <PropertyValue Property="UpdateMethod">
                    <EnumMember>Org.OData.Capabilities.V1.HttpMethod/PUT</EnumMember>
                  </PropertyValue>
                </Record>
              </PropertyValue>
            </Record>
            <Record>
              <PropertyValue Property="NavigationProperty" NavigationPropertyPath="cover" />
              <PropertyValue Property="Referenceable" Bool="true" />
            </Record>
            <Record>
              <PropertyValue Property="NavigationProperty" NavigationPropertyPath="related" />
              <PropertyValue Property="CountRestrictions">
                <Record><PropertyValue Property="Countable" Bool="false" /></Record>
              </PropertyValue>
            </Record>
          </Collection>
        </PropertyValue>
      </Record>
    </Annotation>
  </EntityType>
  <EntityContainer Name="c">
    <EntitySet Name="items" EntityType="self.item">
      <Annotation Term="Org.OData.Capabilities.V1.UpdateRestrictions">
        <Record>
          <PropertyValue Property="Updatable" Bool="true" />
          <PropertyValue Property="UpdateMethod">
            <EnumMember>Org.OData.Capabilities.V1.HttpMethod/PUT</EnumMember>
          </PropertyValue>
        </Record>
      </Annotation>
    </EntitySet>
    <EntitySet Name="folders" EntityType="self.folder" />
  </EntityContainer>
  <Annotations Target="self.folder/owners">
    <Annotation Term="Capabilities.NavigationRestrictions">
      <Record><PropertyValue Property="Referenceable" Bool="false" /></Record>
    </Annotation>
  </Annotations>
  <Annotations Target="self.c/items">
    <Annotation Term="Capabilities.CountRestrictions">
      <Record><PropertyValue Property="Countable" Bool="false" /></Record>
    </Annotation>
    <Annotation Term="Capabilities.DeleteRestrictions">
      <Record><PropertyValue Property="Deletable" Bool="false" /></Record>
    </Annotation>
  </Annotations>
</Schema>
</edmx:DataServices>
</edmx:Edmx>
"#;

fn model() -> Model {
    load(CSDL.as_bytes(), "caps.xml").unwrap_or_else(|e| panic!("{e:#}"))
}

#[test]
fn annotations_become_typed_fields() {
    let m = model();
    let c = m.container.as_ref().expect("container");
    let items = &c.entity_sets[c
        .entity_sets
        .iter()
        .position(|s| s.name == "items")
        .unwrap()];
    assert_eq!(items.capabilities.modifications.updatable, Some(true));
    assert_eq!(
        items.capabilities.modifications.deletable,
        Some(false),
        "out of line, through the Capabilities alias"
    );
    assert_eq!(items.capabilities.modifications.insertable, None, "silence");
    assert_eq!(
        items.capabilities.update_by_put,
        Some(true),
        "UpdateMethod element"
    );

    let folder = m.type_by_qualified("t.folder").unwrap();
    let folder = &m.types[folder];
    assert_eq!(
        folder.capabilities.restricted_properties,
        vec![
            NavigationRestriction {
                navigation_property: "children".into(),
                modifications: Modifications {
                    insertable: Some(false),
                    updatable: None,
                    deletable: None,
                },
                update_by_put: Some(true),
                referenceable: None,
                countable: None,
                indexable_by_key: None,
            },
            NavigationRestriction {
                navigation_property: "cover".into(),
                modifications: Modifications::default(),
                update_by_put: None,
                referenceable: Some(true),
                countable: None,
                indexable_by_key: None,
            },
            NavigationRestriction {
                navigation_property: "related".into(),
                modifications: Modifications::default(),
                update_by_put: None,
                referenceable: None,
                countable: Some(false),
                indexable_by_key: None,
            }
        ]
    );
    assert_eq!(folder.capabilities.referenceable_on("cover"), Some(true));
    assert_eq!(folder.capabilities.referenceable_on("children"), None);
    assert_eq!(
        folder
            .capabilities
            .allows_on("children", Restriction::Insert),
        Some(false)
    );
    assert_eq!(
        folder.capabilities.allows_on("hidden", Restriction::Insert),
        None
    );
    let TypeKind::Entity(s) = &folder.kind else {
        panic!("entity")
    };
    let hidden = s.properties.iter().find(|p| p.name == "hidden").unwrap();
    assert!(hidden.capabilities.not_navigable);
    let children = s.properties.iter().find(|p| p.name == "children").unwrap();
    assert!(!children.capabilities.not_navigable);
    let prop = |name: &str| s.properties.iter().find(|p| p.name == name).unwrap();
    assert_eq!(
        prop("tags").capabilities.referenceable,
        Some(true),
        "inline"
    );
    assert_eq!(
        prop("owners").capabilities.referenceable,
        Some(false),
        "out of line, on `Type/navigation`"
    );
    assert_eq!(prop("children").capabilities.referenceable, None, "silence");
    assert_eq!(prop("views").capabilities.indexable_by_key, Some(false));
    assert_eq!(prop("children").capabilities.indexable_by_key, None);
    assert_eq!(folder.capabilities.countable_on("related"), Some(false));
    assert_eq!(items.capabilities.countable, Some(false), "out of line");
    assert_eq!(
        prop("creator").capabilities.update_by_put,
        Some(true),
        "UpdateMethod attribute"
    );
    assert_eq!(folder.capabilities.update_by_put_on("children"), Some(true));
    assert_eq!(prop("children").capabilities.update_by_put, None, "silence");
    assert_eq!(
        prop("owners").capabilities.update_by_put,
        Some(false),
        "PATCH among several methods: the usual update"
    );
}

#[test]
fn addressing_follows_the_typed_capabilities() {
    let m = model();
    let a = addressing::compute(&m);
    let items = a.roots.iter().find(|e| e.name == "items").unwrap();
    assert_eq!(
        items.caps,
        INSERT | UPDATE | UPDATE_PUT | DELETE_DENIED | NO_COUNT,
        "deletable=false denies; updates are PUT"
    );
    let folder = m.type_by_qualified("t.folder").unwrap();
    let edges = &a.declared[&folder];
    let children = edges.iter().find(|e| e.name == "children").unwrap();
    assert_eq!(
        children.caps & (INSERT | INSERT_DENIED),
        INSERT_DENIED,
        "RestrictedProperties on the declaring type"
    );
    assert!(
        edges.iter().all(|e| e.name != "hidden"),
        "not navigable: no edge"
    );
}

#[test]
fn references_follow_containment_and_referenceable() {
    let m = model();
    let a = addressing::compute(&m);
    let folder = m.type_by_qualified("t.folder").unwrap();
    let edges = &a.declared[&folder];
    let referenceable = |name: &str| {
        let e = edges.iter().find(|e| e.name == name).unwrap();
        e.caps & REF != 0
    };
    assert!(!referenceable("children"), "contained: no `$ref`");
    assert!(referenceable("tags"), "contained but Referenceable=true");
    assert!(
        referenceable("cover"),
        "contained, Referenceable=true in the declaring type's RestrictedProperties"
    );
    assert!(referenceable("related"), "non-contained collection");
    assert!(referenceable("creator"), "non-contained single");
    assert!(
        !referenceable("owners"),
        "non-contained but Referenceable=false"
    );
    let items = a.roots.iter().find(|e| e.name == "items").unwrap();
    assert_eq!(items.caps & REF, 0, "an entity set takes no `$ref`");
}

/// The capability bits of the fixture's edges: `edge` of the folder's navigation
/// properties, `root` of the container's entity sets.
struct Bits {
    a: addressing::Addressing,
    folder: usize,
}

impl Bits {
    fn new() -> Self {
        let m = model();
        let folder = m.type_by_qualified("t.folder").unwrap();
        Bits {
            a: addressing::compute(&m),
            folder,
        }
    }

    fn edge(&self, name: &str) -> u16 {
        let edges = &self.a.declared[&self.folder];
        edges.iter().find(|e| e.name == name).unwrap().caps
    }

    fn root(&self, name: &str) -> u16 {
        self.a.roots.iter().find(|e| e.name == name).unwrap().caps
    }
}

#[test]
fn count_and_key_follow_countable_and_indexable_by_key() {
    let bits = Bits::new();
    let (edge, root) = (|n| bits.edge(n), |n| bits.root(n));
    assert_eq!(
        edge("views") & (NO_KEY | NO_COUNT),
        NO_KEY,
        "IndexableByKey=false"
    );
    assert_eq!(
        edge("related") & (NO_KEY | NO_COUNT),
        NO_COUNT,
        "Countable=false in the declaring type's RestrictedProperties"
    );
    assert_eq!(edge("children") & (NO_KEY | NO_COUNT), 0, "silence");
    assert_eq!(
        root("items") & (NO_KEY | NO_COUNT),
        NO_COUNT,
        "out of line, on the set"
    );
    assert_eq!(root("folders") & (NO_KEY | NO_COUNT), 0);
}

#[test]
fn the_update_method_follows_update_method_where_updates_are_allowed() {
    let bits = Bits::new();
    let (edge, root) = (|n| bits.edge(n), |n| bits.root(n));
    assert_eq!(
        edge("children") & (UPDATE | UPDATE_PUT),
        UPDATE | UPDATE_PUT,
        "UpdateMethod=PUT in the declaring type's RestrictedProperties"
    );
    assert_eq!(
        edge("creator") & (UPDATE | UPDATE_DENIED | UPDATE_PUT),
        UPDATE_DENIED,
        "a method for an update that is not allowed says nothing"
    );
    assert_eq!(edge("related") & UPDATE_PUT, 0, "silence: PATCH");
    assert_eq!(edge("owners") & UPDATE_PUT, 0, "PATCH and PUT: PATCH");
    assert_eq!(root("items") & UPDATE_PUT, UPDATE_PUT);
    assert_eq!(root("folders") & UPDATE_PUT, 0);
}
