//! The spatial Edm types (`Edm.Geography*`, `Edm.Geometry*`). In OData JSON a spatial value
//! is a GeoJSON object (RFC 7946, with an optional `crs` member for a non-default SRID).
//!
//! Each type keeps the exact JSON text it was read from (a round trip never rewrites a
//! coordinate) after checking that it is a GeoJSON geometry of an allowed `type`
//! (`GeographyPoint` takes `Point` only, `Geography` any geometry). Typed access goes through
//! the `geojson` crate: [`GeographyPoint::geometry`] parses the text on demand, and values are
//! built from a [`geojson::Geometry`] with `from_geometry`.

use crate::json::error::{Error, ReadResult};
use crate::json::raw::RawJson;
use crate::json::read::Reader;
use crate::json::write::Writer;

pub use geojson;

/// Parses `text` as a GeoJSON geometry whose `type` is one of `allowed`.
fn parse_geometry(
    text: &str,
    kind: &'static str,
    allowed: &[&str],
) -> Result<geojson::Geometry, crate::edm::EdmError> {
    let g: geojson::Geometry = serde_json::from_str(text)
        .map_err(|e| crate::edm::EdmError::conversion(kind, format!("not GeoJSON: {e}")))?;
    let ty = g.value.type_name();
    if allowed.contains(&ty) {
        Ok(g)
    } else {
        Err(crate::edm::EdmError::conversion(
            kind,
            format!("GeoJSON `{ty}` is not one of {allowed:?}"),
        ))
    }
}

/// Defines one spatial type: the GeoJSON `type`s it accepts.
macro_rules! spatial_type {
    ($(#[$doc:meta])* $t:ident, $name:literal, [$($allowed:literal),+]) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Hash, Debug)]
        pub struct $t(RawJson);

        impl $t {
            /// The GeoJSON `type`s a value of this type may have.
            pub const GEOJSON_TYPES: &'static [&'static str] = &[$($allowed),+];

            /// Checks that `text` is a GeoJSON geometry of an allowed type and keeps it verbatim.
            pub fn parse(text: &str) -> Result<Self, crate::edm::EdmError> {
                parse_geometry(text, $name, Self::GEOJSON_TYPES)?;
                let raw = RawJson::parse(text)
                    .map_err(|e| crate::edm::EdmError::conversion($name, e))?;
                Ok($t(raw))
            }

            /// A value written from a `geojson` geometry (checked like [`Self::parse`]).
            pub fn from_geometry(g: &geojson::Geometry) -> Result<Self, crate::edm::EdmError> {
                let text = serde_json::to_string(g)
                    .map_err(|e| crate::edm::EdmError::conversion($name, e))?;
                Self::parse(&text)
            }

            /// The geometry, parsed from the kept text.
            pub fn geometry(&self) -> Result<geojson::Geometry, crate::edm::EdmError> {
                parse_geometry(self.0.as_str(), $name, Self::GEOJSON_TYPES)
            }

            /// The GeoJSON `type` of the value (`Point`, `LineString`, ...).
            pub fn geojson_type(&self) -> Result<&'static str, crate::edm::EdmError> {
                self.geometry().map(|g| g.value.type_name())
            }

            /// The exact JSON text.
            pub fn as_raw(&self) -> &RawJson {
                &self.0
            }
        }

        impl crate::FromJson for $t {
            const EXPECTED: &'static str = $name;
            fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
                let at = r.value_offset()?;
                let raw = r.raw().map(RawJson::trusted)?;
                match parse_geometry(raw.as_str(), $name, Self::GEOJSON_TYPES) {
                    Ok(_) => Ok($t(raw)),
                    Err(e) => Err(Error::data(
                        at,
                        format!("invalid value: {e}, expected {}", $name),
                    )),
                }
            }
        }

        impl crate::ToJson for $t {
            fn write_json(&self, w: &mut Writer) {
                w.raw(self.0.as_str())
            }
        }
    };
}

