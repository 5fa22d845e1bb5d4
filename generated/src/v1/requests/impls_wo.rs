//! Items of `requests` by the first letters of their types' names (`wo`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::WorkHoursAndLocationsSettingPath {
    /// Containment navigation property `occurrences` (`microsoft.graph.workPlanOccurrence`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn occurrences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkPlanOccurrence,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("occurrences").updated_by_put(),
        )
    }
    /// Containment navigation property `recurrences` (`microsoft.graph.workPlanRecurrence`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn recurrences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkPlanRecurrence,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("recurrences").updated_by_put(),
        )
    }
    /// `GET .../occurrencesView`: function `microsoft.graph.occurrencesView`.
    #[inline]
    pub fn occurrences_view(
        &self,
        start_date_time: &str,
        end_date_time: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::WorkPlanOccurrence>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "occurrencesView",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkHoursAndLocationsSetting {
    const SEGMENT: &'static str = "microsoft.graph.workHoursAndLocationsSetting";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::WorkPlanOccurrencePath {
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("end"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("start"))
    }
    /// Structural property `timeOffDetails` (`microsoft.graph.timeOffDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn time_off_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimeOffDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("timeOffDetails"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkPlanOccurrence {
    const SEGMENT: &'static str = "microsoft.graph.workPlanOccurrence";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::WorkPlanOccurrence, C> {
    /// `POST .../setCurrentLocation`: action `microsoft.graph.setCurrentLocation`.
    pub fn set_current_location(
        &self,
        params: crate::v1::params::WorkPlanOccurrenceCollectionSetCurrentLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WorkPlanOccurrenceCollectionSetCurrentLocationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setCurrentLocation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::WorkPlanRecurrencePath {
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("end"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("start"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkPlanRecurrence {
    const SEGMENT: &'static str = "microsoft.graph.workPlanRecurrence";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookPath {
    /// Containment navigation property `application` (`microsoft.graph.workbookApplication`).
    #[inline]
    pub fn application(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookApplication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("application"))
    }
    /// Containment navigation property `comments` (`microsoft.graph.workbookComment`).
    #[inline]
    pub fn comments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookComment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("comments"))
    }
    /// Containment navigation property `functions` (`microsoft.graph.workbookFunctions`).
    #[inline]
    pub fn functions(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookFunctions,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("functions"))
    }
    /// Containment navigation property `names` (`microsoft.graph.workbookNamedItem`).
    #[inline]
    pub fn names(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookNamedItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("names"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.workbookOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookOperation,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `tables` (`microsoft.graph.workbookTable`).
    #[inline]
    pub fn tables(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tables"))
    }
    /// Containment navigation property `worksheets` (`microsoft.graph.workbookWorksheet`).
    #[inline]
    pub fn worksheets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookWorksheet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("worksheets"))
    }
    /// `POST .../closeSession`: action `microsoft.graph.closeSession`.
    #[inline]
    pub fn close_session(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("closeSession"),
            rt::request::NoBody,
        )
    }
    /// `POST .../createSession`: action `microsoft.graph.createSession`.
    #[inline]
    pub fn create_session(
        &self,
        params: crate::v1::params::WorkbookCreateSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookCreateSessionParams>,
        rt::request::Entity<crate::v1::WorkbookSessionInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createSession"),
            rt::request::Json(params),
        )
    }
    /// `POST .../refreshSession`: action `microsoft.graph.refreshSession`.
    #[inline]
    pub fn refresh_session(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("refreshSession"),
            rt::request::NoBody,
        )
    }
    /// `GET .../sessionInfoResource`: function `microsoft.graph.sessionInfoResource`.
    #[inline]
    pub fn session_info_resource(
        &self,
        key: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookSessionInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "sessionInfoResource",
                    &[
                        (
                            "key",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(key),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../tableRowOperationResult`: function `microsoft.graph.tableRowOperationResult`.
    #[inline]
    pub fn table_row_operation_result(
        &self,
        key: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTableRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "tableRowOperationResult",
                    &[
                        (
                            "key",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(key),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Workbook {
    const SEGMENT: &'static str = "microsoft.graph.workbook";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookApplicationPath {
    /// `POST .../calculate`: action `microsoft.graph.calculate`.
    #[inline]
    pub fn calculate(
        &self,
        params: crate::v1::params::WorkbookApplicationCalculateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookApplicationCalculateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("calculate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookApplication {
    const SEGMENT: &'static str = "microsoft.graph.workbookApplication";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartPath {
    /// Containment navigation property `axes` (`microsoft.graph.workbookChartAxes`).
    #[inline]
    pub fn axes(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAxes,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("axes"))
    }
    /// Containment navigation property `dataLabels` (`microsoft.graph.workbookChartDataLabels`).
    #[inline]
    pub fn data_labels(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartDataLabels,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("dataLabels"))
    }
    /// Containment navigation property `format` (`microsoft.graph.workbookChartAreaFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAreaFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
    /// Containment navigation property `legend` (`microsoft.graph.workbookChartLegend`).
    #[inline]
    pub fn legend(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartLegend,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("legend"))
    }
    /// Containment navigation property `series` (`microsoft.graph.workbookChartSeries`).
    #[inline]
    pub fn series(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookChartSeries,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("series"))
    }
    /// Containment navigation property `title` (`microsoft.graph.workbookChartTitle`).
    #[inline]
    pub fn title(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartTitle,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("title"))
    }
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    #[inline]
    pub fn worksheet(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookWorksheet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("worksheet"))
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    #[inline]
    pub fn image(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("image", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    #[inline]
    pub fn image_2(
        &self,
        width: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "image",
                    &[
                        (
                            "width",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&width),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    #[inline]
    pub fn image_3(
        &self,
        width: i32,
        height: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "image",
                    &[
                        (
                            "width",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&width),
                            ),
                        ),
                        (
                            "height",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&height),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    #[inline]
    pub fn image_4(
        &self,
        width: i32,
        height: i32,
        fitting_mode: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "image",
                    &[
                        (
                            "width",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&width),
                            ),
                        ),
                        (
                            "height",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&height),
                            ),
                        ),
                        (
                            "fittingMode",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(fitting_mode),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../setData`: action `microsoft.graph.setData`.
    #[inline]
    pub fn set_data(
        &self,
        params: crate::v1::params::WorkbookChartSetDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartSetDataParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setData"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPosition`: action `microsoft.graph.setPosition`.
    #[inline]
    pub fn set_position(
        &self,
        params: crate::v1::params::WorkbookChartSetPositionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartSetPositionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setPosition"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChart {
    const SEGMENT: &'static str = "microsoft.graph.workbookChart";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookChart, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookChartCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookChart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../item`: function `microsoft.graph.item`.
    pub fn item(
        &self,
        name: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChart>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "item",
                    &[
                        (
                            "name",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(name),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChart>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartAreaFormatPath {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    #[inline]
    pub fn fill(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFill,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    #[inline]
    pub fn font(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFont,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAreaFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAreaFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartAxesPath {
    /// Containment navigation property `categoryAxis` (`microsoft.graph.workbookChartAxis`).
    #[inline]
    pub fn category_axis(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAxis,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("categoryAxis"))
    }
    /// Containment navigation property `seriesAxis` (`microsoft.graph.workbookChartAxis`).
    #[inline]
    pub fn series_axis(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAxis,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("seriesAxis"))
    }
    /// Containment navigation property `valueAxis` (`microsoft.graph.workbookChartAxis`).
    #[inline]
    pub fn value_axis(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAxis,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("valueAxis"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartAxes {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxes";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartAxisPath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartAxisFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAxisFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
    /// Containment navigation property `majorGridlines` (`microsoft.graph.workbookChartGridlines`).
    #[inline]
    pub fn major_gridlines(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartGridlines,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("majorGridlines"))
    }
    /// Containment navigation property `minorGridlines` (`microsoft.graph.workbookChartGridlines`).
    #[inline]
    pub fn minor_gridlines(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartGridlines,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("minorGridlines"))
    }
    /// Containment navigation property `title` (`microsoft.graph.workbookChartAxisTitle`).
    #[inline]
    pub fn title(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAxisTitle,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("title"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartAxis {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxis";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartAxisFormatPath {
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    #[inline]
    pub fn font(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFont,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("font"))
    }
    /// Containment navigation property `line` (`microsoft.graph.workbookChartLineFormat`).
    #[inline]
    pub fn line(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartLineFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("line"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAxisFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxisFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartAxisTitlePath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartAxisTitleFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartAxisTitleFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAxisTitle {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxisTitle";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartAxisTitleFormatPath {
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    #[inline]
    pub fn font(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFont,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAxisTitleFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxisTitleFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartDataLabelFormatPath {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    #[inline]
    pub fn fill(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFill,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    #[inline]
    pub fn font(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFont,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartDataLabelFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartDataLabelFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartDataLabelsPath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartDataLabelFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartDataLabelFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartDataLabels {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartDataLabels";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartFillPath {
    /// `POST .../clear`: action `microsoft.graph.clear`.
    #[inline]
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clear"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setSolidColor`: action `microsoft.graph.setSolidColor`.
    #[inline]
    pub fn set_solid_color(
        &self,
        params: crate::v1::params::WorkbookChartFillSetSolidColorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartFillSetSolidColorParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setSolidColor"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartFill {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartFill";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartFont {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartFont";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartGridlinesPath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartGridlinesFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartGridlinesFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartGridlines {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartGridlines";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartGridlinesFormatPath {
    /// Containment navigation property `line` (`microsoft.graph.workbookChartLineFormat`).
    #[inline]
    pub fn line(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartLineFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("line"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartGridlinesFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartGridlinesFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartLegendPath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartLegendFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartLegendFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartLegend {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartLegend";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartLegendFormatPath {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    #[inline]
    pub fn fill(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFill,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    #[inline]
    pub fn font(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFont,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartLegendFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartLegendFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartLineFormatPath {
    /// `POST .../clear`: action `microsoft.graph.clear`.
    #[inline]
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clear"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartLineFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartLineFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartPointPath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartPointFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartPointFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartPoint {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartPoint";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookChartPoint, C> {
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChartPoint>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartPointFormatPath {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    #[inline]
    pub fn fill(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFill,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fill"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartPointFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartPointFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartSeriesPath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartSeriesFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartSeriesFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
    /// Containment navigation property `points` (`microsoft.graph.workbookChartPoint`).
    #[inline]
    pub fn points(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookChartPoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("points"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartSeries {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartSeries";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookChartSeries, C> {
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChartSeries>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartSeriesFormatPath {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    #[inline]
    pub fn fill(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFill,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fill"))
    }
    /// Containment navigation property `line` (`microsoft.graph.workbookChartLineFormat`).
    #[inline]
    pub fn line(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartLineFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("line"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartSeriesFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartSeriesFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartTitlePath {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartTitleFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartTitleFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartTitle {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartTitle";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookChartTitleFormatPath {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    #[inline]
    pub fn fill(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFill,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    #[inline]
    pub fn font(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookChartFont,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartTitleFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartTitleFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookCommentPath {
    /// Containment navigation property `replies` (`microsoft.graph.workbookCommentReply`).
    #[inline]
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookCommentReply,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("replies"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookComment {
    const SEGMENT: &'static str = "microsoft.graph.workbookComment";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookCommentReply {
    const SEGMENT: &'static str = "microsoft.graph.workbookCommentReply";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookFilterPath {
    /// Structural property `criteria` (`microsoft.graph.workbookFilterCriteria`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn criteria(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WorkbookFilterCriteria> {
        crate::path::PropertyPath::new(self.node_target().segment("criteria"))
    }
    /// `POST .../apply`: action `microsoft.graph.apply`.
    #[inline]
    pub fn apply(
        &self,
        params: crate::v1::params::WorkbookFilterApplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("apply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyBottomItemsFilter`: action `microsoft.graph.applyBottomItemsFilter`.
    #[inline]
    pub fn apply_bottom_items_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyBottomItemsFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyBottomItemsFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyBottomItemsFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyBottomPercentFilter`: action `microsoft.graph.applyBottomPercentFilter`.
    #[inline]
    pub fn apply_bottom_percent_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyBottomPercentFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WorkbookFilterApplyBottomPercentFilterParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyBottomPercentFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyCellColorFilter`: action `microsoft.graph.applyCellColorFilter`.
    #[inline]
    pub fn apply_cell_color_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyCellColorFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyCellColorFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyCellColorFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyCustomFilter`: action `microsoft.graph.applyCustomFilter`.
    #[inline]
    pub fn apply_custom_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyCustomFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyCustomFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyCustomFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyDynamicFilter`: action `microsoft.graph.applyDynamicFilter`.
    #[inline]
    pub fn apply_dynamic_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyDynamicFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyDynamicFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyDynamicFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyFontColorFilter`: action `microsoft.graph.applyFontColorFilter`.
    #[inline]
    pub fn apply_font_color_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyFontColorFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyFontColorFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyFontColorFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyIconFilter`: action `microsoft.graph.applyIconFilter`.
    #[inline]
    pub fn apply_icon_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyIconFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyIconFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyIconFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyTopItemsFilter`: action `microsoft.graph.applyTopItemsFilter`.
    #[inline]
    pub fn apply_top_items_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyTopItemsFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyTopItemsFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyTopItemsFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyTopPercentFilter`: action `microsoft.graph.applyTopPercentFilter`.
    #[inline]
    pub fn apply_top_percent_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyTopPercentFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyTopPercentFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyTopPercentFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyValuesFilter`: action `microsoft.graph.applyValuesFilter`.
    #[inline]
    pub fn apply_values_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyValuesFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyValuesFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyValuesFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clear`: action `microsoft.graph.clear`.
    #[inline]
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clear"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookFilter {
    const SEGMENT: &'static str = "microsoft.graph.workbookFilter";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookFormatProtection {
    const SEGMENT: &'static str = "microsoft.graph.workbookFormatProtection";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookFunctionResult {
    const SEGMENT: &'static str = "microsoft.graph.workbookFunctionResult";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookFunctionsPath {
    /// `POST .../abs`: action `microsoft.graph.abs`.
    #[inline]
    pub fn abs(
        &self,
        params: crate::v1::params::WorkbookFunctionsAbsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAbsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("abs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../accrInt`: action `microsoft.graph.accrInt`.
    #[inline]
    pub fn accr_int(
        &self,
        params: crate::v1::params::WorkbookFunctionsAccrIntParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAccrIntParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("accrInt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../accrIntM`: action `microsoft.graph.accrIntM`.
    #[inline]
    pub fn accr_int_m(
        &self,
        params: crate::v1::params::WorkbookFunctionsAccrIntMParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAccrIntMParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("accrIntM"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acos`: action `microsoft.graph.acos`.
    #[inline]
    pub fn acos(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcosParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcosParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("acos"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acosh`: action `microsoft.graph.acosh`.
    #[inline]
    pub fn acosh(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcoshParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcoshParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("acosh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acot`: action `microsoft.graph.acot`.
    #[inline]
    pub fn acot(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("acot"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acoth`: action `microsoft.graph.acoth`.
    #[inline]
    pub fn acoth(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcothParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcothParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("acoth"),
            rt::request::Json(params),
        )
    }
    /// `POST .../amorDegrc`: action `microsoft.graph.amorDegrc`.
    #[inline]
    pub fn amor_degrc(
        &self,
        params: crate::v1::params::WorkbookFunctionsAmorDegrcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAmorDegrcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("amorDegrc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../amorLinc`: action `microsoft.graph.amorLinc`.
    #[inline]
    pub fn amor_linc(
        &self,
        params: crate::v1::params::WorkbookFunctionsAmorLincParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAmorLincParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("amorLinc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../and`: action `microsoft.graph.and`.
    #[inline]
    pub fn and(
        &self,
        params: crate::v1::params::WorkbookFunctionsAndParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAndParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("and"),
            rt::request::Json(params),
        )
    }
    /// `POST .../arabic`: action `microsoft.graph.arabic`.
    #[inline]
    pub fn arabic(
        &self,
        params: crate::v1::params::WorkbookFunctionsArabicParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsArabicParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("arabic"),
            rt::request::Json(params),
        )
    }
    /// `POST .../areas`: action `microsoft.graph.areas`.
    #[inline]
    pub fn areas(
        &self,
        params: crate::v1::params::WorkbookFunctionsAreasParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAreasParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("areas"),
            rt::request::Json(params),
        )
    }
    /// `POST .../asc`: action `microsoft.graph.asc`.
    #[inline]
    pub fn asc(
        &self,
        params: crate::v1::params::WorkbookFunctionsAscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("asc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../asin`: action `microsoft.graph.asin`.
    #[inline]
    pub fn asin(
        &self,
        params: crate::v1::params::WorkbookFunctionsAsinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAsinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("asin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../asinh`: action `microsoft.graph.asinh`.
    #[inline]
    pub fn asinh(
        &self,
        params: crate::v1::params::WorkbookFunctionsAsinhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAsinhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("asinh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../atan`: action `microsoft.graph.atan`.
    #[inline]
    pub fn atan(
        &self,
        params: crate::v1::params::WorkbookFunctionsAtanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAtanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("atan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../atan2`: action `microsoft.graph.atan2`.
    #[inline]
    pub fn atan2(
        &self,
        params: crate::v1::params::WorkbookFunctionsAtan2Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAtan2Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("atan2"),
            rt::request::Json(params),
        )
    }
    /// `POST .../atanh`: action `microsoft.graph.atanh`.
    #[inline]
    pub fn atanh(
        &self,
        params: crate::v1::params::WorkbookFunctionsAtanhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAtanhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("atanh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../aveDev`: action `microsoft.graph.aveDev`.
    #[inline]
    pub fn ave_dev(
        &self,
        params: crate::v1::params::WorkbookFunctionsAveDevParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAveDevParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("aveDev"),
            rt::request::Json(params),
        )
    }
    /// `POST .../average`: action `microsoft.graph.average`.
    #[inline]
    pub fn average(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("average"),
            rt::request::Json(params),
        )
    }
    /// `POST .../averageA`: action `microsoft.graph.averageA`.
    #[inline]
    pub fn average_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("averageA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../averageIf`: action `microsoft.graph.averageIf`.
    #[inline]
    pub fn average_if(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("averageIf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../averageIfs`: action `microsoft.graph.averageIfs`.
    #[inline]
    pub fn average_ifs(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageIfsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageIfsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("averageIfs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bahtText`: action `microsoft.graph.bahtText`.
    #[inline]
    pub fn baht_text(
        &self,
        params: crate::v1::params::WorkbookFunctionsBahtTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBahtTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bahtText"),
            rt::request::Json(params),
        )
    }
    /// `POST .../base`: action `microsoft.graph.base`.
    #[inline]
    pub fn base(
        &self,
        params: crate::v1::params::WorkbookFunctionsBaseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBaseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("base"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselI`: action `microsoft.graph.besselI`.
    #[inline]
    pub fn bessel_i(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselIParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselIParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("besselI"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselJ`: action `microsoft.graph.besselJ`.
    #[inline]
    pub fn bessel_j(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselJParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselJParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("besselJ"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselK`: action `microsoft.graph.besselK`.
    #[inline]
    pub fn bessel_k(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselKParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselKParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("besselK"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselY`: action `microsoft.graph.besselY`.
    #[inline]
    pub fn bessel_y(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselYParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselYParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("besselY"),
            rt::request::Json(params),
        )
    }
    /// `POST .../beta_Dist`: action `microsoft.graph.beta_Dist`.
    #[inline]
    pub fn beta_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsBetaDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBetaDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("beta_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../beta_Inv`: action `microsoft.graph.beta_Inv`.
    #[inline]
    pub fn beta_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsBetaInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBetaInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("beta_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bin2Dec`: action `microsoft.graph.bin2Dec`.
    #[inline]
    pub fn bin2_dec(
        &self,
        params: crate::v1::params::WorkbookFunctionsBin2DecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBin2DecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bin2Dec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bin2Hex`: action `microsoft.graph.bin2Hex`.
    #[inline]
    pub fn bin2_hex(
        &self,
        params: crate::v1::params::WorkbookFunctionsBin2HexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBin2HexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bin2Hex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bin2Oct`: action `microsoft.graph.bin2Oct`.
    #[inline]
    pub fn bin2_oct(
        &self,
        params: crate::v1::params::WorkbookFunctionsBin2OctParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBin2OctParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bin2Oct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../binom_Dist`: action `microsoft.graph.binom_Dist`.
    #[inline]
    pub fn binom_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsBinomDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBinomDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("binom_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../binom_Dist_Range`: action `microsoft.graph.binom_Dist_Range`.
    #[inline]
    pub fn binom_dist_range(
        &self,
        params: crate::v1::params::WorkbookFunctionsBinomDistRangeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBinomDistRangeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("binom_Dist_Range"),
            rt::request::Json(params),
        )
    }
    /// `POST .../binom_Inv`: action `microsoft.graph.binom_Inv`.
    #[inline]
    pub fn binom_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsBinomInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBinomInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("binom_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitand`: action `microsoft.graph.bitand`.
    #[inline]
    pub fn bitand(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitandParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitandParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bitand"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitlshift`: action `microsoft.graph.bitlshift`.
    #[inline]
    pub fn bitlshift(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitlshiftParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitlshiftParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bitlshift"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitor`: action `microsoft.graph.bitor`.
    #[inline]
    pub fn bitor(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bitor"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitrshift`: action `microsoft.graph.bitrshift`.
    #[inline]
    pub fn bitrshift(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitrshiftParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitrshiftParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bitrshift"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitxor`: action `microsoft.graph.bitxor`.
    #[inline]
    pub fn bitxor(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitxorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitxorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bitxor"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ceiling_Math`: action `microsoft.graph.ceiling_Math`.
    #[inline]
    pub fn ceiling_math(
        &self,
        params: crate::v1::params::WorkbookFunctionsCeilingMathParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCeilingMathParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ceiling_Math"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ceiling_Precise`: action `microsoft.graph.ceiling_Precise`.
    #[inline]
    pub fn ceiling_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsCeilingPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCeilingPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ceiling_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../char`: action `microsoft.graph.char`.
    #[inline]
    pub fn char(
        &self,
        params: crate::v1::params::WorkbookFunctionsCharParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCharParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("char"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Dist`: action `microsoft.graph.chiSq_Dist`.
    #[inline]
    pub fn chi_sq_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("chiSq_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Dist_RT`: action `microsoft.graph.chiSq_Dist_RT`.
    #[inline]
    pub fn chi_sq_dist_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqDistRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqDistRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("chiSq_Dist_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Inv`: action `microsoft.graph.chiSq_Inv`.
    #[inline]
    pub fn chi_sq_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("chiSq_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Inv_RT`: action `microsoft.graph.chiSq_Inv_RT`.
    #[inline]
    pub fn chi_sq_inv_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqInvRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqInvRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("chiSq_Inv_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../choose`: action `microsoft.graph.choose`.
    #[inline]
    pub fn choose(
        &self,
        params: crate::v1::params::WorkbookFunctionsChooseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChooseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("choose"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clean`: action `microsoft.graph.clean`.
    #[inline]
    pub fn clean(
        &self,
        params: crate::v1::params::WorkbookFunctionsCleanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCleanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../code`: action `microsoft.graph.code`.
    #[inline]
    pub fn code(
        &self,
        params: crate::v1::params::WorkbookFunctionsCodeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCodeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("code"),
            rt::request::Json(params),
        )
    }
    /// `POST .../columns`: action `microsoft.graph.columns`.
    #[inline]
    pub fn columns(
        &self,
        params: crate::v1::params::WorkbookFunctionsColumnsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsColumnsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("columns"),
            rt::request::Json(params),
        )
    }
    /// `POST .../combin`: action `microsoft.graph.combin`.
    #[inline]
    pub fn combin(
        &self,
        params: crate::v1::params::WorkbookFunctionsCombinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCombinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("combin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../combina`: action `microsoft.graph.combina`.
    #[inline]
    pub fn combina(
        &self,
        params: crate::v1::params::WorkbookFunctionsCombinaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCombinaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("combina"),
            rt::request::Json(params),
        )
    }
    /// `POST .../complex`: action `microsoft.graph.complex`.
    #[inline]
    pub fn complex(
        &self,
        params: crate::v1::params::WorkbookFunctionsComplexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsComplexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("complex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../concatenate`: action `microsoft.graph.concatenate`.
    #[inline]
    pub fn concatenate(
        &self,
        params: crate::v1::params::WorkbookFunctionsConcatenateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConcatenateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("concatenate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confidence_Norm`: action `microsoft.graph.confidence_Norm`.
    #[inline]
    pub fn confidence_norm(
        &self,
        params: crate::v1::params::WorkbookFunctionsConfidenceNormParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConfidenceNormParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("confidence_Norm"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confidence_T`: action `microsoft.graph.confidence_T`.
    #[inline]
    pub fn confidence_t(
        &self,
        params: crate::v1::params::WorkbookFunctionsConfidenceTParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConfidenceTParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("confidence_T"),
            rt::request::Json(params),
        )
    }
    /// `POST .../convert`: action `microsoft.graph.convert`.
    #[inline]
    pub fn convert(
        &self,
        params: crate::v1::params::WorkbookFunctionsConvertParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConvertParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("convert"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cos`: action `microsoft.graph.cos`.
    #[inline]
    pub fn cos(
        &self,
        params: crate::v1::params::WorkbookFunctionsCosParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCosParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cos"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cosh`: action `microsoft.graph.cosh`.
    #[inline]
    pub fn cosh(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoshParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoshParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cosh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cot`: action `microsoft.graph.cot`.
    #[inline]
    pub fn cot(
        &self,
        params: crate::v1::params::WorkbookFunctionsCotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cot"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coth`: action `microsoft.graph.coth`.
    #[inline]
    pub fn coth(
        &self,
        params: crate::v1::params::WorkbookFunctionsCothParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCothParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("coth"),
            rt::request::Json(params),
        )
    }
    /// `POST .../count`: action `microsoft.graph.count`.
    #[inline]
    pub fn count_2(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("count"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countA`: action `microsoft.graph.countA`.
    #[inline]
    pub fn count_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("countA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countBlank`: action `microsoft.graph.countBlank`.
    #[inline]
    pub fn count_blank(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountBlankParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountBlankParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("countBlank"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countIf`: action `microsoft.graph.countIf`.
    #[inline]
    pub fn count_if(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("countIf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countIfs`: action `microsoft.graph.countIfs`.
    #[inline]
    pub fn count_ifs(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountIfsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountIfsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("countIfs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupDayBs`: action `microsoft.graph.coupDayBs`.
    #[inline]
    pub fn coup_day_bs(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupDayBsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupDayBsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("coupDayBs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupDays`: action `microsoft.graph.coupDays`.
    #[inline]
    pub fn coup_days(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupDaysParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupDaysParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("coupDays"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupDaysNc`: action `microsoft.graph.coupDaysNc`.
    #[inline]
    pub fn coup_days_nc(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupDaysNcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupDaysNcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("coupDaysNc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupNcd`: action `microsoft.graph.coupNcd`.
    #[inline]
    pub fn coup_ncd(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupNcdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupNcdParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("coupNcd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupNum`: action `microsoft.graph.coupNum`.
    #[inline]
    pub fn coup_num(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupNumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupNumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("coupNum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupPcd`: action `microsoft.graph.coupPcd`.
    #[inline]
    pub fn coup_pcd(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupPcdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupPcdParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("coupPcd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../csc`: action `microsoft.graph.csc`.
    #[inline]
    pub fn csc(
        &self,
        params: crate::v1::params::WorkbookFunctionsCscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("csc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../csch`: action `microsoft.graph.csch`.
    #[inline]
    pub fn csch(
        &self,
        params: crate::v1::params::WorkbookFunctionsCschParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCschParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("csch"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cumIPmt`: action `microsoft.graph.cumIPmt`.
    #[inline]
    pub fn cum_i_pmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsCumIPmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCumIPmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cumIPmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cumPrinc`: action `microsoft.graph.cumPrinc`.
    #[inline]
    pub fn cum_princ(
        &self,
        params: crate::v1::params::WorkbookFunctionsCumPrincParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCumPrincParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cumPrinc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../date`: action `microsoft.graph.date`.
    #[inline]
    pub fn date(
        &self,
        params: crate::v1::params::WorkbookFunctionsDateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("date"),
            rt::request::Json(params),
        )
    }
    /// `POST .../datevalue`: action `microsoft.graph.datevalue`.
    #[inline]
    pub fn datevalue(
        &self,
        params: crate::v1::params::WorkbookFunctionsDatevalueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDatevalueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("datevalue"),
            rt::request::Json(params),
        )
    }
    /// `POST .../daverage`: action `microsoft.graph.daverage`.
    #[inline]
    pub fn daverage(
        &self,
        params: crate::v1::params::WorkbookFunctionsDaverageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDaverageParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("daverage"),
            rt::request::Json(params),
        )
    }
    /// `POST .../day`: action `microsoft.graph.day`.
    #[inline]
    pub fn day(
        &self,
        params: crate::v1::params::WorkbookFunctionsDayParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDayParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("day"),
            rt::request::Json(params),
        )
    }
    /// `POST .../days`: action `microsoft.graph.days`.
    #[inline]
    pub fn days(
        &self,
        params: crate::v1::params::WorkbookFunctionsDaysParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDaysParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("days"),
            rt::request::Json(params),
        )
    }
    /// `POST .../days360`: action `microsoft.graph.days360`.
    #[inline]
    pub fn days360(
        &self,
        params: crate::v1::params::WorkbookFunctionsDays360Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDays360Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("days360"),
            rt::request::Json(params),
        )
    }
    /// `POST .../db`: action `microsoft.graph.db`.
    #[inline]
    pub fn db(
        &self,
        params: crate::v1::params::WorkbookFunctionsDbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("db"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dbcs`: action `microsoft.graph.dbcs`.
    #[inline]
    pub fn dbcs(
        &self,
        params: crate::v1::params::WorkbookFunctionsDbcsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDbcsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dbcs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dcount`: action `microsoft.graph.dcount`.
    #[inline]
    pub fn dcount(
        &self,
        params: crate::v1::params::WorkbookFunctionsDcountParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDcountParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dcount"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dcountA`: action `microsoft.graph.dcountA`.
    #[inline]
    pub fn dcount_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsDcountAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDcountAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dcountA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ddb`: action `microsoft.graph.ddb`.
    #[inline]
    pub fn ddb(
        &self,
        params: crate::v1::params::WorkbookFunctionsDdbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDdbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ddb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dec2Bin`: action `microsoft.graph.dec2Bin`.
    #[inline]
    pub fn dec2_bin(
        &self,
        params: crate::v1::params::WorkbookFunctionsDec2BinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDec2BinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dec2Bin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dec2Hex`: action `microsoft.graph.dec2Hex`.
    #[inline]
    pub fn dec2_hex(
        &self,
        params: crate::v1::params::WorkbookFunctionsDec2HexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDec2HexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dec2Hex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dec2Oct`: action `microsoft.graph.dec2Oct`.
    #[inline]
    pub fn dec2_oct(
        &self,
        params: crate::v1::params::WorkbookFunctionsDec2OctParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDec2OctParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dec2Oct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decimal`: action `microsoft.graph.decimal`.
    #[inline]
    pub fn decimal(
        &self,
        params: crate::v1::params::WorkbookFunctionsDecimalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDecimalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("decimal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../degrees`: action `microsoft.graph.degrees`.
    #[inline]
    pub fn degrees(
        &self,
        params: crate::v1::params::WorkbookFunctionsDegreesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDegreesParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("degrees"),
            rt::request::Json(params),
        )
    }
    /// `POST .../delta`: action `microsoft.graph.delta`.
    #[inline]
    pub fn delta(
        &self,
        params: crate::v1::params::WorkbookFunctionsDeltaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDeltaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("delta"),
            rt::request::Json(params),
        )
    }
    /// `POST .../devSq`: action `microsoft.graph.devSq`.
    #[inline]
    pub fn dev_sq(
        &self,
        params: crate::v1::params::WorkbookFunctionsDevSqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDevSqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("devSq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dget`: action `microsoft.graph.dget`.
    #[inline]
    pub fn dget(
        &self,
        params: crate::v1::params::WorkbookFunctionsDgetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDgetParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dget"),
            rt::request::Json(params),
        )
    }
    /// `POST .../disc`: action `microsoft.graph.disc`.
    #[inline]
    pub fn disc(
        &self,
        params: crate::v1::params::WorkbookFunctionsDiscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDiscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("disc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dmax`: action `microsoft.graph.dmax`.
    #[inline]
    pub fn dmax(
        &self,
        params: crate::v1::params::WorkbookFunctionsDmaxParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDmaxParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dmax"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dmin`: action `microsoft.graph.dmin`.
    #[inline]
    pub fn dmin(
        &self,
        params: crate::v1::params::WorkbookFunctionsDminParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDminParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dmin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dollar`: action `microsoft.graph.dollar`.
    #[inline]
    pub fn dollar(
        &self,
        params: crate::v1::params::WorkbookFunctionsDollarParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDollarParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dollar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dollarDe`: action `microsoft.graph.dollarDe`.
    #[inline]
    pub fn dollar_de(
        &self,
        params: crate::v1::params::WorkbookFunctionsDollarDeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDollarDeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dollarDe"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dollarFr`: action `microsoft.graph.dollarFr`.
    #[inline]
    pub fn dollar_fr(
        &self,
        params: crate::v1::params::WorkbookFunctionsDollarFrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDollarFrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dollarFr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dproduct`: action `microsoft.graph.dproduct`.
    #[inline]
    pub fn dproduct(
        &self,
        params: crate::v1::params::WorkbookFunctionsDproductParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDproductParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dproduct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dstDev`: action `microsoft.graph.dstDev`.
    #[inline]
    pub fn dst_dev(
        &self,
        params: crate::v1::params::WorkbookFunctionsDstDevParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDstDevParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dstDev"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dstDevP`: action `microsoft.graph.dstDevP`.
    #[inline]
    pub fn dst_dev_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsDstDevPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDstDevPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dstDevP"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dsum`: action `microsoft.graph.dsum`.
    #[inline]
    pub fn dsum(
        &self,
        params: crate::v1::params::WorkbookFunctionsDsumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDsumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dsum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../duration`: action `microsoft.graph.duration`.
    #[inline]
    pub fn duration(
        &self,
        params: crate::v1::params::WorkbookFunctionsDurationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDurationParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("duration"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dvar`: action `microsoft.graph.dvar`.
    #[inline]
    pub fn dvar(
        &self,
        params: crate::v1::params::WorkbookFunctionsDvarParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDvarParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dvar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dvarP`: action `microsoft.graph.dvarP`.
    #[inline]
    pub fn dvar_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsDvarPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDvarPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dvarP"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ecma_Ceiling`: action `microsoft.graph.ecma_Ceiling`.
    #[inline]
    pub fn ecma_ceiling(
        &self,
        params: crate::v1::params::WorkbookFunctionsEcmaCeilingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEcmaCeilingParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ecma_Ceiling"),
            rt::request::Json(params),
        )
    }
    /// `POST .../edate`: action `microsoft.graph.edate`.
    #[inline]
    pub fn edate(
        &self,
        params: crate::v1::params::WorkbookFunctionsEdateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEdateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("edate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../effect`: action `microsoft.graph.effect`.
    #[inline]
    pub fn effect(
        &self,
        params: crate::v1::params::WorkbookFunctionsEffectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEffectParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("effect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../eoMonth`: action `microsoft.graph.eoMonth`.
    #[inline]
    pub fn eo_month(
        &self,
        params: crate::v1::params::WorkbookFunctionsEoMonthParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEoMonthParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("eoMonth"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erf`: action `microsoft.graph.erf`.
    #[inline]
    pub fn erf(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("erf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erfC`: action `microsoft.graph.erfC`.
    #[inline]
    pub fn erf_c(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfCParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfCParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("erfC"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erfC_Precise`: action `microsoft.graph.erfC_Precise`.
    #[inline]
    pub fn erf_c_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfCPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfCPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("erfC_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erf_Precise`: action `microsoft.graph.erf_Precise`.
    #[inline]
    pub fn erf_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("erf_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../error_Type`: action `microsoft.graph.error_Type`.
    #[inline]
    pub fn error_type(
        &self,
        params: crate::v1::params::WorkbookFunctionsErrorTypeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErrorTypeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("error_Type"),
            rt::request::Json(params),
        )
    }
    /// `POST .../even`: action `microsoft.graph.even`.
    #[inline]
    pub fn even(
        &self,
        params: crate::v1::params::WorkbookFunctionsEvenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEvenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("even"),
            rt::request::Json(params),
        )
    }
    /// `POST .../exact`: action `microsoft.graph.exact`.
    #[inline]
    pub fn exact(
        &self,
        params: crate::v1::params::WorkbookFunctionsExactParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsExactParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("exact"),
            rt::request::Json(params),
        )
    }
    /// `POST .../exp`: action `microsoft.graph.exp`.
    #[inline]
    pub fn exp(
        &self,
        params: crate::v1::params::WorkbookFunctionsExpParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsExpParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("exp"),
            rt::request::Json(params),
        )
    }
    /// `POST .../expon_Dist`: action `microsoft.graph.expon_Dist`.
    #[inline]
    pub fn expon_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsExponDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsExponDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("expon_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Dist`: action `microsoft.graph.f_Dist`.
    #[inline]
    pub fn f_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsFDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("f_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Dist_RT`: action `microsoft.graph.f_Dist_RT`.
    #[inline]
    pub fn f_dist_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsFDistRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFDistRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("f_Dist_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Inv`: action `microsoft.graph.f_Inv`.
    #[inline]
    pub fn f_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsFInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("f_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Inv_RT`: action `microsoft.graph.f_Inv_RT`.
    #[inline]
    pub fn f_inv_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsFInvRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFInvRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("f_Inv_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fact`: action `microsoft.graph.fact`.
    #[inline]
    pub fn fact(
        &self,
        params: crate::v1::params::WorkbookFunctionsFactParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFactParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("fact"),
            rt::request::Json(params),
        )
    }
    /// `POST .../factDouble`: action `microsoft.graph.factDouble`.
    #[inline]
    pub fn fact_double(
        &self,
        params: crate::v1::params::WorkbookFunctionsFactDoubleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFactDoubleParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("factDouble"),
            rt::request::Json(params),
        )
    }
    /// `POST .../false`: action `microsoft.graph.false`.
    #[inline]
    pub fn false_(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("false"),
            rt::request::NoBody,
        )
    }
    /// `POST .../find`: action `microsoft.graph.find`.
    #[inline]
    pub fn find(
        &self,
        params: crate::v1::params::WorkbookFunctionsFindParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFindParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("find"),
            rt::request::Json(params),
        )
    }
    /// `POST .../findB`: action `microsoft.graph.findB`.
    #[inline]
    pub fn find_b(
        &self,
        params: crate::v1::params::WorkbookFunctionsFindBParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFindBParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("findB"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fisher`: action `microsoft.graph.fisher`.
    #[inline]
    pub fn fisher(
        &self,
        params: crate::v1::params::WorkbookFunctionsFisherParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFisherParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("fisher"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fisherInv`: action `microsoft.graph.fisherInv`.
    #[inline]
    pub fn fisher_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsFisherInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFisherInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("fisherInv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fixed`: action `microsoft.graph.fixed`.
    #[inline]
    pub fn fixed(
        &self,
        params: crate::v1::params::WorkbookFunctionsFixedParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFixedParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("fixed"),
            rt::request::Json(params),
        )
    }
    /// `POST .../floor_Math`: action `microsoft.graph.floor_Math`.
    #[inline]
    pub fn floor_math(
        &self,
        params: crate::v1::params::WorkbookFunctionsFloorMathParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFloorMathParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("floor_Math"),
            rt::request::Json(params),
        )
    }
    /// `POST .../floor_Precise`: action `microsoft.graph.floor_Precise`.
    #[inline]
    pub fn floor_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsFloorPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFloorPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("floor_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fv`: action `microsoft.graph.fv`.
    #[inline]
    pub fn fv(
        &self,
        params: crate::v1::params::WorkbookFunctionsFvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("fv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fvschedule`: action `microsoft.graph.fvschedule`.
    #[inline]
    pub fn fvschedule(
        &self,
        params: crate::v1::params::WorkbookFunctionsFvscheduleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFvscheduleParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("fvschedule"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gamma`: action `microsoft.graph.gamma`.
    #[inline]
    pub fn gamma(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("gamma"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gammaLn`: action `microsoft.graph.gammaLn`.
    #[inline]
    pub fn gamma_ln(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaLnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaLnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("gammaLn"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gammaLn_Precise`: action `microsoft.graph.gammaLn_Precise`.
    #[inline]
    pub fn gamma_ln_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaLnPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaLnPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("gammaLn_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gamma_Dist`: action `microsoft.graph.gamma_Dist`.
    #[inline]
    pub fn gamma_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("gamma_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gamma_Inv`: action `microsoft.graph.gamma_Inv`.
    #[inline]
    pub fn gamma_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("gamma_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gauss`: action `microsoft.graph.gauss`.
    #[inline]
    pub fn gauss(
        &self,
        params: crate::v1::params::WorkbookFunctionsGaussParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGaussParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("gauss"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gcd`: action `microsoft.graph.gcd`.
    #[inline]
    pub fn gcd(
        &self,
        params: crate::v1::params::WorkbookFunctionsGcdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGcdParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("gcd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../geStep`: action `microsoft.graph.geStep`.
    #[inline]
    pub fn ge_step(
        &self,
        params: crate::v1::params::WorkbookFunctionsGeStepParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGeStepParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("geStep"),
            rt::request::Json(params),
        )
    }
    /// `POST .../geoMean`: action `microsoft.graph.geoMean`.
    #[inline]
    pub fn geo_mean(
        &self,
        params: crate::v1::params::WorkbookFunctionsGeoMeanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGeoMeanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("geoMean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../harMean`: action `microsoft.graph.harMean`.
    #[inline]
    pub fn har_mean(
        &self,
        params: crate::v1::params::WorkbookFunctionsHarMeanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHarMeanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("harMean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hex2Bin`: action `microsoft.graph.hex2Bin`.
    #[inline]
    pub fn hex2_bin(
        &self,
        params: crate::v1::params::WorkbookFunctionsHex2BinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHex2BinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hex2Bin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hex2Dec`: action `microsoft.graph.hex2Dec`.
    #[inline]
    pub fn hex2_dec(
        &self,
        params: crate::v1::params::WorkbookFunctionsHex2DecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHex2DecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hex2Dec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hex2Oct`: action `microsoft.graph.hex2Oct`.
    #[inline]
    pub fn hex2_oct(
        &self,
        params: crate::v1::params::WorkbookFunctionsHex2OctParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHex2OctParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hex2Oct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hlookup`: action `microsoft.graph.hlookup`.
    #[inline]
    pub fn hlookup(
        &self,
        params: crate::v1::params::WorkbookFunctionsHlookupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHlookupParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hlookup"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hour`: action `microsoft.graph.hour`.
    #[inline]
    pub fn hour(
        &self,
        params: crate::v1::params::WorkbookFunctionsHourParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHourParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hour"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hypGeom_Dist`: action `microsoft.graph.hypGeom_Dist`.
    #[inline]
    pub fn hyp_geom_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsHypGeomDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHypGeomDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hypGeom_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hyperlink`: action `microsoft.graph.hyperlink`.
    #[inline]
    pub fn hyperlink(
        &self,
        params: crate::v1::params::WorkbookFunctionsHyperlinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHyperlinkParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hyperlink"),
            rt::request::Json(params),
        )
    }
    /// `POST .../if`: action `microsoft.graph.if`.
    #[inline]
    pub fn if_(
        &self,
        params: crate::v1::params::WorkbookFunctionsIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("if"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imAbs`: action `microsoft.graph.imAbs`.
    #[inline]
    pub fn im_abs(
        &self,
        params: crate::v1::params::WorkbookFunctionsImAbsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImAbsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imAbs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imArgument`: action `microsoft.graph.imArgument`.
    #[inline]
    pub fn im_argument(
        &self,
        params: crate::v1::params::WorkbookFunctionsImArgumentParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImArgumentParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imArgument"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imConjugate`: action `microsoft.graph.imConjugate`.
    #[inline]
    pub fn im_conjugate(
        &self,
        params: crate::v1::params::WorkbookFunctionsImConjugateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImConjugateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imConjugate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCos`: action `microsoft.graph.imCos`.
    #[inline]
    pub fn im_cos(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCosParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCosParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imCos"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCosh`: action `microsoft.graph.imCosh`.
    #[inline]
    pub fn im_cosh(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCoshParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCoshParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imCosh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCot`: action `microsoft.graph.imCot`.
    #[inline]
    pub fn im_cot(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imCot"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCsc`: action `microsoft.graph.imCsc`.
    #[inline]
    pub fn im_csc(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imCsc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCsch`: action `microsoft.graph.imCsch`.
    #[inline]
    pub fn im_csch(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCschParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCschParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imCsch"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imDiv`: action `microsoft.graph.imDiv`.
    #[inline]
    pub fn im_div(
        &self,
        params: crate::v1::params::WorkbookFunctionsImDivParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImDivParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imDiv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imExp`: action `microsoft.graph.imExp`.
    #[inline]
    pub fn im_exp(
        &self,
        params: crate::v1::params::WorkbookFunctionsImExpParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImExpParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imExp"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imLn`: action `microsoft.graph.imLn`.
    #[inline]
    pub fn im_ln(
        &self,
        params: crate::v1::params::WorkbookFunctionsImLnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImLnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imLn"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imLog10`: action `microsoft.graph.imLog10`.
    #[inline]
    pub fn im_log10(
        &self,
        params: crate::v1::params::WorkbookFunctionsImLog10Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImLog10Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imLog10"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imLog2`: action `microsoft.graph.imLog2`.
    #[inline]
    pub fn im_log2(
        &self,
        params: crate::v1::params::WorkbookFunctionsImLog2Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImLog2Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imLog2"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imPower`: action `microsoft.graph.imPower`.
    #[inline]
    pub fn im_power(
        &self,
        params: crate::v1::params::WorkbookFunctionsImPowerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImPowerParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imPower"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imProduct`: action `microsoft.graph.imProduct`.
    #[inline]
    pub fn im_product(
        &self,
        params: crate::v1::params::WorkbookFunctionsImProductParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImProductParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imProduct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imReal`: action `microsoft.graph.imReal`.
    #[inline]
    pub fn im_real(
        &self,
        params: crate::v1::params::WorkbookFunctionsImRealParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImRealParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imReal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSec`: action `microsoft.graph.imSec`.
    #[inline]
    pub fn im_sec(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imSec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSech`: action `microsoft.graph.imSech`.
    #[inline]
    pub fn im_sech(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSechParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSechParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imSech"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSin`: action `microsoft.graph.imSin`.
    #[inline]
    pub fn im_sin(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imSin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSinh`: action `microsoft.graph.imSinh`.
    #[inline]
    pub fn im_sinh(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSinhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSinhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imSinh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSqrt`: action `microsoft.graph.imSqrt`.
    #[inline]
    pub fn im_sqrt(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSqrtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSqrtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imSqrt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSub`: action `microsoft.graph.imSub`.
    #[inline]
    pub fn im_sub(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSubParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSubParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imSub"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSum`: action `microsoft.graph.imSum`.
    #[inline]
    pub fn im_sum(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imSum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imTan`: action `microsoft.graph.imTan`.
    #[inline]
    pub fn im_tan(
        &self,
        params: crate::v1::params::WorkbookFunctionsImTanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImTanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imTan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imaginary`: action `microsoft.graph.imaginary`.
    #[inline]
    pub fn imaginary(
        &self,
        params: crate::v1::params::WorkbookFunctionsImaginaryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImaginaryParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("imaginary"),
            rt::request::Json(params),
        )
    }
    /// `POST .../int`: action `microsoft.graph.int`.
    #[inline]
    pub fn int(
        &self,
        params: crate::v1::params::WorkbookFunctionsIntParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIntParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("int"),
            rt::request::Json(params),
        )
    }
    /// `POST .../intRate`: action `microsoft.graph.intRate`.
    #[inline]
    pub fn int_rate(
        &self,
        params: crate::v1::params::WorkbookFunctionsIntRateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIntRateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("intRate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ipmt`: action `microsoft.graph.ipmt`.
    #[inline]
    pub fn ipmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsIpmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIpmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ipmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../irr`: action `microsoft.graph.irr`.
    #[inline]
    pub fn irr(
        &self,
        params: crate::v1::params::WorkbookFunctionsIrrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIrrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("irr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isErr`: action `microsoft.graph.isErr`.
    #[inline]
    pub fn is_err(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsErrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsErrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isErr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isError`: action `microsoft.graph.isError`.
    #[inline]
    pub fn is_error(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsErrorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsErrorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isError"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isEven`: action `microsoft.graph.isEven`.
    #[inline]
    pub fn is_even(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsEvenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsEvenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isEven"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isFormula`: action `microsoft.graph.isFormula`.
    #[inline]
    pub fn is_formula(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsFormulaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsFormulaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isFormula"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isLogical`: action `microsoft.graph.isLogical`.
    #[inline]
    pub fn is_logical(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsLogicalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsLogicalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isLogical"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isNA`: action `microsoft.graph.isNA`.
    #[inline]
    pub fn is_na(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsNaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsNaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isNA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isNonText`: action `microsoft.graph.isNonText`.
    #[inline]
    pub fn is_non_text(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsNonTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsNonTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isNonText"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isNumber`: action `microsoft.graph.isNumber`.
    #[inline]
    pub fn is_number(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsNumberParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isOdd`: action `microsoft.graph.isOdd`.
    #[inline]
    pub fn is_odd(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsOddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsOddParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isOdd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isText`: action `microsoft.graph.isText`.
    #[inline]
    pub fn is_text(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isText"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isoWeekNum`: action `microsoft.graph.isoWeekNum`.
    #[inline]
    pub fn iso_week_num(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsoWeekNumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsoWeekNumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isoWeekNum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../iso_Ceiling`: action `microsoft.graph.iso_Ceiling`.
    #[inline]
    pub fn iso_ceiling(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsoCeilingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsoCeilingParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("iso_Ceiling"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ispmt`: action `microsoft.graph.ispmt`.
    #[inline]
    pub fn ispmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsIspmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIspmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ispmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isref`: action `microsoft.graph.isref`.
    #[inline]
    pub fn isref(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsrefParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsrefParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("isref"),
            rt::request::Json(params),
        )
    }
    /// `POST .../kurt`: action `microsoft.graph.kurt`.
    #[inline]
    pub fn kurt(
        &self,
        params: crate::v1::params::WorkbookFunctionsKurtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsKurtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("kurt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../large`: action `microsoft.graph.large`.
    #[inline]
    pub fn large(
        &self,
        params: crate::v1::params::WorkbookFunctionsLargeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLargeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("large"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lcm`: action `microsoft.graph.lcm`.
    #[inline]
    pub fn lcm(
        &self,
        params: crate::v1::params::WorkbookFunctionsLcmParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLcmParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("lcm"),
            rt::request::Json(params),
        )
    }
    /// `POST .../left`: action `microsoft.graph.left`.
    #[inline]
    pub fn left(
        &self,
        params: crate::v1::params::WorkbookFunctionsLeftParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLeftParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("left"),
            rt::request::Json(params),
        )
    }
    /// `POST .../leftb`: action `microsoft.graph.leftb`.
    #[inline]
    pub fn leftb(
        &self,
        params: crate::v1::params::WorkbookFunctionsLeftbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLeftbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("leftb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../len`: action `microsoft.graph.len`.
    #[inline]
    pub fn len(
        &self,
        params: crate::v1::params::WorkbookFunctionsLenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("len"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lenb`: action `microsoft.graph.lenb`.
    #[inline]
    pub fn lenb(
        &self,
        params: crate::v1::params::WorkbookFunctionsLenbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLenbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("lenb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ln`: action `microsoft.graph.ln`.
    #[inline]
    pub fn ln(
        &self,
        params: crate::v1::params::WorkbookFunctionsLnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ln"),
            rt::request::Json(params),
        )
    }
    /// `POST .../log`: action `microsoft.graph.log`.
    #[inline]
    pub fn log(
        &self,
        params: crate::v1::params::WorkbookFunctionsLogParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLogParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("log"),
            rt::request::Json(params),
        )
    }
    /// `POST .../log10`: action `microsoft.graph.log10`.
    #[inline]
    pub fn log10(
        &self,
        params: crate::v1::params::WorkbookFunctionsLog10Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLog10Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("log10"),
            rt::request::Json(params),
        )
    }
    /// `POST .../logNorm_Dist`: action `microsoft.graph.logNorm_Dist`.
    #[inline]
    pub fn log_norm_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsLogNormDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLogNormDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("logNorm_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../logNorm_Inv`: action `microsoft.graph.logNorm_Inv`.
    #[inline]
    pub fn log_norm_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsLogNormInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLogNormInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("logNorm_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lookup`: action `microsoft.graph.lookup`.
    #[inline]
    pub fn lookup(
        &self,
        params: crate::v1::params::WorkbookFunctionsLookupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLookupParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("lookup"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lower`: action `microsoft.graph.lower`.
    #[inline]
    pub fn lower(
        &self,
        params: crate::v1::params::WorkbookFunctionsLowerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLowerParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("lower"),
            rt::request::Json(params),
        )
    }
    /// `POST .../match`: action `microsoft.graph.match`.
    #[inline]
    pub fn match_(
        &self,
        params: crate::v1::params::WorkbookFunctionsMatchParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMatchParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("match"),
            rt::request::Json(params),
        )
    }
    /// `POST .../max`: action `microsoft.graph.max`.
    #[inline]
    pub fn max(
        &self,
        params: crate::v1::params::WorkbookFunctionsMaxParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMaxParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("max"),
            rt::request::Json(params),
        )
    }
    /// `POST .../maxA`: action `microsoft.graph.maxA`.
    #[inline]
    pub fn max_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsMaxAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMaxAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("maxA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mduration`: action `microsoft.graph.mduration`.
    #[inline]
    pub fn mduration(
        &self,
        params: crate::v1::params::WorkbookFunctionsMdurationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMdurationParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mduration"),
            rt::request::Json(params),
        )
    }
    /// `POST .../median`: action `microsoft.graph.median`.
    #[inline]
    pub fn median(
        &self,
        params: crate::v1::params::WorkbookFunctionsMedianParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMedianParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("median"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mid`: action `microsoft.graph.mid`.
    #[inline]
    pub fn mid(
        &self,
        params: crate::v1::params::WorkbookFunctionsMidParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMidParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mid"),
            rt::request::Json(params),
        )
    }
    /// `POST .../midb`: action `microsoft.graph.midb`.
    #[inline]
    pub fn midb(
        &self,
        params: crate::v1::params::WorkbookFunctionsMidbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMidbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("midb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../min`: action `microsoft.graph.min`.
    #[inline]
    pub fn min(
        &self,
        params: crate::v1::params::WorkbookFunctionsMinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("min"),
            rt::request::Json(params),
        )
    }
    /// `POST .../minA`: action `microsoft.graph.minA`.
    #[inline]
    pub fn min_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsMinAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMinAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("minA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../minute`: action `microsoft.graph.minute`.
    #[inline]
    pub fn minute(
        &self,
        params: crate::v1::params::WorkbookFunctionsMinuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMinuteParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("minute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mirr`: action `microsoft.graph.mirr`.
    #[inline]
    pub fn mirr(
        &self,
        params: crate::v1::params::WorkbookFunctionsMirrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMirrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mirr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mod`: action `microsoft.graph.mod`.
    #[inline]
    pub fn mod_(
        &self,
        params: crate::v1::params::WorkbookFunctionsModParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsModParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mod"),
            rt::request::Json(params),
        )
    }
    /// `POST .../month`: action `microsoft.graph.month`.
    #[inline]
    pub fn month(
        &self,
        params: crate::v1::params::WorkbookFunctionsMonthParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMonthParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("month"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mround`: action `microsoft.graph.mround`.
    #[inline]
    pub fn mround(
        &self,
        params: crate::v1::params::WorkbookFunctionsMroundParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMroundParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mround"),
            rt::request::Json(params),
        )
    }
    /// `POST .../multiNomial`: action `microsoft.graph.multiNomial`.
    #[inline]
    pub fn multi_nomial(
        &self,
        params: crate::v1::params::WorkbookFunctionsMultiNomialParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMultiNomialParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("multiNomial"),
            rt::request::Json(params),
        )
    }
    /// `POST .../n`: action `microsoft.graph.n`.
    #[inline]
    pub fn n(
        &self,
        params: crate::v1::params::WorkbookFunctionsNParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("n"),
            rt::request::Json(params),
        )
    }
    /// `POST .../na`: action `microsoft.graph.na`.
    #[inline]
    pub fn na(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("na"),
            rt::request::NoBody,
        )
    }
    /// `POST .../negBinom_Dist`: action `microsoft.graph.negBinom_Dist`.
    #[inline]
    pub fn neg_binom_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsNegBinomDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNegBinomDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("negBinom_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../networkDays`: action `microsoft.graph.networkDays`.
    #[inline]
    pub fn network_days(
        &self,
        params: crate::v1::params::WorkbookFunctionsNetworkDaysParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNetworkDaysParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("networkDays"),
            rt::request::Json(params),
        )
    }
    /// `POST .../networkDays_Intl`: action `microsoft.graph.networkDays_Intl`.
    #[inline]
    pub fn network_days_intl(
        &self,
        params: crate::v1::params::WorkbookFunctionsNetworkDaysIntlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNetworkDaysIntlParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("networkDays_Intl"),
            rt::request::Json(params),
        )
    }
    /// `POST .../nominal`: action `microsoft.graph.nominal`.
    #[inline]
    pub fn nominal(
        &self,
        params: crate::v1::params::WorkbookFunctionsNominalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNominalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("nominal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_Dist`: action `microsoft.graph.norm_Dist`.
    #[inline]
    pub fn norm_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("norm_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_Inv`: action `microsoft.graph.norm_Inv`.
    #[inline]
    pub fn norm_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("norm_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_S_Dist`: action `microsoft.graph.norm_S_Dist`.
    #[inline]
    pub fn norm_s_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormSDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormSDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("norm_S_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_S_Inv`: action `microsoft.graph.norm_S_Inv`.
    #[inline]
    pub fn norm_s_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormSInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormSInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("norm_S_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../not`: action `microsoft.graph.not`.
    #[inline]
    pub fn not(
        &self,
        params: crate::v1::params::WorkbookFunctionsNotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("not"),
            rt::request::Json(params),
        )
    }
    /// `POST .../now`: action `microsoft.graph.now`.
    #[inline]
    pub fn now(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("now"),
            rt::request::NoBody,
        )
    }
    /// `POST .../nper`: action `microsoft.graph.nper`.
    #[inline]
    pub fn nper(
        &self,
        params: crate::v1::params::WorkbookFunctionsNperParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNperParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("nper"),
            rt::request::Json(params),
        )
    }
    /// `POST .../npv`: action `microsoft.graph.npv`.
    #[inline]
    pub fn npv(
        &self,
        params: crate::v1::params::WorkbookFunctionsNpvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNpvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("npv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../numberValue`: action `microsoft.graph.numberValue`.
    #[inline]
    pub fn number_value(
        &self,
        params: crate::v1::params::WorkbookFunctionsNumberValueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNumberValueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("numberValue"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oct2Bin`: action `microsoft.graph.oct2Bin`.
    #[inline]
    pub fn oct2_bin(
        &self,
        params: crate::v1::params::WorkbookFunctionsOct2BinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOct2BinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("oct2Bin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oct2Dec`: action `microsoft.graph.oct2Dec`.
    #[inline]
    pub fn oct2_dec(
        &self,
        params: crate::v1::params::WorkbookFunctionsOct2DecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOct2DecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("oct2Dec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oct2Hex`: action `microsoft.graph.oct2Hex`.
    #[inline]
    pub fn oct2_hex(
        &self,
        params: crate::v1::params::WorkbookFunctionsOct2HexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOct2HexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("oct2Hex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../odd`: action `microsoft.graph.odd`.
    #[inline]
    pub fn odd(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("odd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddFPrice`: action `microsoft.graph.oddFPrice`.
    #[inline]
    pub fn odd_f_price(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddFPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddFPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("oddFPrice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddFYield`: action `microsoft.graph.oddFYield`.
    #[inline]
    pub fn odd_f_yield(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddFYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddFYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("oddFYield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddLPrice`: action `microsoft.graph.oddLPrice`.
    #[inline]
    pub fn odd_l_price(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddLPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddLPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("oddLPrice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddLYield`: action `microsoft.graph.oddLYield`.
    #[inline]
    pub fn odd_l_yield(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddLYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddLYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("oddLYield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../or`: action `microsoft.graph.or`.
    #[inline]
    pub fn or(
        &self,
        params: crate::v1::params::WorkbookFunctionsOrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("or"),
            rt::request::Json(params),
        )
    }
    /// `POST .../pduration`: action `microsoft.graph.pduration`.
    #[inline]
    pub fn pduration(
        &self,
        params: crate::v1::params::WorkbookFunctionsPdurationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPdurationParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("pduration"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentRank_Exc`: action `microsoft.graph.percentRank_Exc`.
    #[inline]
    pub fn percent_rank_exc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentRankExcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentRankExcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("percentRank_Exc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentRank_Inc`: action `microsoft.graph.percentRank_Inc`.
    #[inline]
    pub fn percent_rank_inc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentRankIncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentRankIncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("percentRank_Inc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentile_Exc`: action `microsoft.graph.percentile_Exc`.
    #[inline]
    pub fn percentile_exc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentileExcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentileExcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("percentile_Exc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentile_Inc`: action `microsoft.graph.percentile_Inc`.
    #[inline]
    pub fn percentile_inc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentileIncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentileIncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("percentile_Inc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permut`: action `microsoft.graph.permut`.
    #[inline]
    pub fn permut(
        &self,
        params: crate::v1::params::WorkbookFunctionsPermutParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPermutParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permut"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permutationa`: action `microsoft.graph.permutationa`.
    #[inline]
    pub fn permutationa(
        &self,
        params: crate::v1::params::WorkbookFunctionsPermutationaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPermutationaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permutationa"),
            rt::request::Json(params),
        )
    }
    /// `POST .../phi`: action `microsoft.graph.phi`.
    #[inline]
    pub fn phi(
        &self,
        params: crate::v1::params::WorkbookFunctionsPhiParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPhiParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("phi"),
            rt::request::Json(params),
        )
    }
    /// `POST .../pi`: action `microsoft.graph.pi`.
    #[inline]
    pub fn pi(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("pi"),
            rt::request::NoBody,
        )
    }
    /// `POST .../pmt`: action `microsoft.graph.pmt`.
    #[inline]
    pub fn pmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsPmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("pmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../poisson_Dist`: action `microsoft.graph.poisson_Dist`.
    #[inline]
    pub fn poisson_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsPoissonDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPoissonDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("poisson_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../power`: action `microsoft.graph.power`.
    #[inline]
    pub fn power(
        &self,
        params: crate::v1::params::WorkbookFunctionsPowerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPowerParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("power"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ppmt`: action `microsoft.graph.ppmt`.
    #[inline]
    pub fn ppmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsPpmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPpmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ppmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../price`: action `microsoft.graph.price`.
    #[inline]
    pub fn price(
        &self,
        params: crate::v1::params::WorkbookFunctionsPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("price"),
            rt::request::Json(params),
        )
    }
    /// `POST .../priceDisc`: action `microsoft.graph.priceDisc`.
    #[inline]
    pub fn price_disc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPriceDiscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPriceDiscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("priceDisc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../priceMat`: action `microsoft.graph.priceMat`.
    #[inline]
    pub fn price_mat(
        &self,
        params: crate::v1::params::WorkbookFunctionsPriceMatParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPriceMatParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("priceMat"),
            rt::request::Json(params),
        )
    }
    /// `POST .../product`: action `microsoft.graph.product`.
    #[inline]
    pub fn product(
        &self,
        params: crate::v1::params::WorkbookFunctionsProductParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsProductParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("product"),
            rt::request::Json(params),
        )
    }
    /// `POST .../proper`: action `microsoft.graph.proper`.
    #[inline]
    pub fn proper(
        &self,
        params: crate::v1::params::WorkbookFunctionsProperParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsProperParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("proper"),
            rt::request::Json(params),
        )
    }
    /// `POST .../pv`: action `microsoft.graph.pv`.
    #[inline]
    pub fn pv(
        &self,
        params: crate::v1::params::WorkbookFunctionsPvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("pv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../quartile_Exc`: action `microsoft.graph.quartile_Exc`.
    #[inline]
    pub fn quartile_exc(
        &self,
        params: crate::v1::params::WorkbookFunctionsQuartileExcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsQuartileExcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("quartile_Exc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../quartile_Inc`: action `microsoft.graph.quartile_Inc`.
    #[inline]
    pub fn quartile_inc(
        &self,
        params: crate::v1::params::WorkbookFunctionsQuartileIncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsQuartileIncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("quartile_Inc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../quotient`: action `microsoft.graph.quotient`.
    #[inline]
    pub fn quotient(
        &self,
        params: crate::v1::params::WorkbookFunctionsQuotientParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsQuotientParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("quotient"),
            rt::request::Json(params),
        )
    }
    /// `POST .../radians`: action `microsoft.graph.radians`.
    #[inline]
    pub fn radians(
        &self,
        params: crate::v1::params::WorkbookFunctionsRadiansParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRadiansParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("radians"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rand`: action `microsoft.graph.rand`.
    #[inline]
    pub fn rand(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rand"),
            rt::request::NoBody,
        )
    }
    /// `POST .../randBetween`: action `microsoft.graph.randBetween`.
    #[inline]
    pub fn rand_between(
        &self,
        params: crate::v1::params::WorkbookFunctionsRandBetweenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRandBetweenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("randBetween"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rank_Avg`: action `microsoft.graph.rank_Avg`.
    #[inline]
    pub fn rank_avg(
        &self,
        params: crate::v1::params::WorkbookFunctionsRankAvgParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRankAvgParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rank_Avg"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rank_Eq`: action `microsoft.graph.rank_Eq`.
    #[inline]
    pub fn rank_eq(
        &self,
        params: crate::v1::params::WorkbookFunctionsRankEqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRankEqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rank_Eq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rate`: action `microsoft.graph.rate`.
    #[inline]
    pub fn rate(
        &self,
        params: crate::v1::params::WorkbookFunctionsRateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../received`: action `microsoft.graph.received`.
    #[inline]
    pub fn received(
        &self,
        params: crate::v1::params::WorkbookFunctionsReceivedParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReceivedParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("received"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replace`: action `microsoft.graph.replace`.
    #[inline]
    pub fn replace_2(
        &self,
        params: crate::v1::params::WorkbookFunctionsReplaceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReplaceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("replace"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replaceB`: action `microsoft.graph.replaceB`.
    #[inline]
    pub fn replace_b(
        &self,
        params: crate::v1::params::WorkbookFunctionsReplaceBParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReplaceBParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("replaceB"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rept`: action `microsoft.graph.rept`.
    #[inline]
    pub fn rept(
        &self,
        params: crate::v1::params::WorkbookFunctionsReptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReptParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rept"),
            rt::request::Json(params),
        )
    }
    /// `POST .../right`: action `microsoft.graph.right`.
    #[inline]
    pub fn right(
        &self,
        params: crate::v1::params::WorkbookFunctionsRightParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRightParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("right"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rightb`: action `microsoft.graph.rightb`.
    #[inline]
    pub fn rightb(
        &self,
        params: crate::v1::params::WorkbookFunctionsRightbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRightbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rightb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../roman`: action `microsoft.graph.roman`.
    #[inline]
    pub fn roman(
        &self,
        params: crate::v1::params::WorkbookFunctionsRomanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRomanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("roman"),
            rt::request::Json(params),
        )
    }
    /// `POST .../round`: action `microsoft.graph.round`.
    #[inline]
    pub fn round(
        &self,
        params: crate::v1::params::WorkbookFunctionsRoundParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRoundParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("round"),
            rt::request::Json(params),
        )
    }
    /// `POST .../roundDown`: action `microsoft.graph.roundDown`.
    #[inline]
    pub fn round_down(
        &self,
        params: crate::v1::params::WorkbookFunctionsRoundDownParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRoundDownParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("roundDown"),
            rt::request::Json(params),
        )
    }
    /// `POST .../roundUp`: action `microsoft.graph.roundUp`.
    #[inline]
    pub fn round_up(
        &self,
        params: crate::v1::params::WorkbookFunctionsRoundUpParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRoundUpParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("roundUp"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rows`: action `microsoft.graph.rows`.
    #[inline]
    pub fn rows(
        &self,
        params: crate::v1::params::WorkbookFunctionsRowsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRowsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rows"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rri`: action `microsoft.graph.rri`.
    #[inline]
    pub fn rri(
        &self,
        params: crate::v1::params::WorkbookFunctionsRriParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRriParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rri"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sec`: action `microsoft.graph.sec`.
    #[inline]
    pub fn sec(
        &self,
        params: crate::v1::params::WorkbookFunctionsSecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sech`: action `microsoft.graph.sech`.
    #[inline]
    pub fn sech(
        &self,
        params: crate::v1::params::WorkbookFunctionsSechParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSechParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sech"),
            rt::request::Json(params),
        )
    }
    /// `POST .../second`: action `microsoft.graph.second`.
    #[inline]
    pub fn second(
        &self,
        params: crate::v1::params::WorkbookFunctionsSecondParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSecondParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("second"),
            rt::request::Json(params),
        )
    }
    /// `POST .../seriesSum`: action `microsoft.graph.seriesSum`.
    #[inline]
    pub fn series_sum(
        &self,
        params: crate::v1::params::WorkbookFunctionsSeriesSumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSeriesSumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("seriesSum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sheet`: action `microsoft.graph.sheet`.
    #[inline]
    pub fn sheet(
        &self,
        params: crate::v1::params::WorkbookFunctionsSheetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSheetParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sheet"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sheets`: action `microsoft.graph.sheets`.
    #[inline]
    pub fn sheets(
        &self,
        params: crate::v1::params::WorkbookFunctionsSheetsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSheetsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sheets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sign`: action `microsoft.graph.sign`.
    #[inline]
    pub fn sign(
        &self,
        params: crate::v1::params::WorkbookFunctionsSignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSignParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sin`: action `microsoft.graph.sin`.
    #[inline]
    pub fn sin(
        &self,
        params: crate::v1::params::WorkbookFunctionsSinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sinh`: action `microsoft.graph.sinh`.
    #[inline]
    pub fn sinh(
        &self,
        params: crate::v1::params::WorkbookFunctionsSinhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSinhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sinh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../skew`: action `microsoft.graph.skew`.
    #[inline]
    pub fn skew(
        &self,
        params: crate::v1::params::WorkbookFunctionsSkewParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSkewParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("skew"),
            rt::request::Json(params),
        )
    }
    /// `POST .../skew_p`: action `microsoft.graph.skew_p`.
    #[inline]
    pub fn skew_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsSkewPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSkewPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("skew_p"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sln`: action `microsoft.graph.sln`.
    #[inline]
    pub fn sln(
        &self,
        params: crate::v1::params::WorkbookFunctionsSlnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSlnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sln"),
            rt::request::Json(params),
        )
    }
    /// `POST .../small`: action `microsoft.graph.small`.
    #[inline]
    pub fn small(
        &self,
        params: crate::v1::params::WorkbookFunctionsSmallParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSmallParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("small"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sqrt`: action `microsoft.graph.sqrt`.
    #[inline]
    pub fn sqrt(
        &self,
        params: crate::v1::params::WorkbookFunctionsSqrtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSqrtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sqrt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sqrtPi`: action `microsoft.graph.sqrtPi`.
    #[inline]
    pub fn sqrt_pi(
        &self,
        params: crate::v1::params::WorkbookFunctionsSqrtPiParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSqrtPiParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sqrtPi"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDevA`: action `microsoft.graph.stDevA`.
    #[inline]
    pub fn st_dev_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stDevA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDevPA`: action `microsoft.graph.stDevPA`.
    #[inline]
    pub fn st_dev_pa(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevPaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevPaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stDevPA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDev_P`: action `microsoft.graph.stDev_P`.
    #[inline]
    pub fn st_dev_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stDev_P"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDev_S`: action `microsoft.graph.stDev_S`.
    #[inline]
    pub fn st_dev_s(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevSParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevSParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stDev_S"),
            rt::request::Json(params),
        )
    }
    /// `POST .../standardize`: action `microsoft.graph.standardize`.
    #[inline]
    pub fn standardize(
        &self,
        params: crate::v1::params::WorkbookFunctionsStandardizeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStandardizeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("standardize"),
            rt::request::Json(params),
        )
    }
    /// `POST .../substitute`: action `microsoft.graph.substitute`.
    #[inline]
    pub fn substitute(
        &self,
        params: crate::v1::params::WorkbookFunctionsSubstituteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSubstituteParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("substitute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../subtotal`: action `microsoft.graph.subtotal`.
    #[inline]
    pub fn subtotal(
        &self,
        params: crate::v1::params::WorkbookFunctionsSubtotalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSubtotalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("subtotal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sum`: action `microsoft.graph.sum`.
    #[inline]
    pub fn sum(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sumIf`: action `microsoft.graph.sumIf`.
    #[inline]
    pub fn sum_if(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sumIf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sumIfs`: action `microsoft.graph.sumIfs`.
    #[inline]
    pub fn sum_ifs(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumIfsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumIfsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sumIfs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sumSq`: action `microsoft.graph.sumSq`.
    #[inline]
    pub fn sum_sq(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumSqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumSqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sumSq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../syd`: action `microsoft.graph.syd`.
    #[inline]
    pub fn syd(
        &self,
        params: crate::v1::params::WorkbookFunctionsSydParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSydParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("syd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t`: action `microsoft.graph.t`.
    #[inline]
    pub fn t(
        &self,
        params: crate::v1::params::WorkbookFunctionsTParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("t"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Dist`: action `microsoft.graph.t_Dist`.
    #[inline]
    pub fn t_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsTDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("t_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Dist_2T`: action `microsoft.graph.t_Dist_2T`.
    #[inline]
    pub fn t_dist_2t(
        &self,
        params: crate::v1::params::WorkbookFunctionsTDist2tParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTDist2tParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("t_Dist_2T"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Dist_RT`: action `microsoft.graph.t_Dist_RT`.
    #[inline]
    pub fn t_dist_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsTDistRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTDistRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("t_Dist_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Inv`: action `microsoft.graph.t_Inv`.
    #[inline]
    pub fn t_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsTInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("t_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Inv_2T`: action `microsoft.graph.t_Inv_2T`.
    #[inline]
    pub fn t_inv_2t(
        &self,
        params: crate::v1::params::WorkbookFunctionsTInv2tParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTInv2tParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("t_Inv_2T"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tan`: action `microsoft.graph.tan`.
    #[inline]
    pub fn tan(
        &self,
        params: crate::v1::params::WorkbookFunctionsTanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tanh`: action `microsoft.graph.tanh`.
    #[inline]
    pub fn tanh(
        &self,
        params: crate::v1::params::WorkbookFunctionsTanhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTanhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tanh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tbillEq`: action `microsoft.graph.tbillEq`.
    #[inline]
    pub fn tbill_eq(
        &self,
        params: crate::v1::params::WorkbookFunctionsTbillEqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTbillEqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tbillEq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tbillPrice`: action `microsoft.graph.tbillPrice`.
    #[inline]
    pub fn tbill_price(
        &self,
        params: crate::v1::params::WorkbookFunctionsTbillPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTbillPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tbillPrice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tbillYield`: action `microsoft.graph.tbillYield`.
    #[inline]
    pub fn tbill_yield(
        &self,
        params: crate::v1::params::WorkbookFunctionsTbillYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTbillYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tbillYield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../text`: action `microsoft.graph.text`.
    #[inline]
    pub fn text(
        &self,
        params: crate::v1::params::WorkbookFunctionsTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("text"),
            rt::request::Json(params),
        )
    }
    /// `POST .../time`: action `microsoft.graph.time`.
    #[inline]
    pub fn time(
        &self,
        params: crate::v1::params::WorkbookFunctionsTimeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTimeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("time"),
            rt::request::Json(params),
        )
    }
    /// `POST .../timevalue`: action `microsoft.graph.timevalue`.
    #[inline]
    pub fn timevalue(
        &self,
        params: crate::v1::params::WorkbookFunctionsTimevalueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTimevalueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("timevalue"),
            rt::request::Json(params),
        )
    }
    /// `POST .../today`: action `microsoft.graph.today`.
    #[inline]
    pub fn today(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("today"),
            rt::request::NoBody,
        )
    }
    /// `POST .../trim`: action `microsoft.graph.trim`.
    #[inline]
    pub fn trim(
        &self,
        params: crate::v1::params::WorkbookFunctionsTrimParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTrimParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("trim"),
            rt::request::Json(params),
        )
    }
    /// `POST .../trimMean`: action `microsoft.graph.trimMean`.
    #[inline]
    pub fn trim_mean(
        &self,
        params: crate::v1::params::WorkbookFunctionsTrimMeanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTrimMeanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("trimMean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../true`: action `microsoft.graph.true`.
    #[inline]
    pub fn true_(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("true"),
            rt::request::NoBody,
        )
    }
    /// `POST .../trunc`: action `microsoft.graph.trunc`.
    #[inline]
    pub fn trunc(
        &self,
        params: crate::v1::params::WorkbookFunctionsTruncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTruncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("trunc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../type`: action `microsoft.graph.type`.
    #[inline]
    pub fn type_(
        &self,
        params: crate::v1::params::WorkbookFunctionsTypeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTypeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("type"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unichar`: action `microsoft.graph.unichar`.
    #[inline]
    pub fn unichar(
        &self,
        params: crate::v1::params::WorkbookFunctionsUnicharParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUnicharParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unichar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unicode`: action `microsoft.graph.unicode`.
    #[inline]
    pub fn unicode(
        &self,
        params: crate::v1::params::WorkbookFunctionsUnicodeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUnicodeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unicode"),
            rt::request::Json(params),
        )
    }
    /// `POST .../upper`: action `microsoft.graph.upper`.
    #[inline]
    pub fn upper(
        &self,
        params: crate::v1::params::WorkbookFunctionsUpperParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUpperParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("upper"),
            rt::request::Json(params),
        )
    }
    /// `POST .../usdollar`: action `microsoft.graph.usdollar`.
    #[inline]
    pub fn usdollar(
        &self,
        params: crate::v1::params::WorkbookFunctionsUsdollarParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUsdollarParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("usdollar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../value`: action `microsoft.graph.value`.
    #[inline]
    pub fn value(
        &self,
        params: crate::v1::params::WorkbookFunctionsValueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsValueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("value"),
            rt::request::Json(params),
        )
    }
    /// `POST .../varA`: action `microsoft.graph.varA`.
    #[inline]
    pub fn var_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("varA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../varPA`: action `microsoft.graph.varPA`.
    #[inline]
    pub fn var_pa(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarPaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarPaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("varPA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../var_P`: action `microsoft.graph.var_P`.
    #[inline]
    pub fn var_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("var_P"),
            rt::request::Json(params),
        )
    }
    /// `POST .../var_S`: action `microsoft.graph.var_S`.
    #[inline]
    pub fn var_s(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarSParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarSParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("var_S"),
            rt::request::Json(params),
        )
    }
    /// `POST .../vdb`: action `microsoft.graph.vdb`.
    #[inline]
    pub fn vdb(
        &self,
        params: crate::v1::params::WorkbookFunctionsVdbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVdbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("vdb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../vlookup`: action `microsoft.graph.vlookup`.
    #[inline]
    pub fn vlookup(
        &self,
        params: crate::v1::params::WorkbookFunctionsVlookupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVlookupParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("vlookup"),
            rt::request::Json(params),
        )
    }
    /// `POST .../weekNum`: action `microsoft.graph.weekNum`.
    #[inline]
    pub fn week_num(
        &self,
        params: crate::v1::params::WorkbookFunctionsWeekNumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWeekNumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("weekNum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../weekday`: action `microsoft.graph.weekday`.
    #[inline]
    pub fn weekday(
        &self,
        params: crate::v1::params::WorkbookFunctionsWeekdayParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWeekdayParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("weekday"),
            rt::request::Json(params),
        )
    }
    /// `POST .../weibull_Dist`: action `microsoft.graph.weibull_Dist`.
    #[inline]
    pub fn weibull_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsWeibullDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWeibullDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("weibull_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../workDay`: action `microsoft.graph.workDay`.
    #[inline]
    pub fn work_day(
        &self,
        params: crate::v1::params::WorkbookFunctionsWorkDayParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWorkDayParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("workDay"),
            rt::request::Json(params),
        )
    }
    /// `POST .../workDay_Intl`: action `microsoft.graph.workDay_Intl`.
    #[inline]
    pub fn work_day_intl(
        &self,
        params: crate::v1::params::WorkbookFunctionsWorkDayIntlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWorkDayIntlParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("workDay_Intl"),
            rt::request::Json(params),
        )
    }
    /// `POST .../xirr`: action `microsoft.graph.xirr`.
    #[inline]
    pub fn xirr(
        &self,
        params: crate::v1::params::WorkbookFunctionsXirrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsXirrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("xirr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../xnpv`: action `microsoft.graph.xnpv`.
    #[inline]
    pub fn xnpv(
        &self,
        params: crate::v1::params::WorkbookFunctionsXnpvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsXnpvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("xnpv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../xor`: action `microsoft.graph.xor`.
    #[inline]
    pub fn xor(
        &self,
        params: crate::v1::params::WorkbookFunctionsXorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsXorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("xor"),
            rt::request::Json(params),
        )
    }
    /// `POST .../year`: action `microsoft.graph.year`.
    #[inline]
    pub fn year(
        &self,
        params: crate::v1::params::WorkbookFunctionsYearParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYearParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("year"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yearFrac`: action `microsoft.graph.yearFrac`.
    #[inline]
    pub fn year_frac(
        &self,
        params: crate::v1::params::WorkbookFunctionsYearFracParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYearFracParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("yearFrac"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yield`: action `microsoft.graph.yield`.
    #[inline]
    pub fn yield_(
        &self,
        params: crate::v1::params::WorkbookFunctionsYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("yield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yieldDisc`: action `microsoft.graph.yieldDisc`.
    #[inline]
    pub fn yield_disc(
        &self,
        params: crate::v1::params::WorkbookFunctionsYieldDiscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYieldDiscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("yieldDisc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yieldMat`: action `microsoft.graph.yieldMat`.
    #[inline]
    pub fn yield_mat(
        &self,
        params: crate::v1::params::WorkbookFunctionsYieldMatParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYieldMatParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("yieldMat"),
            rt::request::Json(params),
        )
    }
    /// `POST .../z_Test`: action `microsoft.graph.z_Test`.
    #[inline]
    pub fn z_test(
        &self,
        params: crate::v1::params::WorkbookFunctionsZTestParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsZTestParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("z_Test"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookFunctions {
    const SEGMENT: &'static str = "microsoft.graph.workbookFunctions";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookNamedItemPath {
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    #[inline]
    pub fn worksheet(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookWorksheet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("worksheet"))
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    #[inline]
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("range", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookNamedItem {
    const SEGMENT: &'static str = "microsoft.graph.workbookNamedItem";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookNamedItem, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookNamedItemCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookNamedItemCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookNamedItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addFormulaLocal`: action `microsoft.graph.addFormulaLocal`.
    pub fn add_formula_local(
        &self,
        params: crate::v1::params::WorkbookNamedItemCollectionAddFormulaLocalParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WorkbookNamedItemCollectionAddFormulaLocalParams,
        >,
        rt::request::Entity<crate::v1::WorkbookNamedItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addFormulaLocal"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookOperationPath {
    /// Structural property `error` (`microsoft.graph.workbookOperationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::WorkbookOperationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookOperation {
    const SEGMENT: &'static str = "microsoft.graph.workbookOperation";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookPivotTablePath {
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    #[inline]
    pub fn worksheet(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookWorksheet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("worksheet"))
    }
    /// `POST .../refresh`: action `microsoft.graph.refresh`.
    #[inline]
    pub fn refresh(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("refresh"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookPivotTable {
    const SEGMENT: &'static str = "microsoft.graph.workbookPivotTable";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookPivotTable, C> {
    /// `POST .../refreshAll`: action `microsoft.graph.refreshAll`.
    pub fn refresh_all(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("refreshAll"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookRangePath {
    /// Containment navigation property `format` (`microsoft.graph.workbookRangeFormat`).
    #[inline]
    pub fn format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookRangeFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("format"))
    }
    /// Containment navigation property `sort` (`microsoft.graph.workbookRangeSort`).
    #[inline]
    pub fn sort(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookRangeSort,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sort"))
    }
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    #[inline]
    pub fn worksheet(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookWorksheet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("worksheet"))
    }
    /// `GET .../boundingRect`: function `microsoft.graph.boundingRect`.
    #[inline]
    pub fn bounding_rect(
        &self,
        another_range: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "boundingRect",
                    &[
                        (
                            "anotherRange",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(another_range),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../cell`: function `microsoft.graph.cell`.
    #[inline]
    pub fn cell(
        &self,
        row: i32,
        column: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "cell",
                    &[
                        (
                            "row",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row),
                            ),
                        ),
                        (
                            "column",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../clear`: action `microsoft.graph.clear`.
    #[inline]
    pub fn clear(
        &self,
        params: crate::v1::params::WorkbookRangeClearParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeClearParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clear"),
            rt::request::Json(params),
        )
    }
    /// `GET .../column`: function `microsoft.graph.column`.
    #[inline]
    pub fn column(
        &self,
        column: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "column",
                    &[
                        (
                            "column",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../columnsAfter`: function `microsoft.graph.columnsAfter`.
    #[inline]
    pub fn columns_after(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("columnsAfter", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../columnsAfter`: function `microsoft.graph.columnsAfter`.
    #[inline]
    pub fn columns_after_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "columnsAfter",
                    &[
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../columnsBefore`: function `microsoft.graph.columnsBefore`.
    #[inline]
    pub fn columns_before(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("columnsBefore", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../columnsBefore`: function `microsoft.graph.columnsBefore`.
    #[inline]
    pub fn columns_before_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "columnsBefore",
                    &[
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../delete`: action `microsoft.graph.delete`.
    #[inline]
    pub fn delete_2(
        &self,
        params: crate::v1::params::WorkbookRangeDeleteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeDeleteParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("delete"),
            rt::request::Json(params),
        )
    }
    /// `GET .../entireColumn`: function `microsoft.graph.entireColumn`.
    #[inline]
    pub fn entire_column(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("entireColumn", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../entireRow`: function `microsoft.graph.entireRow`.
    #[inline]
    pub fn entire_row(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("entireRow", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../insert`: action `microsoft.graph.insert`.
    #[inline]
    pub fn insert(
        &self,
        params: crate::v1::params::WorkbookRangeInsertParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeInsertParams>,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("insert"),
            rt::request::Json(params),
        )
    }
    /// `GET .../intersection`: function `microsoft.graph.intersection`.
    #[inline]
    pub fn intersection(
        &self,
        another_range: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "intersection",
                    &[
                        (
                            "anotherRange",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(another_range),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../lastCell`: function `microsoft.graph.lastCell`.
    #[inline]
    pub fn last_cell(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("lastCell", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../lastColumn`: function `microsoft.graph.lastColumn`.
    #[inline]
    pub fn last_column(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("lastColumn", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../lastRow`: function `microsoft.graph.lastRow`.
    #[inline]
    pub fn last_row(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("lastRow", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../merge`: action `microsoft.graph.merge`.
    #[inline]
    pub fn merge(
        &self,
        params: crate::v1::params::WorkbookRangeMergeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeMergeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("merge"),
            rt::request::Json(params),
        )
    }
    /// `GET .../offsetRange`: function `microsoft.graph.offsetRange`.
    #[inline]
    pub fn offset_range(
        &self,
        row_offset: i32,
        column_offset: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "offsetRange",
                    &[
                        (
                            "rowOffset",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row_offset),
                            ),
                        ),
                        (
                            "columnOffset",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column_offset),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../resizedRange`: function `microsoft.graph.resizedRange`.
    #[inline]
    pub fn resized_range(
        &self,
        delta_rows: i32,
        delta_columns: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "resizedRange",
                    &[
                        (
                            "deltaRows",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&delta_rows),
                            ),
                        ),
                        (
                            "deltaColumns",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&delta_columns),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../row`: function `microsoft.graph.row`.
    #[inline]
    pub fn row(
        &self,
        row: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "row",
                    &[
                        (
                            "row",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../rowsAbove`: function `microsoft.graph.rowsAbove`.
    #[inline]
    pub fn rows_above(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("rowsAbove", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../rowsAbove`: function `microsoft.graph.rowsAbove`.
    #[inline]
    pub fn rows_above_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "rowsAbove",
                    &[
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../rowsBelow`: function `microsoft.graph.rowsBelow`.
    #[inline]
    pub fn rows_below(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("rowsBelow", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../rowsBelow`: function `microsoft.graph.rowsBelow`.
    #[inline]
    pub fn rows_below_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "rowsBelow",
                    &[
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../unmerge`: action `microsoft.graph.unmerge`.
    #[inline]
    pub fn unmerge(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unmerge"),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    #[inline]
    pub fn used_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("usedRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    #[inline]
    pub fn used_range_2(
        &self,
        values_only: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "usedRange",
                    &[
                        (
                            "valuesOnly",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&values_only),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../visibleView`: function `microsoft.graph.visibleView`.
    #[inline]
    pub fn visible_view(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRangeView>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("visibleView", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRange {
    const SEGMENT: &'static str = "microsoft.graph.workbookRange";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeBorder {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeBorder";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookRangeBorder, C> {
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRangeBorder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookRangeFillPath {
    /// `POST .../clear`: action `microsoft.graph.clear`.
    #[inline]
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clear"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeFill {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeFill";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeFont {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeFont";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookRangeFormatPath {
    /// Containment navigation property `borders` (`microsoft.graph.workbookRangeBorder`).
    #[inline]
    pub fn borders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookRangeBorder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("borders"))
    }
    /// Containment navigation property `fill` (`microsoft.graph.workbookRangeFill`).
    #[inline]
    pub fn fill(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookRangeFill,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookRangeFont`).
    #[inline]
    pub fn font(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookRangeFont,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("font"))
    }
    /// Containment navigation property `protection` (`microsoft.graph.workbookFormatProtection`).
    #[inline]
    pub fn protection(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookFormatProtection,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("protection"))
    }
    /// `POST .../autofitColumns`: action `microsoft.graph.autofitColumns`.
    #[inline]
    pub fn autofit_columns(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("autofitColumns"),
            rt::request::NoBody,
        )
    }
    /// `POST .../autofitRows`: action `microsoft.graph.autofitRows`.
    #[inline]
    pub fn autofit_rows(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("autofitRows"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookRangeSortPath {
    /// `POST .../apply`: action `microsoft.graph.apply`.
    #[inline]
    pub fn apply(
        &self,
        params: crate::v1::params::WorkbookRangeSortApplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeSortApplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("apply"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeSort {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeSort";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookRangeViewPath {
    /// Containment navigation property `rows` (`microsoft.graph.workbookRangeView`).
    #[inline]
    pub fn rows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookRangeView,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rows"))
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    #[inline]
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("range", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeView {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeView";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookRangeView, C> {
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRangeView>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookTablePath {
    /// Containment navigation property `columns` (`microsoft.graph.workbookTableColumn`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTableColumn,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
    /// Containment navigation property `rows` (`microsoft.graph.workbookTableRow`).
    #[inline]
    pub fn rows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTableRow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rows"))
    }
    /// Containment navigation property `sort` (`microsoft.graph.workbookTableSort`).
    #[inline]
    pub fn sort(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookTableSort,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sort"))
    }
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    #[inline]
    pub fn worksheet(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookWorksheet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("worksheet"))
    }
    /// `POST .../clearFilters`: action `microsoft.graph.clearFilters`.
    #[inline]
    pub fn clear_filters(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clearFilters"),
            rt::request::NoBody,
        )
    }
    /// `POST .../convertToRange`: action `microsoft.graph.convertToRange`.
    #[inline]
    pub fn convert_to_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("convertToRange"),
            rt::request::NoBody,
        )
    }
    /// `GET .../dataBodyRange`: function `microsoft.graph.dataBodyRange`.
    #[inline]
    pub fn data_body_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("dataBodyRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../headerRowRange`: function `microsoft.graph.headerRowRange`.
    #[inline]
    pub fn header_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("headerRowRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    #[inline]
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("range", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../reapplyFilters`: action `microsoft.graph.reapplyFilters`.
    #[inline]
    pub fn reapply_filters(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reapplyFilters"),
            rt::request::NoBody,
        )
    }
    /// `GET .../totalRowRange`: function `microsoft.graph.totalRowRange`.
    #[inline]
    pub fn total_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("totalRowRange", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTable {
    const SEGMENT: &'static str = "microsoft.graph.workbookTable";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookTable, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookTableCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookTable>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTable>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookTableColumnPath {
    /// Containment navigation property `filter` (`microsoft.graph.workbookFilter`).
    #[inline]
    pub fn filter(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookFilter,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("filter"))
    }
    /// `GET .../dataBodyRange`: function `microsoft.graph.dataBodyRange`.
    #[inline]
    pub fn data_body_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("dataBodyRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../headerRowRange`: function `microsoft.graph.headerRowRange`.
    #[inline]
    pub fn header_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("headerRowRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    #[inline]
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("range", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../totalRowRange`: function `microsoft.graph.totalRowRange`.
    #[inline]
    pub fn total_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("totalRowRange", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTableColumn {
    const SEGMENT: &'static str = "microsoft.graph.workbookTableColumn";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookTableColumn, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookTableColumnCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableColumnCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookTableColumn>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTableColumn>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookTableRowPath {
    /// `GET .../range`: function `microsoft.graph.range`.
    #[inline]
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("range", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTableRow {
    const SEGMENT: &'static str = "microsoft.graph.workbookTableRow";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookTableRow, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookTableRowCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableRowCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookTableRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTableRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookTableSortPath {
    /// `POST .../apply`: action `microsoft.graph.apply`.
    #[inline]
    pub fn apply(
        &self,
        params: crate::v1::params::WorkbookTableSortApplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableSortApplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("apply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clear`: action `microsoft.graph.clear`.
    #[inline]
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clear"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reapply`: action `microsoft.graph.reapply`.
    #[inline]
    pub fn reapply(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reapply"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTableSort {
    const SEGMENT: &'static str = "microsoft.graph.workbookTableSort";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookWorksheetPath {
    /// Containment navigation property `charts` (`microsoft.graph.workbookChart`).
    #[inline]
    pub fn charts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookChart,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("charts"))
    }
    /// Containment navigation property `names` (`microsoft.graph.workbookNamedItem`).
    #[inline]
    pub fn names(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookNamedItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("names"))
    }
    /// Containment navigation property `pivotTables` (`microsoft.graph.workbookPivotTable`).
    #[inline]
    pub fn pivot_tables(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookPivotTable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pivotTables"))
    }
    /// Containment navigation property `protection` (`microsoft.graph.workbookWorksheetProtection`).
    #[inline]
    pub fn protection(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkbookWorksheetProtection,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("protection"))
    }
    /// Containment navigation property `tables` (`microsoft.graph.workbookTable`).
    #[inline]
    pub fn tables(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tables"))
    }
    /// `GET .../cell`: function `microsoft.graph.cell`.
    #[inline]
    pub fn cell(
        &self,
        row: i32,
        column: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "cell",
                    &[
                        (
                            "row",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row),
                            ),
                        ),
                        (
                            "column",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    #[inline]
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("range", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    #[inline]
    pub fn range_2(
        &self,
        address: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "range",
                    &[
                        (
                            "address",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(address),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    #[inline]
    pub fn used_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("usedRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    #[inline]
    pub fn used_range_2(
        &self,
        values_only: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "usedRange",
                    &[
                        (
                            "valuesOnly",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&values_only),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookWorksheet {
    const SEGMENT: &'static str = "microsoft.graph.workbookWorksheet";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookWorksheet, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookWorksheetCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookWorksheetCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookWorksheet>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::WorkbookWorksheetProtectionPath {
    /// Structural property `options` (`microsoft.graph.workbookWorksheetProtectionOptions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn options(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WorkbookWorksheetProtectionOptions> {
        crate::path::PropertyPath::new(self.node_target().segment("options"))
    }
    /// `POST .../protect`: action `microsoft.graph.protect`.
    #[inline]
    pub fn protect(
        &self,
        params: crate::v1::params::WorkbookWorksheetProtectionProtectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookWorksheetProtectionProtectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("protect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unprotect`: action `microsoft.graph.unprotect`.
    #[inline]
    pub fn unprotect(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unprotect"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookWorksheetProtection {
    const SEGMENT: &'static str = "microsoft.graph.workbookWorksheetProtection";
}
#[cfg(msgraph_v1_search_or_teamwork)]
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
impl dyn crate::v1::requests::WorkforceIntegrationPath {
    /// Structural property `encryption` (`microsoft.graph.workforceIntegrationEncryption`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn encryption(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WorkforceIntegrationEncryption> {
        crate::path::PropertyPath::new(self.node_target().segment("encryption"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    #[inline]
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::WorkforceIntegration {
    const SEGMENT: &'static str = "microsoft.graph.workforceIntegration";
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkforceIntegration {
    const SEGMENT: &'static str = "microsoft.graph.workforceIntegration";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::WorkingTimeSchedulePath {
    /// Triggers the policies associated with the end of working hours for user.
    ///
    /// `POST .../endWorkingTime`: action `microsoft.graph.endWorkingTime`.
    #[inline]
    pub fn end_working_time(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("endWorkingTime"),
            rt::request::NoBody,
        )
    }
    /// Triggers the policies associated with the start of working hours for user.
    ///
    /// `POST .../startWorkingTime`: action `microsoft.graph.startWorkingTime`.
    #[inline]
    pub fn start_working_time(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("startWorkingTime"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkingTimeSchedule {
    const SEGMENT: &'static str = "microsoft.graph.workingTimeSchedule";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl dyn crate::v1::requests::WorkspacePath {
    /// Structural property `mode` (`microsoft.graph.placeMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mode(&self) -> crate::path::PropertyPath<crate::v1::AnyPlaceMode> {
        crate::path::PropertyPath::new(self.node_target().segment("mode"))
    }
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("geoCoordinates"))
    }
    /// Containment navigation property `checkIns` (`microsoft.graph.checkInClaim`).
    #[inline]
    pub fn check_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CheckInClaim,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("checkIns"))
    }
    /// `GET .../descendants`: function `microsoft.graph.descendants`.
    #[inline]
    pub fn descendants(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyPlace>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("descendants", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Workspace {
    const SEGMENT: &'static str = "microsoft.graph.workspace";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Workspace {
    const SEGMENT: &'static str = "microsoft.graph.workspace";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::WorkflowPath {
    /// Structural property `quarantineDetails` (`microsoft.graph.identityGovernance.quarantineDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn quarantine_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::QuarantineDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("quarantineDetails"))
    }
    /// Structural property `settings` (`microsoft.graph.identityGovernance.workflowSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::WorkflowSetting> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Navigation property `executionScope` (`microsoft.graph.identityGovernance.userProcessingResult`).
    #[inline]
    pub fn execution_scope(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::UserProcessingResult,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("executionScope"))
    }
    /// Navigation property `previewScope` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn preview_scope(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("previewScope"))
    }
    /// Containment navigation property `runs` (`microsoft.graph.identityGovernance.run`).
    #[inline]
    pub fn runs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Run,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("runs"))
    }
    /// Containment navigation property `taskReports` (`microsoft.graph.identityGovernance.taskReport`).
    #[inline]
    pub fn task_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskReport,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskReports"))
    }
    /// Containment navigation property `userProcessingResults` (`microsoft.graph.identityGovernance.userProcessingResult`).
    #[inline]
    pub fn user_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::UserProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userProcessingResults"),
        )
    }
    /// Containment navigation property `versions` (`microsoft.graph.identityGovernance.workflowVersion`).
    #[inline]
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::WorkflowVersion,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("versions"))
    }
    /// `POST .../microsoft.graph.identityGovernance.activate`: action `microsoft.graph.identityGovernance.activate`.
    #[inline]
    pub fn activate(
        &self,
        params: crate::v1::params::WorkflowActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowActivateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.identityGovernance.activate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.activateWithScope`: action `microsoft.graph.identityGovernance.activateWithScope`.
    #[inline]
    pub fn activate_with_scope(
        &self,
        params: crate::v1::params::WorkflowActivateWithScopeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowActivateWithScopeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.identityGovernance.activateWithScope"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.cancelProcessing`: action `microsoft.graph.identityGovernance.cancelProcessing`.
    #[inline]
    pub fn cancel_processing(
        &self,
        params: crate::v1::params::WorkflowCancelProcessingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowCancelProcessingParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.identityGovernance.cancelProcessing"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.clearQuarantine`: action `microsoft.graph.identityGovernance.clearQuarantine`.
    #[inline]
    pub fn clear_quarantine(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::Workflow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.identityGovernance.clearQuarantine"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.createNewVersion`: action `microsoft.graph.identityGovernance.createNewVersion`.
    #[inline]
    pub fn create_new_version(
        &self,
        params: crate::v1::params::WorkflowCreateNewVersionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowCreateNewVersionParams>,
        rt::request::Entity<crate::v1::identity_governance::Workflow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.identityGovernance.createNewVersion"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.previewTaskFailures`: action `microsoft.graph.identityGovernance.previewTaskFailures`.
    #[inline]
    pub fn preview_task_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::identity_governance::PreviewFailedTask>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.identityGovernance.previewTaskFailures"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.previewWorkflow`: action `microsoft.graph.identityGovernance.previewWorkflow`.
    #[inline]
    pub fn preview_workflow(
        &self,
        params: crate::v1::params::WorkflowPreviewWorkflowParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowPreviewWorkflowParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.identityGovernance.previewWorkflow"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.restore`: action `microsoft.graph.identityGovernance.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::Workflow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.identityGovernance.restore"),
            rt::request::NoBody,
        )
    }
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("executionConditions"))
    }
    /// Navigation property `administrationScopeTargets` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn administration_scope_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("administrationScopeTargets"),
        )
    }
    /// Navigation property `createdBy` (`microsoft.graph.user`).
    #[inline]
    pub fn created_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdBy"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::identity_governance::AnyWorkflowBase>
for crate::v1::identity_governance::Workflow {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.workflow";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::WorkflowBasePath {
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("executionConditions"))
    }
    /// Navigation property `administrationScopeTargets` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn administration_scope_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("administrationScopeTargets"),
        )
    }
    /// Navigation property `createdBy` (`microsoft.graph.user`).
    #[inline]
    pub fn created_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdBy"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::WorkflowTemplatePath {
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("executionConditions"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::WorkflowTemplate {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.workflowTemplate";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::WorkflowVersionPath {
    /// Structural property `settings` (`microsoft.graph.identityGovernance.workflowSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::WorkflowSetting> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("executionConditions"))
    }
    /// Navigation property `administrationScopeTargets` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn administration_scope_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("administrationScopeTargets"),
        )
    }
    /// Navigation property `createdBy` (`microsoft.graph.user`).
    #[inline]
    pub fn created_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdBy"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::identity_governance::AnyWorkflowBase>
for crate::v1::identity_governance::WorkflowVersion {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.workflowVersion";
}
