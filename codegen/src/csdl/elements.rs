//! Handlers for the structural CSDL elements: `Schema` and everything in it
//! except annotations (types, members, operations, terms, entity container).
//! Each handler reads its element's attributes, then consumes its children;
//! unknown children are skipped with their subtree.

use super::ast::{
    EntityContainer, EntitySet, EnumMember, EnumType, NavigationProperty,
    NavigationPropertyBinding, Operation, OperationImport, Parameter, Property, ReturnType, Schema,
    Singleton, StructuredType, Term, TypeDefinition,
};
use super::reader::{Elem, Parser, ReadError};

impl<'a> Parser<'a> {
    /// `<Schema Namespace Alias>`.
    pub(super) fn schema(&mut self, el: &Elem<'a>) -> Result<Schema, ReadError> {
        let a = self.attrs(el)?;
        let mut schema = Schema {
            namespace: a.req("Namespace")?,
            alias: a.str("Alias"),
            pos: a.pos(),
            ..Schema::default()
        };
        self.children(el, |p, c| {
            match c.local() {
                "EntityType" => schema.entity_types.push(p.structured_type(c)?),
                "ComplexType" => schema.complex_types.push(p.structured_type(c)?),
                "EnumType" => schema.enum_types.push(p.enum_type(c)?),
                "TypeDefinition" => schema.type_definitions.push(p.type_definition(c)?),
                "Action" => schema.actions.push(p.operation(c)?),
                "Function" => schema.functions.push(p.operation(c)?),
                "Term" => schema.terms.push(p.term(c)?),
                "EntityContainer" => schema.containers.push(p.entity_container(c)?),
                "Annotations" => schema.annotations.push(p.annotations_block(c)?),
                // Anything unknown: not part of the AST.
                _ => p.skip(c)?,
            }
            Ok(())
        })?;
        Ok(schema)
    }

    /// `<EntityType>` or `<ComplexType>` (same shape; `Key` only occurs in entity types).
    fn structured_type(&mut self, el: &Elem<'a>) -> Result<StructuredType, ReadError> {
        let a = self.attrs(el)?;
        let mut ty = StructuredType {
            name: a.req("Name")?,
            pos: a.pos(),
            base_type: a.str("BaseType"),
            is_abstract: a.flag("Abstract")?,
            open_type: a.flag("OpenType")?,
            has_stream: a.flag("HasStream")?,
            ..StructuredType::default()
        };
        self.children(el, |p, c| {
            match c.local() {
                "Key" => p.key(c, &mut ty.key, &mut ty.key_aliases)?,
                "Property" => ty.properties.push(p.property(c)?),
                "NavigationProperty" => ty.navigation_properties.push(p.navigation_property(c)?),
                "Annotation" => ty.annotations.push(p.annotation(c)?),
                _ => p.skip(c)?,
            }
            Ok(())
        })?;
        Ok(ty)
    }

    /// `<Key><PropertyRef Name [Alias]/>...</Key>`.
    fn key(
        &mut self,
        el: &Elem<'a>,
        key: &mut Vec<String>,
        aliases: &mut Vec<(String, String)>,
    ) -> Result<(), ReadError> {
        self.children(el, |p, c| {
            if c.local() == "PropertyRef" {
                let a = p.attrs(c)?;
                let name = a.req("Name")?;
                if let Some(alias) = a.str("Alias") {
                    aliases.push((name.clone(), alias));
                }
                key.push(name);
            }
            p.skip(c)
        })
    }

    /// `<TypeDefinition Name UnderlyingType>` with facets and annotations.
    fn type_definition(&mut self, el: &Elem<'a>) -> Result<TypeDefinition, ReadError> {
        let a = self.attrs(el)?;
        let mut def = TypeDefinition {
            name: a.req("Name")?,
            pos: a.pos(),
            underlying_type: a.req("UnderlyingType")?,
            max_length: a.str("MaxLength"),
            precision: a.u32("Precision")?,
            scale: a.str("Scale"),
            unicode: a.bool("Unicode")?,
            srid: a.str("SRID"),
            annotations: Vec::new(),
        };
        self.annotations_only(el, &mut def.annotations)?;
        Ok(def)
    }