spatial_type!(
    /// `Edm.Geography`: any GeoJSON geometry on a round earth.
    Geography, "Geography",
    ["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"]
);
spatial_type!(
    /// `Edm.GeographyPoint`: a GeoJSON `Point` (longitude, latitude).
    GeographyPoint, "GeographyPoint", ["Point"]
);
spatial_type!(
    /// `Edm.GeographyLineString`: a GeoJSON `LineString`.
    GeographyLineString, "GeographyLineString", ["LineString"]
);
spatial_type!(
    /// `Edm.GeographyPolygon`: a GeoJSON `Polygon`.
    GeographyPolygon, "GeographyPolygon", ["Polygon"]
);
spatial_type!(
    /// `Edm.GeographyMultiPoint`: a GeoJSON `MultiPoint`.
    GeographyMultiPoint, "GeographyMultiPoint", ["MultiPoint"]
);
spatial_type!(
    /// `Edm.GeographyMultiLineString`: a GeoJSON `MultiLineString`.
    GeographyMultiLineString, "GeographyMultiLineString", ["MultiLineString"]
);
spatial_type!(
    /// `Edm.GeographyMultiPolygon`: a GeoJSON `MultiPolygon`.
    GeographyMultiPolygon, "GeographyMultiPolygon", ["MultiPolygon"]
);
spatial_type!(
    /// `Edm.GeographyCollection`: a GeoJSON `GeometryCollection`.
    GeographyCollection, "GeographyCollection", ["GeometryCollection"]
);
spatial_type!(
    /// `Edm.Geometry`: any GeoJSON geometry in a flat coordinate system.
    Geometry, "Geometry",
    ["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"]
);
spatial_type!(
    /// `Edm.GeometryPoint`: a GeoJSON `Point`.
    GeometryPoint, "GeometryPoint", ["Point"]
);
spatial_type!(
    /// `Edm.GeometryLineString`: a GeoJSON `LineString`.
    GeometryLineString, "GeometryLineString", ["LineString"]
);
spatial_type!(
    /// `Edm.GeometryPolygon`: a GeoJSON `Polygon`.
    GeometryPolygon, "GeometryPolygon", ["Polygon"]
);
spatial_type!(
    /// `Edm.GeometryMultiPoint`: a GeoJSON `MultiPoint`.
    GeometryMultiPoint, "GeometryMultiPoint", ["MultiPoint"]
);
spatial_type!(
    /// `Edm.GeometryMultiLineString`: a GeoJSON `MultiLineString`.
    GeometryMultiLineString, "GeometryMultiLineString", ["MultiLineString"]
);
spatial_type!(
    /// `Edm.GeometryMultiPolygon`: a GeoJSON `MultiPolygon`.
    GeometryMultiPolygon, "GeometryMultiPolygon", ["MultiPolygon"]
);
spatial_type!(
    /// `Edm.GeometryCollection`: a GeoJSON `GeometryCollection`.
    GeometryCollection, "GeometryCollection", ["GeometryCollection"]
);

impl GeographyPoint {
    /// `(longitude, latitude)` of the point.
    pub fn lon_lat(&self) -> Result<(f64, f64), crate::edm::EdmError> {
        point_xy(&self.geometry()?, "GeographyPoint")
    }
}

impl GeometryPoint {
    /// `(x, y)` of the point.
    pub fn xy(&self) -> Result<(f64, f64), crate::edm::EdmError> {
        point_xy(&self.geometry()?, "GeometryPoint")
    }
}

fn point_xy(g: &geojson::Geometry, kind: &'static str) -> Result<(f64, f64), crate::edm::EdmError> {
    match &g.value {
        geojson::GeometryValue::Point { coordinates } => match coordinates.as_slice() {
            [x, y, ..] => Ok((*x, *y)),
            _ => Err(crate::edm::EdmError::conversion(
                kind,
                "a point needs two coordinates",
            )),
        },
        _ => Err(crate::edm::EdmError::conversion(kind, "not a point")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn point_round_trips_exactly_and_converts() {
        let text = r#"{"type":"Point","coordinates":[-122.131577,47.678581],"crs":{"type":"name","properties":{"name":"EPSG:4326"}}}"#;
        let p: GeographyPoint = crate::from_str(text).unwrap();
        assert_eq!(crate::to_string(&p), text);
        assert_eq!(p.lon_lat().unwrap(), (-122.131577, 47.678581));
        assert_eq!(p.geojson_type().unwrap(), "Point");
    }

    #[test]
    fn wrong_geojson_type_is_refused_with_the_expected_type() {
        let e = crate::from_str::<GeographyPoint>(
            r#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#,
        )
        .unwrap_err();
        assert!(
            e.message.contains("expected GeographyPoint"),
            "{}",
            e.message
        );
        assert!(
            crate::from_str::<Geography>(r#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#)
                .is_ok()
        );
        assert!(crate::from_str::<GeometryPoint>("\"POINT(1 2)\"").is_err());
    }

    #[test]
    fn built_from_a_geojson_geometry() {
        let g = geojson::Geometry::new_point([1.5, 2.5]);
        let p = GeometryPoint::from_geometry(&g).unwrap();
        assert_eq!(p.xy().unwrap(), (1.5, 2.5));
        assert!(GeometryLineString::from_geometry(&g).is_err());
    }
}
