//! `#[macro_export]` helpers that keep generated code small: each generated type gets its
//! kind of JSON value and its `Debug` (and for a struct `PartialEq`) impls from one macro
//! line; `FromJson`/`ToJson` are the runtime's one implementation for generated types, by
//! kind ([`generated`](crate::generated)). All paths go through `$crate::`, so the
//! generated crate only needs to depend on `msgraph-core`.
//!
//! - [`impl_object!`](crate::impl_object): a struct implementing [`Object`](crate::Object).
//! - [`impl_boxed!`](crate::impl_boxed): `Box<T>` of such a struct, where a property holds it
//!   boxed.
//! - [`impl_poly!`](crate::impl_poly): an enum implementing [`Poly`](crate::Poly).
//! - [`impl_enum!`](crate::impl_enum): a string enum implementing [`StrEnum`](crate::StrEnum).
//! - [`impl_setters!`](crate::impl_setters): chainable `with_*` setters for a struct's
//!   properties.
//!
//! Every method these macros write is `#[inline]`, as are the generated per-type methods:
//! rustc then compiles a type's code in the crate that uses it, like serde's generic derives,
//! and the models crate compiles no (de)serialization code of its own. A program pays code
//! generation for the types it reads and writes, not for all of Graph.
//!
//! serde `Serialize`/`Deserialize` impls are NOT part of these macros; generated code adds
//! them with [`impl_serde!`](crate::impl_serde) behind its `serde` feature. Without it, use
//! [`Serde`](crate::Serde) or [`serde_with`](crate::serde_with).

/// Chainable setters for a struct's [`Field`](crate::Field)s: for each
/// `with_name name: T;` (with the field's attributes, e.g. its `cfg`), a method
/// `fn with_name(self, value: T) -> Self` that sets `self.name` to `Field::Value(value)`,
/// so that a value can be built in one expression: `MediaInfo::default().with_uri(url)`,
/// `params.with_media_config(ServiceHostedMediaConfig::default().into())` (`.into()` turns a
/// `&str` into a `String` and a derived type into its `AnyX` enum).
///
/// The setters take `T`, not `impl Into<T>`: a generic setter costs rustc about three times
/// as much to check and encode, and a type has one per property (measured in ARCHITECTURE.md).
#[macro_export]
macro_rules! impl_setters {
    ($t:ident { $( $(#[$attr:meta])* $set:ident $f:ident : $ft:ty ; )* }) => {
        impl $t {
            $(
                $(#[$attr])*
                #[doc = concat!(
                    "Sets `", stringify!($f), "` to `Field::Value(value)`, chainable."
                )]
                #[inline]
                #[must_use]
                pub fn $set(mut self, value: $ft) -> Self {
                    self.$f = $crate::Field::Value(value);
                    self
                }
            )*
        }
    };
}

/// `Debug` and (field-wise) `PartialEq` for a struct implementing `Object`, and its kind
/// (`FromJson` and `ToJson` are the runtime's one implementation for generated types,
/// [`generated`](crate::generated)).
#[macro_export]
macro_rules! impl_object {
    ($t:ident) => {
        impl $crate::generated::Generated for $t {
            type Kind = $crate::generated::ObjectKind;
        }
        impl ::core::fmt::Debug for $t {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::object::debug_object(self, ::core::stringify!($t), f)
            }
        }
        impl ::core::cmp::PartialEq for $t {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                $crate::object::eq_objects(self, other)
            }
        }
    };
}

/// `FromJson` and `ToJson` for `Box<T>`, where `T` implements `Object` and a property holds
/// it boxed (a type that contains itself). Not one implementation for every `Box<T>`: it
/// would overlap the one for generated types (`Box<T>` of a user's type could implement
/// `Generated`).
#[macro_export]
macro_rules! impl_boxed {
    ($t:ident) => {
        impl $crate::FromJson for ::std::boxed::Box<$t> {
            const EXPECTED: &'static str = <$t as $crate::Object>::TYPE_NAME;
            #[inline]
            fn read_json(r: &mut $crate::Reader<'_>) -> $crate::ReadResult<Self> {
                $crate::object::read_object::<$t>(r).map(::std::boxed::Box::new)
            }
        }
        impl $crate::ToJson for ::std::boxed::Box<$t> {
            #[inline]
            fn write_json(&self, w: &mut $crate::Writer) {
                $crate::object::write_members(&**self, w, false)
            }
        }
    };
}

/// The kind of an enum implementing `Poly` (its `FromJson` and `ToJson` are the runtime's
/// one implementation for generated types).
#[macro_export]
macro_rules! impl_poly {
    ($t:ident) => {
        impl $crate::generated::Generated for $t {
            type Kind = $crate::generated::PolyKind;
        }
    };
}

/// The kind of a string enum implementing `StrEnum` (its `FromJson` and `ToJson` are the
/// runtime's one implementation for generated types), and `Display` (the JSON name).
#[macro_export]
macro_rules! impl_enum {
    ($t:ident) => {
        impl $crate::generated::Generated for $t {
            type Kind = $crate::generated::EnumKind;
        }
        impl ::core::fmt::Display for $t {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::StrEnum::as_str(self))
            }
        }
    };
}

/// Implements serde `Serialize`/`Deserialize` through the bridge for a type that implements
/// `ToJson` and `FromJson`.
#[macro_export]
macro_rules! impl_serde {
    ($t:ty) => {
        impl $crate::serde::Serialize for $t {
            fn serialize<S: $crate::serde::Serializer>(
                &self,
                s: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::serde_bridge::serialize(self, s)
            }
        }
        impl<'de> $crate::serde::Deserialize<'de> for $t {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::serde_bridge::deserialize(d)
            }
        }
    };
}

#[cfg(test)]
mod setter_tests {
    use crate::Field;

    #[derive(Default, Debug, PartialEq)]
    struct Sample {
        name: Field<String>,
        tags: Field<Vec<String>>,
        boxed: Field<Box<u32>>,
        #[cfg(any())]
        gone: Field<u8>,
    }

    crate::impl_setters!(Sample {
        with_name name: String;
        with_tags tags: Vec<String>;
        with_boxed boxed: Box<u32>;
        #[cfg(any())]
        with_gone gone: u8;
    });

    #[test]
    fn setters_set_values_and_chain() {
        let s = Sample::default()
            .with_name("a".into())
            .with_tags(vec!["x".to_string()])
            .with_boxed(Box::new(7));
        assert_eq!(s.name, Field::Value("a".to_string()));
        assert_eq!(s.tags, Field::Value(vec!["x".to_string()]));
        assert_eq!(s.boxed, Field::Value(Box::new(7)));
        let mut nulled = Sample::default().with_name("b".into());
        nulled.name.set_null();
        assert_eq!(
            nulled
                .with_name("c".into())
                .name
                .value()
                .map(String::as_str),
            Some("c")
        );
        assert!(Sample::default().tags.is_absent());
    }
}