    fn property(&mut self, el: &Elem<'a>) -> Result<Property, ReadError> {
        let a = self.attrs(el)?;
        let mut prop = Property {
            name: a.member_name()?,
            pos: a.pos(),
            type_name: a.req("Type")?,
            nullable: a.bool("Nullable")?,
            max_length: a.str("MaxLength"),
            precision: a.u32("Precision")?,
            scale: a.str("Scale"),
            unicode: a.bool("Unicode")?,
            default_value: a.str("DefaultValue"),
            annotations: Vec::new(),
        };
        self.annotations_only(el, &mut prop.annotations)?;
        Ok(prop)
    }

    fn navigation_property(&mut self, el: &Elem<'a>) -> Result<NavigationProperty, ReadError> {
        let a = self.attrs(el)?;
        let mut nav = NavigationProperty {
            name: a.member_name()?,
            pos: a.pos(),
            type_name: a.req("Type")?,
            nullable: a.bool("Nullable")?,
            contains_target: a.flag("ContainsTarget")?,
            partner: a.str("Partner"),
            annotations: Vec::new(),
        };
        // OnDelete / ReferentialConstraint are skipped.
        self.annotations_only(el, &mut nav.annotations)?;
        Ok(nav)
    }

    /// `<EnumType Name IsFlags UnderlyingType>` with `<Member Name Value>`.
    fn enum_type(&mut self, el: &Elem<'a>) -> Result<EnumType, ReadError> {
        let a = self.attrs(el)?;
        let mut ty = EnumType {
            name: a.req("Name")?,
            pos: a.pos(),
            is_flags: a.flag("IsFlags")?,
            underlying_type: a.str("UnderlyingType"),
            ..EnumType::default()
        };
        self.children(el, |p, c| {
            match c.local() {
                "Member" => ty.members.push(p.enum_member(c)?),
                "Annotation" => ty.annotations.push(p.annotation(c)?),
                _ => p.skip(c)?,
            }
            Ok(())
        })?;
        Ok(ty)
    }

    fn enum_member(&mut self, el: &Elem<'a>) -> Result<EnumMember, ReadError> {
        let a = self.attrs(el)?;
        let mut member = EnumMember {
            name: a.req("Name")?,
            pos: a.pos(),
            value: a.i64("Value")?,
            annotations: Vec::new(),
        };
        self.annotations_only(el, &mut member.annotations)?;
        Ok(member)
    }

    /// `<Action>` or `<Function>` with `Parameter`s and an optional `ReturnType`.
    fn operation(&mut self, el: &Elem<'a>) -> Result<Operation, ReadError> {
        let a = self.attrs(el)?;
        let mut op = Operation {
            name: a.req("Name")?,
            pos: a.pos(),
            is_bound: a.flag("IsBound")?,
            is_composable: a.flag("IsComposable")?,
            entity_set_path: a.str("EntitySetPath"),
            ..Operation::default()
        };
        self.children(el, |p, c| {
            match c.local() {
                "Parameter" => op.parameters.push(p.parameter(c)?),
                "ReturnType" => op.return_type = Some(p.return_type(c)?),
                "Annotation" => op.annotations.push(p.annotation(c)?),
                _ => p.skip(c)?,
            }
            Ok(())
        })?;
        Ok(op)
    }

    fn parameter(&mut self, el: &Elem<'a>) -> Result<Parameter, ReadError> {
        let a = self.attrs(el)?;
        let mut param = Parameter {
            name: a.member_name()?,
            pos: a.pos(),
            type_name: a.req("Type")?,
            nullable: a.bool("Nullable")?,
            max_length: a.str("MaxLength"),
            precision: a.u32("Precision")?,
            scale: a.str("Scale"),
            unicode: a.bool("Unicode")?,
            annotations: Vec::new(),
        };
        self.annotations_only(el, &mut param.annotations)?;
        Ok(param)
    }

