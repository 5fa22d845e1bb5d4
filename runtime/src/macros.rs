//! `#[macro_export]` helpers that keep generated code small: each generated type gets its
//! `DeValue`/`SerValue`/`Debug`/`PartialEq` impls from one macro line. All paths go
//! through `$crate::`, so the generated crate only needs to depend on `msgraph-core`.
//!
//! - [`impl_object!`](crate::impl_object): a struct implementing `ObjectDe` + `ObjectSer`.
//! - [`impl_poly!`](crate::impl_poly): an enum implementing `PolyDe` + `PolySer`.
//! - [`impl_enum!`](crate::impl_enum): a string enum implementing `StrEnum`.
//!
//! Every method these macros write is `#[inline]`, as are the generated per-type methods
//! (`fields`, `fields_mut`, `default`, `as_str`, ...): rustc then compiles a type's code in
//! the crate that uses it, like serde's generic derives, and the models crate compiles
//! no (de)serialization code of its own. A program pays code generation for the types it
//! reads and writes, not for all of Graph.
//!
//! serde `Serialize`/`Deserialize` impls are NOT part of these macros: generic impls for
//! thousands of types cost about a third of the models crate's build time. Generated code
//! adds them with [`impl_serde!`](crate::impl_serde) behind its `serde` feature; without it,
//! use [`Serde`](crate::Serde) or [`serde_with`](crate::serde_with) to embed generated types in
//! your own serde types.

/// For a struct implementing `ObjectDe` and `ObjectSer`: `DeValue` (via
/// [`read_object`](crate::object::read_object)), `SerValue`, `Debug` and `PartialEq`.
///
/// `de_value` and `de_nullable` are the trait's generic defaults (through `from_event`), so
/// they are type-checked once here rather than once per type. The small forwarding methods
/// (`from_event`, `ser`, `Debug::fmt`, `PartialEq::eq`) are `#[inline]`, so rustc compiles
/// them only where they are used (the work itself is in non-generic functions of this
/// crate) rather than thousands of them in the models crate whether used or not.
#[macro_export]
macro_rules! impl_object {
    ($t:ident) => {
        impl $crate::DeValue for $t {
            const EXPECTED: &'static str = <$t as $crate::ObjectDe>::TYPE_NAME;
            #[inline]
            fn from_event(ev: $crate::Event<'_>) -> $crate::DeResult<Self> {
                let mut obj = <$t as ::core::default::Default>::default();
                match $crate::object::read_object(ev, Self::EXPECTED, &mut obj) {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(obj),
                    ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
                }
            }
        }
        impl $crate::SerValue for $t {
            #[inline]
            fn ser(&self, sink: &mut dyn $crate::Sink) -> $crate::SerResult {
                sink.object(self)
            }
        }
        impl ::core::fmt::Debug for $t {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::debug_object(stringify!($t), self, f)
            }
        }
        impl ::core::cmp::PartialEq for $t {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                $crate::eq_object(self, other)
            }
        }
    };
}

/// For a polymorphic enum implementing `PolyDe` and `PolySer`: `ObjectSer` (through the
/// current variant, tagging derived variants), `DeValue` (via [`de_poly`](crate::de_poly)),
/// `SerValue`, `Debug` and `PartialEq`.
#[macro_export]
macro_rules! impl_poly {
    ($t:ident) => {
        impl $crate::ObjectSer for $t {
            #[inline]
            fn fields(&self, f: &mut $crate::object::FieldsFn<'_>) {
                $crate::object::variant_fields($crate::PolySer::variant(self), f)
            }
        }
        impl $crate::DeValue for $t {
            const EXPECTED: &'static str = <$t as $crate::PolyDe>::BASE_NAME;
            #[inline]
            fn from_event(ev: $crate::Event<'_>) -> $crate::DeResult<Self> {
                $crate::de_poly(ev)
            }
        }
        impl $crate::SerValue for $t {
            #[inline]
            fn ser(&self, sink: &mut dyn $crate::Sink) -> $crate::SerResult {
                sink.object(self)
            }
        }
        impl ::core::fmt::Debug for $t {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let (v, _) = $crate::PolySer::variant(self);
                f.write_str(stringify!($t))?;
                f.write_str("::")?;
                ::core::fmt::Debug::fmt(&$crate::object::DebugObject(v), f)
            }
        }
        impl ::core::cmp::PartialEq for $t {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                $crate::eq_object(
                    $crate::PolySer::variant(self).0,
                    $crate::PolySer::variant(other).0,
                )
            }
        }
    };
}

/// For a string enum implementing `StrEnum`: `DeValue` (strings only), `SerValue`, `Display`,
/// `Debug` (the JSON name), `PartialEq`/`Eq`/`Hash` (by JSON name, so a fallback value equal to
/// a member's name equals that member).
#[macro_export]
macro_rules! impl_enum {
    ($t:ident) => {
        impl $crate::DeValue for $t {
            const EXPECTED: &'static str = <$t as $crate::StrEnum>::TYPE_NAME;
            #[inline]
            fn from_event(ev: $crate::Event<'_>) -> $crate::DeResult<Self> {
                $crate::de_str_enum(ev)
            }
        }
        impl $crate::SerValue for $t {
            #[inline]
            fn ser(&self, sink: &mut dyn $crate::Sink) -> $crate::SerResult {
                sink.str($crate::StrEnum::as_str(self))
            }
        }
        impl ::core::fmt::Display for $t {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::StrEnum::as_str(self))
            }
        }
        impl ::core::fmt::Debug for $t {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt($crate::StrEnum::as_str(self), f)
            }
        }
        impl ::core::cmp::PartialEq for $t {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                $crate::StrEnum::as_str(self) == $crate::StrEnum::as_str(other)
            }
        }
        impl ::core::cmp::Eq for $t {}
        impl ::core::hash::Hash for $t {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                $crate::StrEnum::as_str(self).hash(state)
            }
        }
    };
}

/// Implements serde `Serialize`/`Deserialize` through the erased bridge for a type that
/// implements `SerValue` and `DeValue`.
#[macro_export]
macro_rules! impl_serde {
    ($t:ty) => {
        impl $crate::serde::Serialize for $t {
            fn serialize<S: $crate::serde::Serializer>(
                &self,
                s: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::serialize_value(self, s)
            }
        }
        impl<'de> $crate::serde::Deserialize<'de> for $t {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::deserialize_value(d)
            }
        }
    };
}