    /// `<ReturnType Type Nullable>`; its children (annotations) are skipped,
    /// as the AST has no place for them.
    fn return_type(&mut self, el: &Elem<'a>) -> Result<ReturnType, ReadError> {
        let a = self.attrs(el)?;
        let ret = ReturnType {
            type_name: a.req("Type")?,
            nullable: a.bool("Nullable")?,
        };
        self.skip(el)?;
        Ok(ret)
    }

    fn term(&mut self, el: &Elem<'a>) -> Result<Term, ReadError> {
        let a = self.attrs(el)?;
        let mut term = Term {
            name: a.req("Name")?,
            pos: a.pos(),
            type_name: a.req("Type")?,
            applies_to: a.str("AppliesTo"),
            base_term: a.str("BaseTerm"),
            annotations: Vec::new(),
        };
        self.annotations_only(el, &mut term.annotations)?;
        Ok(term)
    }

    fn entity_container(&mut self, el: &Elem<'a>) -> Result<EntityContainer, ReadError> {
        let a = self.attrs(el)?;
        let mut container = EntityContainer {
            name: a.req("Name")?,
            pos: a.pos(),
            extends: a.str("Extends"),
            ..EntityContainer::default()
        };
        self.children(el, |p, c| {
            match c.local() {
                "EntitySet" => container.entity_sets.push(p.entity_set(c)?),
                "Singleton" => container.singletons.push(p.singleton(c)?),
                "ActionImport" => container
                    .action_imports
                    .push(p.operation_import(c, "Action")?),
                "FunctionImport" => {
                    container
                        .function_imports
                        .push(p.operation_import(c, "Function")?);
                }
                "Annotation" => container.annotations.push(p.annotation(c)?),
                _ => p.skip(c)?,
            }
            Ok(())
        })?;
        Ok(container)
    }

    fn entity_set(&mut self, el: &Elem<'a>) -> Result<EntitySet, ReadError> {
        let a = self.attrs(el)?;
        let mut set = EntitySet {
            name: a.req("Name")?,
            pos: a.pos(),
            entity_type: a.req("EntityType")?,
            ..EntitySet::default()
        };
        self.bindings_and_annotations(el, &mut set.bindings, &mut set.annotations)?;
        Ok(set)
    }

    fn singleton(&mut self, el: &Elem<'a>) -> Result<Singleton, ReadError> {
        let a = self.attrs(el)?;
        let mut singleton = Singleton {
            name: a.req("Name")?,
            pos: a.pos(),
            type_name: a.req("Type")?,
            ..Singleton::default()
        };
        self.bindings_and_annotations(el, &mut singleton.bindings, &mut singleton.annotations)?;
        Ok(singleton)
    }

    /// Children of `EntitySet`/`Singleton`: `<NavigationPropertyBinding Path Target/>`
    /// and annotations.
    fn bindings_and_annotations(
        &mut self,
        el: &Elem<'a>,
        bindings: &mut Vec<NavigationPropertyBinding>,
        annotations: &mut Vec<super::ast::Annotation>,
    ) -> Result<(), ReadError> {
        self.children(el, |p, c| {
            match c.local() {
                "NavigationPropertyBinding" => {
                    let a = p.attrs(c)?;
                    bindings.push(NavigationPropertyBinding {
                        path: a.req("Path")?,
                        target: a.req("Target")?,
                    });
                    p.skip(c)?;
                }
                "Annotation" => annotations.push(p.annotation(c)?),
                _ => p.skip(c)?,
            }
            Ok(())
        })
    }

    /// `<ActionImport Action>` / `<FunctionImport Function>`; `operation_attr`
    /// names the attribute holding the operation.
    fn operation_import(
        &mut self,
        el: &Elem<'a>,
        operation_attr: &str,
    ) -> Result<OperationImport, ReadError> {
        let a = self.attrs(el)?;
        let mut import = OperationImport {
            name: a.req("Name")?,
            pos: a.pos(),
            operation: a.req(operation_attr)?,
            entity_set: a.str("EntitySet"),
            include_in_service_document: a.flag("IncludeInServiceDocument")?,
            annotations: Vec::new(),
        };
        self.annotations_only(el, &mut import.annotations)?;
        Ok(import)
    }
}
