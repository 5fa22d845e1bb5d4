//! Types of `microsoft.graph` by the first letters of their names (`sa_sc`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.safeSearchFilterType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SafeSearchFilterType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `strict` (value 1).
    Strict,
    /// `moderate` (value 2).
    Moderate,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SafeSearchFilterType {
    const TYPE_NAME: &'static str = "microsoft.graph.safeSearchFilterType";
    const MEMBERS: &'static [&'static str] = &["userDefined", "strict", "moderate"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "strict" => Self::Strict,
                "moderate" => Self::Moderate,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::UserDefined => "userDefined",
            Self::Strict => "strict",
            Self::Moderate => "moderate",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SafeSearchFilterType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SafeSearchFilterType);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesCreditMemo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesCreditMemoPath`](requests/trait.SalesCreditMemoPath.html), what a path to one (`EntityPath<SalesCreditMemo, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesCreditMemo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `billingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub billing_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `billToCustomerId`: `Edm.Guid`, nullable.
    pub bill_to_customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `billToCustomerNumber`: `Edm.String`, nullable.
    pub bill_to_customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `billToName`: `Edm.String`, nullable.
    pub bill_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `creditMemoDate`: `Edm.Date`, nullable.
    pub credit_memo_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currencyId`: `Edm.Guid`, nullable.
    pub currency_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerId`: `Edm.Guid`, nullable.
    pub customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerName`: `Edm.String`, nullable.
    pub customer_name: rt::Field<::std::string::String>,
    /// CSDL: property `customerNumber`: `Edm.String`, nullable.
    pub customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `dueDate`: `Edm.Date`, nullable.
    pub due_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `externalDocumentNumber`: `Edm.String`, nullable.
    pub external_document_number: rt::Field<::std::string::String>,
    /// CSDL: property `invoiceId`: `Edm.Guid`, nullable.
    pub invoice_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `invoiceNumber`: `Edm.String`, nullable.
    pub invoice_number: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `paymentTermsId`: `Edm.Guid`, nullable.
    pub payment_terms_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `pricesIncludeTax`: `Edm.Boolean`, nullable.
    pub prices_include_tax: rt::Field<bool>,
    /// CSDL: property `salesperson`: `Edm.String`, nullable.
    pub salesperson: rt::Field<::std::string::String>,
    /// CSDL: property `sellingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub selling_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `totalAmountExcludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `currency`: `microsoft.graph.currency`, nullable.
    pub currency: rt::Field<crate::beta::Currency>,
    /// CSDL: containment navigation property `customer`: `microsoft.graph.customer`, nullable.
    pub customer: rt::Field<crate::beta::Customer>,
    /// CSDL: containment navigation property `paymentTerm`: `microsoft.graph.paymentTerm`, nullable.
    pub payment_term: rt::Field<crate::beta::PaymentTerm>,
    /// CSDL: containment navigation property `salesCreditMemoLines`: `Collection(microsoft.graph.salesCreditMemoLine)`, not nullable.
    pub sales_credit_memo_lines: rt::Field<
        ::std::vec::Vec<crate::beta::SalesCreditMemoLine>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesCreditMemo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            billing_postal_address: rt::Field::Absent,
            bill_to_customer_id: rt::Field::Absent,
            bill_to_customer_number: rt::Field::Absent,
            bill_to_name: rt::Field::Absent,
            credit_memo_date: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            currency_id: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            customer_name: rt::Field::Absent,
            customer_number: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            due_date: rt::Field::Absent,
            email: rt::Field::Absent,
            external_document_number: rt::Field::Absent,
            invoice_id: rt::Field::Absent,
            invoice_number: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            payment_terms_id: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            prices_include_tax: rt::Field::Absent,
            salesperson: rt::Field::Absent,
            selling_postal_address: rt::Field::Absent,
            status: rt::Field::Absent,
            total_amount_excluding_tax: rt::Field::Absent,
            total_amount_including_tax: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            currency: rt::Field::Absent,
            customer: rt::Field::Absent,
            payment_term: rt::Field::Absent,
            sales_credit_memo_lines: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesCreditMemo {
    const TYPE_NAME: &'static str = "microsoft.graph.salesCreditMemo";
    const KEYS: &'static [&'static str] = &[
        "id",
        "billingPostalAddress",
        "billToCustomerId",
        "billToCustomerNumber",
        "billToName",
        "creditMemoDate",
        "currencyCode",
        "currencyId",
        "customerId",
        "customerName",
        "customerNumber",
        "discountAmount",
        "discountAppliedBeforeTax",
        "dueDate",
        "email",
        "externalDocumentNumber",
        "invoiceId",
        "invoiceNumber",
        "lastModifiedDateTime",
        "number",
        "paymentTermsId",
        "phoneNumber",
        "pricesIncludeTax",
        "salesperson",
        "sellingPostalAddress",
        "status",
        "totalAmountExcludingTax",
        "totalAmountIncludingTax",
        "totalTaxAmount",
        "currency",
        "customer",
        "paymentTerm",
        "salesCreditMemoLines",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"billingPostalAddress\":         ",
        ",\"billToCustomerId\":             ",
        ",\"billToCustomerNumber\":         ",
        ",\"billToName\":                   ",
        ",\"creditMemoDate\":               ",
        ",\"currencyCode\":                 ",
        ",\"currencyId\":                   ",
        ",\"customerId\":                   ",
        ",\"customerName\":                 ",
        ",\"customerNumber\":               ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"dueDate\":                      ",
        ",\"email\":                        ",
        ",\"externalDocumentNumber\":       ",
        ",\"invoiceId\":                    ",
        ",\"invoiceNumber\":                ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"paymentTermsId\":               ",
        ",\"phoneNumber\":                  ",
        ",\"pricesIncludeTax\":             ",
        ",\"salesperson\":                  ",
        ",\"sellingPostalAddress\":         ",
        ",\"status\":                       ",
        ",\"totalAmountExcludingTax\":      ",
        ",\"totalAmountIncludingTax\":      ",
        ",\"totalTaxAmount\":               ",
        ",\"currency\":                     ",
        ",\"customer\":                     ",
        ",\"paymentTerm\":                  ",
        ",\"salesCreditMemoLines\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesCreditMemo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "billing_postal_address", &self.billing_postal_address);
        v.field(2usize, "bill_to_customer_id", &self.bill_to_customer_id);
        v.field(3usize, "bill_to_customer_number", &self.bill_to_customer_number);
        v.field(4usize, "bill_to_name", &self.bill_to_name);
        v.field(5usize, "credit_memo_date", &self.credit_memo_date);
        v.field(6usize, "currency_code", &self.currency_code);
        v.field(7usize, "currency_id", &self.currency_id);
        v.field(8usize, "customer_id", &self.customer_id);
        v.field(9usize, "customer_name", &self.customer_name);
        v.field(10usize, "customer_number", &self.customer_number);
        v.field(11usize, "discount_amount", &self.discount_amount);
        v.field(
            12usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(13usize, "due_date", &self.due_date);
        v.field(14usize, "email", &self.email);
        v.field(15usize, "external_document_number", &self.external_document_number);
        v.field(16usize, "invoice_id", &self.invoice_id);
        v.field(17usize, "invoice_number", &self.invoice_number);
        v.field(18usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(19usize, "number", &self.number);
        v.field(20usize, "payment_terms_id", &self.payment_terms_id);
        v.field(21usize, "phone_number", &self.phone_number);
        v.field(22usize, "prices_include_tax", &self.prices_include_tax);
        v.field(23usize, "salesperson", &self.salesperson);
        v.field(24usize, "selling_postal_address", &self.selling_postal_address);
        v.field(25usize, "status", &self.status);
        v.field(26usize, "total_amount_excluding_tax", &self.total_amount_excluding_tax);
        v.field(27usize, "total_amount_including_tax", &self.total_amount_including_tax);
        v.field(28usize, "total_tax_amount", &self.total_tax_amount);
        v.field(29usize, "currency", &self.currency);
        v.field(30usize, "customer", &self.customer);
        v.field(31usize, "payment_term", &self.payment_term);
        v.field(32usize, "sales_credit_memo_lines", &self.sales_credit_memo_lines);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesCreditMemo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.billing_postal_address.read_from(r),
            2usize => self.bill_to_customer_id.read_from(r),
            3usize => self.bill_to_customer_number.read_from(r),
            4usize => self.bill_to_name.read_from(r),
            5usize => self.credit_memo_date.read_from(r),
            6usize => self.currency_code.read_from(r),
            7usize => self.currency_id.read_from(r),
            8usize => self.customer_id.read_from(r),
            9usize => self.customer_name.read_from(r),
            10usize => self.customer_number.read_from(r),
            11usize => self.discount_amount.read_from(r),
            12usize => self.discount_applied_before_tax.read_from(r),
            13usize => self.due_date.read_from(r),
            14usize => self.email.read_from(r),
            15usize => self.external_document_number.read_from(r),
            16usize => self.invoice_id.read_from(r),
            17usize => self.invoice_number.read_from(r),
            18usize => self.last_modified_date_time.read_from(r),
            19usize => self.number.read_from(r),
            20usize => self.payment_terms_id.read_from(r),
            21usize => self.phone_number.read_from(r),
            22usize => self.prices_include_tax.read_from(r),
            23usize => self.salesperson.read_from(r),
            24usize => self.selling_postal_address.read_from(r),
            25usize => self.status.read_from(r),
            26usize => self.total_amount_excluding_tax.read_from(r),
            27usize => self.total_amount_including_tax.read_from(r),
            28usize => self.total_tax_amount.read_from(r),
            29usize => self.currency.read_from(r),
            30usize => self.customer.read_from(r),
            31usize => self.payment_term.read_from(r),
            32usize => self.sales_credit_memo_lines.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.billing_postal_address);
        w.field(2usize, &self.bill_to_customer_id);
        w.field(3usize, &self.bill_to_customer_number);
        w.field(4usize, &self.bill_to_name);
        w.field(5usize, &self.credit_memo_date);
        w.field(6usize, &self.currency_code);
        w.field(7usize, &self.currency_id);
        w.field(8usize, &self.customer_id);
        w.field(9usize, &self.customer_name);
        w.field(10usize, &self.customer_number);
        w.field(11usize, &self.discount_amount);
        w.field(12usize, &self.discount_applied_before_tax);
        w.field(13usize, &self.due_date);
        w.field(14usize, &self.email);
        w.field(15usize, &self.external_document_number);
        w.field(16usize, &self.invoice_id);
        w.field(17usize, &self.invoice_number);
        w.field(18usize, &self.last_modified_date_time);
        w.field(19usize, &self.number);
        w.field(20usize, &self.payment_terms_id);
        w.field(21usize, &self.phone_number);
        w.field(22usize, &self.prices_include_tax);
        w.field(23usize, &self.salesperson);
        w.field(24usize, &self.selling_postal_address);
        w.field(25usize, &self.status);
        w.field(26usize, &self.total_amount_excluding_tax);
        w.field(27usize, &self.total_amount_including_tax);
        w.field(28usize, &self.total_tax_amount);
        w.field(29usize, &self.currency);
        w.field(30usize, &self.customer);
        w.field(31usize, &self.payment_term);
        w.field(32usize, &self.sales_credit_memo_lines);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesCreditMemo);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesCreditMemo { with_id id : ::std::string::String; with_billing_postal_address
    billing_postal_address : crate ::beta::PostalAddressType; with_bill_to_customer_id
    bill_to_customer_id : rt::edm::Guid; with_bill_to_customer_number
    bill_to_customer_number : ::std::string::String; with_bill_to_name bill_to_name :
    ::std::string::String; with_credit_memo_date credit_memo_date : rt::edm::Date;
    with_currency_code currency_code : ::std::string::String; with_currency_id
    currency_id : rt::edm::Guid; with_customer_id customer_id : rt::edm::Guid;
    with_customer_name customer_name : ::std::string::String; with_customer_number
    customer_number : ::std::string::String; with_discount_amount discount_amount :
    rt::edm::Decimal; with_discount_applied_before_tax discount_applied_before_tax :
    bool; with_due_date due_date : rt::edm::Date; with_email email :
    ::std::string::String; with_external_document_number external_document_number :
    ::std::string::String; with_invoice_id invoice_id : rt::edm::Guid;
    with_invoice_number invoice_number : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_number number : ::std::string::String; with_payment_terms_id payment_terms_id :
    rt::edm::Guid; with_phone_number phone_number : ::std::string::String;
    with_prices_include_tax prices_include_tax : bool; with_salesperson salesperson :
    ::std::string::String; with_selling_postal_address selling_postal_address : crate
    ::beta::PostalAddressType; with_status status : ::std::string::String;
    with_total_amount_excluding_tax total_amount_excluding_tax : rt::edm::Decimal;
    with_total_amount_including_tax total_amount_including_tax : rt::edm::Decimal;
    with_total_tax_amount total_tax_amount : rt::edm::Decimal; with_currency currency :
    crate ::beta::Currency; with_customer customer : crate ::beta::Customer;
    with_payment_term payment_term : crate ::beta::PaymentTerm;
    with_sales_credit_memo_lines sales_credit_memo_lines : ::std::vec::Vec < crate
    ::beta::SalesCreditMemoLine >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesCreditMemo);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesCreditMemoLine`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesCreditMemoLinePath`](requests/trait.SalesCreditMemoLinePath.html), what a path to one (`EntityPath<SalesCreditMemoLine, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesCreditMemoLine {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.Guid`, nullable.
    pub account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `amountExcludingTax`: `Edm.Decimal`, nullable.
    pub amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `amountIncludingTax`: `Edm.Decimal`, nullable.
    pub amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `discountPercent`: `Edm.Decimal`, nullable.
    pub discount_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `documentId`: `Edm.Guid`, nullable.
    pub document_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `invoiceDiscountAllocation`: `Edm.Decimal`, nullable.
    pub invoice_discount_allocation: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `itemId`: `Edm.Guid`, nullable.
    pub item_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `lineType`: `Edm.String`, nullable.
    pub line_type: rt::Field<::std::string::String>,
    /// CSDL: property `netAmount`: `Edm.Decimal`, nullable.
    pub net_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub net_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netTaxAmount`: `Edm.Decimal`, nullable.
    pub net_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `quantity`: `Edm.Decimal`, nullable.
    pub quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `shipmentDate`: `Edm.Date`, nullable.
    pub shipment_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `taxCode`: `Edm.String`, nullable.
    pub tax_code: rt::Field<::std::string::String>,
    /// CSDL: property `taxPercent`: `Edm.Decimal`, nullable.
    pub tax_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `unitOfMeasureId`: `Edm.Guid`, nullable.
    pub unit_of_measure_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `unitPrice`: `Edm.Decimal`, nullable.
    pub unit_price: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// CSDL: containment navigation property `item`: `microsoft.graph.item`, nullable.
    pub item: rt::Field<crate::beta::Item>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesCreditMemoLine {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            amount_excluding_tax: rt::Field::Absent,
            amount_including_tax: rt::Field::Absent,
            description: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            discount_percent: rt::Field::Absent,
            document_id: rt::Field::Absent,
            invoice_discount_allocation: rt::Field::Absent,
            item_id: rt::Field::Absent,
            line_type: rt::Field::Absent,
            net_amount: rt::Field::Absent,
            net_amount_including_tax: rt::Field::Absent,
            net_tax_amount: rt::Field::Absent,
            quantity: rt::Field::Absent,
            sequence: rt::Field::Absent,
            shipment_date: rt::Field::Absent,
            tax_code: rt::Field::Absent,
            tax_percent: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            unit_of_measure_id: rt::Field::Absent,
            unit_price: rt::Field::Absent,
            account: rt::Field::Absent,
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesCreditMemoLine {
    const TYPE_NAME: &'static str = "microsoft.graph.salesCreditMemoLine";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "amountExcludingTax",
        "amountIncludingTax",
        "description",
        "discountAmount",
        "discountAppliedBeforeTax",
        "discountPercent",
        "documentId",
        "invoiceDiscountAllocation",
        "itemId",
        "lineType",
        "netAmount",
        "netAmountIncludingTax",
        "netTaxAmount",
        "quantity",
        "sequence",
        "shipmentDate",
        "taxCode",
        "taxPercent",
        "totalTaxAmount",
        "unitOfMeasureId",
        "unitPrice",
        "account",
        "item",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"amountExcludingTax\":           ",
        ",\"amountIncludingTax\":           ",
        ",\"description\":                  ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"discountPercent\":              ",
        ",\"documentId\":                   ",
        ",\"invoiceDiscountAllocation\":    ",
        ",\"itemId\":                       ",
        ",\"lineType\":                     ",
        ",\"netAmount\":                    ",
        ",\"netAmountIncludingTax\":        ",
        ",\"netTaxAmount\":                 ",
        ",\"quantity\":                     ",
        ",\"sequence\":                     ",
        ",\"shipmentDate\":                 ",
        ",\"taxCode\":                      ",
        ",\"taxPercent\":                   ",
        ",\"totalTaxAmount\":               ",
        ",\"unitOfMeasureId\":              ",
        ",\"unitPrice\":                    ",
        ",\"account\":                      ",
        ",\"item\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesCreditMemoLine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "amount_excluding_tax", &self.amount_excluding_tax);
        v.field(3usize, "amount_including_tax", &self.amount_including_tax);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "discount_amount", &self.discount_amount);
        v.field(
            6usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(7usize, "discount_percent", &self.discount_percent);
        v.field(8usize, "document_id", &self.document_id);
        v.field(
            9usize,
            "invoice_discount_allocation",
            &self.invoice_discount_allocation,
        );
        v.field(10usize, "item_id", &self.item_id);
        v.field(11usize, "line_type", &self.line_type);
        v.field(12usize, "net_amount", &self.net_amount);
        v.field(13usize, "net_amount_including_tax", &self.net_amount_including_tax);
        v.field(14usize, "net_tax_amount", &self.net_tax_amount);
        v.field(15usize, "quantity", &self.quantity);
        v.field(16usize, "sequence", &self.sequence);
        v.field(17usize, "shipment_date", &self.shipment_date);
        v.field(18usize, "tax_code", &self.tax_code);
        v.field(19usize, "tax_percent", &self.tax_percent);
        v.field(20usize, "total_tax_amount", &self.total_tax_amount);
        v.field(21usize, "unit_of_measure_id", &self.unit_of_measure_id);
        v.field(22usize, "unit_price", &self.unit_price);
        v.field(23usize, "account", &self.account);
        v.field(24usize, "item", &self.item);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesCreditMemoLine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.amount_excluding_tax.read_from(r),
            3usize => self.amount_including_tax.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.discount_amount.read_from(r),
            6usize => self.discount_applied_before_tax.read_from(r),
            7usize => self.discount_percent.read_from(r),
            8usize => self.document_id.read_from(r),
            9usize => self.invoice_discount_allocation.read_from(r),
            10usize => self.item_id.read_from(r),
            11usize => self.line_type.read_from(r),
            12usize => self.net_amount.read_from(r),
            13usize => self.net_amount_including_tax.read_from(r),
            14usize => self.net_tax_amount.read_from(r),
            15usize => self.quantity.read_from(r),
            16usize => self.sequence.read_from(r),
            17usize => self.shipment_date.read_from(r),
            18usize => self.tax_code.read_from(r),
            19usize => self.tax_percent.read_from(r),
            20usize => self.total_tax_amount.read_from(r),
            21usize => self.unit_of_measure_id.read_from(r),
            22usize => self.unit_price.read_from(r),
            23usize => self.account.read_from(r),
            24usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.amount_excluding_tax);
        w.field(3usize, &self.amount_including_tax);
        w.field(4usize, &self.description);
        w.field(5usize, &self.discount_amount);
        w.field(6usize, &self.discount_applied_before_tax);
        w.field(7usize, &self.discount_percent);
        w.field(8usize, &self.document_id);
        w.field(9usize, &self.invoice_discount_allocation);
        w.field(10usize, &self.item_id);
        w.field(11usize, &self.line_type);
        w.field(12usize, &self.net_amount);
        w.field(13usize, &self.net_amount_including_tax);
        w.field(14usize, &self.net_tax_amount);
        w.field(15usize, &self.quantity);
        w.field(16usize, &self.sequence);
        w.field(17usize, &self.shipment_date);
        w.field(18usize, &self.tax_code);
        w.field(19usize, &self.tax_percent);
        w.field(20usize, &self.total_tax_amount);
        w.field(21usize, &self.unit_of_measure_id);
        w.field(22usize, &self.unit_price);
        w.field(23usize, &self.account);
        w.field(24usize, &self.item);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesCreditMemoLine);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesCreditMemoLine { with_id id : ::std::string::String; with_account_id account_id
    : rt::edm::Guid; with_amount_excluding_tax amount_excluding_tax : rt::edm::Decimal;
    with_amount_including_tax amount_including_tax : rt::edm::Decimal; with_description
    description : ::std::string::String; with_discount_amount discount_amount :
    rt::edm::Decimal; with_discount_applied_before_tax discount_applied_before_tax :
    bool; with_discount_percent discount_percent : rt::edm::Decimal; with_document_id
    document_id : rt::edm::Guid; with_invoice_discount_allocation
    invoice_discount_allocation : rt::edm::Decimal; with_item_id item_id : rt::edm::Guid;
    with_line_type line_type : ::std::string::String; with_net_amount net_amount :
    rt::edm::Decimal; with_net_amount_including_tax net_amount_including_tax :
    rt::edm::Decimal; with_net_tax_amount net_tax_amount : rt::edm::Decimal;
    with_quantity quantity : rt::edm::Decimal; with_sequence sequence : i32;
    with_shipment_date shipment_date : rt::edm::Date; with_tax_code tax_code :
    ::std::string::String; with_tax_percent tax_percent : rt::edm::Decimal;
    with_total_tax_amount total_tax_amount : rt::edm::Decimal; with_unit_of_measure_id
    unit_of_measure_id : rt::edm::Guid; with_unit_price unit_price : rt::edm::Decimal;
    with_account account : crate ::beta::Account; with_item item : crate ::beta::Item; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesCreditMemoLine);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesInvoice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesInvoicePath`](requests/trait.SalesInvoicePath.html), what a path to one (`EntityPath<SalesInvoice, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesInvoice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `billingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub billing_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `billToCustomerId`: `Edm.Guid`, nullable.
    pub bill_to_customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `billToCustomerNumber`: `Edm.String`, nullable.
    pub bill_to_customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `billToName`: `Edm.String`, nullable.
    pub bill_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currencyId`: `Edm.Guid`, nullable.
    pub currency_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerId`: `Edm.Guid`, nullable.
    pub customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerName`: `Edm.String`, nullable.
    pub customer_name: rt::Field<::std::string::String>,
    /// CSDL: property `customerNumber`: `Edm.String`, nullable.
    pub customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `customerPurchaseOrderReference`: `Edm.String`, nullable.
    pub customer_purchase_order_reference: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `dueDate`: `Edm.Date`, nullable.
    pub due_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `externalDocumentNumber`: `Edm.String`, nullable.
    pub external_document_number: rt::Field<::std::string::String>,
    /// CSDL: property `invoiceDate`: `Edm.Date`, nullable.
    pub invoice_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `orderId`: `Edm.Guid`, nullable.
    pub order_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `orderNumber`: `Edm.String`, nullable.
    pub order_number: rt::Field<::std::string::String>,
    /// CSDL: property `paymentTermsId`: `Edm.Guid`, nullable.
    pub payment_terms_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `pricesIncludeTax`: `Edm.Boolean`, nullable.
    pub prices_include_tax: rt::Field<bool>,
    /// CSDL: property `salesperson`: `Edm.String`, nullable.
    pub salesperson: rt::Field<::std::string::String>,
    /// CSDL: property `sellingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub selling_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `shipmentMethodId`: `Edm.Guid`, nullable.
    pub shipment_method_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `shippingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub shipping_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `shipToContact`: `Edm.String`, nullable.
    pub ship_to_contact: rt::Field<::std::string::String>,
    /// CSDL: property `shipToName`: `Edm.String`, nullable.
    pub ship_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `totalAmountExcludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `currency`: `microsoft.graph.currency`, nullable.
    pub currency: rt::Field<crate::beta::Currency>,
    /// CSDL: containment navigation property `customer`: `microsoft.graph.customer`, nullable.
    pub customer: rt::Field<crate::beta::Customer>,
    /// CSDL: containment navigation property `paymentTerm`: `microsoft.graph.paymentTerm`, nullable.
    pub payment_term: rt::Field<crate::beta::PaymentTerm>,
    /// CSDL: containment navigation property `salesInvoiceLines`: `Collection(microsoft.graph.salesInvoiceLine)`, not nullable.
    pub sales_invoice_lines: rt::Field<::std::vec::Vec<crate::beta::SalesInvoiceLine>>,
    /// CSDL: containment navigation property `shipmentMethod`: `microsoft.graph.shipmentMethod`, nullable.
    pub shipment_method: rt::Field<crate::beta::ShipmentMethod>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesInvoice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            billing_postal_address: rt::Field::Absent,
            bill_to_customer_id: rt::Field::Absent,
            bill_to_customer_number: rt::Field::Absent,
            bill_to_name: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            currency_id: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            customer_name: rt::Field::Absent,
            customer_number: rt::Field::Absent,
            customer_purchase_order_reference: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            due_date: rt::Field::Absent,
            email: rt::Field::Absent,
            external_document_number: rt::Field::Absent,
            invoice_date: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            order_id: rt::Field::Absent,
            order_number: rt::Field::Absent,
            payment_terms_id: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            prices_include_tax: rt::Field::Absent,
            salesperson: rt::Field::Absent,
            selling_postal_address: rt::Field::Absent,
            shipment_method_id: rt::Field::Absent,
            shipping_postal_address: rt::Field::Absent,
            ship_to_contact: rt::Field::Absent,
            ship_to_name: rt::Field::Absent,
            status: rt::Field::Absent,
            total_amount_excluding_tax: rt::Field::Absent,
            total_amount_including_tax: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            currency: rt::Field::Absent,
            customer: rt::Field::Absent,
            payment_term: rt::Field::Absent,
            sales_invoice_lines: rt::Field::Absent,
            shipment_method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesInvoice {
    const TYPE_NAME: &'static str = "microsoft.graph.salesInvoice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "billingPostalAddress",
        "billToCustomerId",
        "billToCustomerNumber",
        "billToName",
        "currencyCode",
        "currencyId",
        "customerId",
        "customerName",
        "customerNumber",
        "customerPurchaseOrderReference",
        "discountAmount",
        "discountAppliedBeforeTax",
        "dueDate",
        "email",
        "externalDocumentNumber",
        "invoiceDate",
        "lastModifiedDateTime",
        "number",
        "orderId",
        "orderNumber",
        "paymentTermsId",
        "phoneNumber",
        "pricesIncludeTax",
        "salesperson",
        "sellingPostalAddress",
        "shipmentMethodId",
        "shippingPostalAddress",
        "shipToContact",
        "shipToName",
        "status",
        "totalAmountExcludingTax",
        "totalAmountIncludingTax",
        "totalTaxAmount",
        "currency",
        "customer",
        "paymentTerm",
        "salesInvoiceLines",
        "shipmentMethod",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"billingPostalAddress\":         ",
        ",\"billToCustomerId\":             ",
        ",\"billToCustomerNumber\":         ",
        ",\"billToName\":                   ",
        ",\"currencyCode\":                 ",
        ",\"currencyId\":                   ",
        ",\"customerId\":                   ",
        ",\"customerName\":                 ",
        ",\"customerNumber\":               ",
        ",\"customerPurchaseOrderReference\":",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"dueDate\":                      ",
        ",\"email\":                        ",
        ",\"externalDocumentNumber\":       ",
        ",\"invoiceDate\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"orderId\":                      ",
        ",\"orderNumber\":                  ",
        ",\"paymentTermsId\":               ",
        ",\"phoneNumber\":                  ",
        ",\"pricesIncludeTax\":             ",
        ",\"salesperson\":                  ",
        ",\"sellingPostalAddress\":         ",
        ",\"shipmentMethodId\":             ",
        ",\"shippingPostalAddress\":        ",
        ",\"shipToContact\":                ",
        ",\"shipToName\":                   ",
        ",\"status\":                       ",
        ",\"totalAmountExcludingTax\":      ",
        ",\"totalAmountIncludingTax\":      ",
        ",\"totalTaxAmount\":               ",
        ",\"currency\":                     ",
        ",\"customer\":                     ",
        ",\"paymentTerm\":                  ",
        ",\"salesInvoiceLines\":            ",
        ",\"shipmentMethod\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesInvoice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "billing_postal_address", &self.billing_postal_address);
        v.field(2usize, "bill_to_customer_id", &self.bill_to_customer_id);
        v.field(3usize, "bill_to_customer_number", &self.bill_to_customer_number);
        v.field(4usize, "bill_to_name", &self.bill_to_name);
        v.field(5usize, "currency_code", &self.currency_code);
        v.field(6usize, "currency_id", &self.currency_id);
        v.field(7usize, "customer_id", &self.customer_id);
        v.field(8usize, "customer_name", &self.customer_name);
        v.field(9usize, "customer_number", &self.customer_number);
        v.field(
            10usize,
            "customer_purchase_order_reference",
            &self.customer_purchase_order_reference,
        );
        v.field(11usize, "discount_amount", &self.discount_amount);
        v.field(
            12usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(13usize, "due_date", &self.due_date);
        v.field(14usize, "email", &self.email);
        v.field(15usize, "external_document_number", &self.external_document_number);
        v.field(16usize, "invoice_date", &self.invoice_date);
        v.field(17usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(18usize, "number", &self.number);
        v.field(19usize, "order_id", &self.order_id);
        v.field(20usize, "order_number", &self.order_number);
        v.field(21usize, "payment_terms_id", &self.payment_terms_id);
        v.field(22usize, "phone_number", &self.phone_number);
        v.field(23usize, "prices_include_tax", &self.prices_include_tax);
        v.field(24usize, "salesperson", &self.salesperson);
        v.field(25usize, "selling_postal_address", &self.selling_postal_address);
        v.field(26usize, "shipment_method_id", &self.shipment_method_id);
        v.field(27usize, "shipping_postal_address", &self.shipping_postal_address);
        v.field(28usize, "ship_to_contact", &self.ship_to_contact);
        v.field(29usize, "ship_to_name", &self.ship_to_name);
        v.field(30usize, "status", &self.status);
        v.field(31usize, "total_amount_excluding_tax", &self.total_amount_excluding_tax);
        v.field(32usize, "total_amount_including_tax", &self.total_amount_including_tax);
        v.field(33usize, "total_tax_amount", &self.total_tax_amount);
        v.field(34usize, "currency", &self.currency);
        v.field(35usize, "customer", &self.customer);
        v.field(36usize, "payment_term", &self.payment_term);
        v.field(37usize, "sales_invoice_lines", &self.sales_invoice_lines);
        v.field(38usize, "shipment_method", &self.shipment_method);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesInvoice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.billing_postal_address.read_from(r),
            2usize => self.bill_to_customer_id.read_from(r),
            3usize => self.bill_to_customer_number.read_from(r),
            4usize => self.bill_to_name.read_from(r),
            5usize => self.currency_code.read_from(r),
            6usize => self.currency_id.read_from(r),
            7usize => self.customer_id.read_from(r),
            8usize => self.customer_name.read_from(r),
            9usize => self.customer_number.read_from(r),
            10usize => self.customer_purchase_order_reference.read_from(r),
            11usize => self.discount_amount.read_from(r),
            12usize => self.discount_applied_before_tax.read_from(r),
            13usize => self.due_date.read_from(r),
            14usize => self.email.read_from(r),
            15usize => self.external_document_number.read_from(r),
            16usize => self.invoice_date.read_from(r),
            17usize => self.last_modified_date_time.read_from(r),
            18usize => self.number.read_from(r),
            19usize => self.order_id.read_from(r),
            20usize => self.order_number.read_from(r),
            21usize => self.payment_terms_id.read_from(r),
            22usize => self.phone_number.read_from(r),
            23usize => self.prices_include_tax.read_from(r),
            24usize => self.salesperson.read_from(r),
            25usize => self.selling_postal_address.read_from(r),
            26usize => self.shipment_method_id.read_from(r),
            27usize => self.shipping_postal_address.read_from(r),
            28usize => self.ship_to_contact.read_from(r),
            29usize => self.ship_to_name.read_from(r),
            30usize => self.status.read_from(r),
            31usize => self.total_amount_excluding_tax.read_from(r),
            32usize => self.total_amount_including_tax.read_from(r),
            33usize => self.total_tax_amount.read_from(r),
            34usize => self.currency.read_from(r),
            35usize => self.customer.read_from(r),
            36usize => self.payment_term.read_from(r),
            37usize => self.sales_invoice_lines.read_from(r),
            38usize => self.shipment_method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.billing_postal_address);
        w.field(2usize, &self.bill_to_customer_id);
        w.field(3usize, &self.bill_to_customer_number);
        w.field(4usize, &self.bill_to_name);
        w.field(5usize, &self.currency_code);
        w.field(6usize, &self.currency_id);
        w.field(7usize, &self.customer_id);
        w.field(8usize, &self.customer_name);
        w.field(9usize, &self.customer_number);
        w.field(10usize, &self.customer_purchase_order_reference);
        w.field(11usize, &self.discount_amount);
        w.field(12usize, &self.discount_applied_before_tax);
        w.field(13usize, &self.due_date);
        w.field(14usize, &self.email);
        w.field(15usize, &self.external_document_number);
        w.field(16usize, &self.invoice_date);
        w.field(17usize, &self.last_modified_date_time);
        w.field(18usize, &self.number);
        w.field(19usize, &self.order_id);
        w.field(20usize, &self.order_number);
        w.field(21usize, &self.payment_terms_id);
        w.field(22usize, &self.phone_number);
        w.field(23usize, &self.prices_include_tax);
        w.field(24usize, &self.salesperson);
        w.field(25usize, &self.selling_postal_address);
        w.field(26usize, &self.shipment_method_id);
        w.field(27usize, &self.shipping_postal_address);
        w.field(28usize, &self.ship_to_contact);
        w.field(29usize, &self.ship_to_name);
        w.field(30usize, &self.status);
        w.field(31usize, &self.total_amount_excluding_tax);
        w.field(32usize, &self.total_amount_including_tax);
        w.field(33usize, &self.total_tax_amount);
        w.field(34usize, &self.currency);
        w.field(35usize, &self.customer);
        w.field(36usize, &self.payment_term);
        w.field(37usize, &self.sales_invoice_lines);
        w.field(38usize, &self.shipment_method);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesInvoice);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesInvoice { with_id id : ::std::string::String; with_billing_postal_address
    billing_postal_address : crate ::beta::PostalAddressType; with_bill_to_customer_id
    bill_to_customer_id : rt::edm::Guid; with_bill_to_customer_number
    bill_to_customer_number : ::std::string::String; with_bill_to_name bill_to_name :
    ::std::string::String; with_currency_code currency_code : ::std::string::String;
    with_currency_id currency_id : rt::edm::Guid; with_customer_id customer_id :
    rt::edm::Guid; with_customer_name customer_name : ::std::string::String;
    with_customer_number customer_number : ::std::string::String;
    with_customer_purchase_order_reference customer_purchase_order_reference :
    ::std::string::String; with_discount_amount discount_amount : rt::edm::Decimal;
    with_discount_applied_before_tax discount_applied_before_tax : bool; with_due_date
    due_date : rt::edm::Date; with_email email : ::std::string::String;
    with_external_document_number external_document_number : ::std::string::String;
    with_invoice_date invoice_date : rt::edm::Date; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_number number :
    ::std::string::String; with_order_id order_id : rt::edm::Guid; with_order_number
    order_number : ::std::string::String; with_payment_terms_id payment_terms_id :
    rt::edm::Guid; with_phone_number phone_number : ::std::string::String;
    with_prices_include_tax prices_include_tax : bool; with_salesperson salesperson :
    ::std::string::String; with_selling_postal_address selling_postal_address : crate
    ::beta::PostalAddressType; with_shipment_method_id shipment_method_id :
    rt::edm::Guid; with_shipping_postal_address shipping_postal_address : crate
    ::beta::PostalAddressType; with_ship_to_contact ship_to_contact :
    ::std::string::String; with_ship_to_name ship_to_name : ::std::string::String;
    with_status status : ::std::string::String; with_total_amount_excluding_tax
    total_amount_excluding_tax : rt::edm::Decimal; with_total_amount_including_tax
    total_amount_including_tax : rt::edm::Decimal; with_total_tax_amount total_tax_amount
    : rt::edm::Decimal; with_currency currency : crate ::beta::Currency; with_customer
    customer : crate ::beta::Customer; with_payment_term payment_term : crate
    ::beta::PaymentTerm; with_sales_invoice_lines sales_invoice_lines : ::std::vec::Vec <
    crate ::beta::SalesInvoiceLine >; with_shipment_method shipment_method : crate
    ::beta::ShipmentMethod; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesInvoice);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesInvoiceLine`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesInvoiceLinePath`](requests/trait.SalesInvoiceLinePath.html), what a path to one (`EntityPath<SalesInvoiceLine, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesInvoiceLine {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.Guid`, nullable.
    pub account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `amountExcludingTax`: `Edm.Decimal`, nullable.
    pub amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `amountIncludingTax`: `Edm.Decimal`, nullable.
    pub amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `discountPercent`: `Edm.Decimal`, nullable.
    pub discount_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `documentId`: `Edm.Guid`, nullable.
    pub document_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `invoiceDiscountAllocation`: `Edm.Decimal`, nullable.
    pub invoice_discount_allocation: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `itemId`: `Edm.Guid`, nullable.
    pub item_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `lineType`: `Edm.String`, nullable.
    pub line_type: rt::Field<::std::string::String>,
    /// CSDL: property `netAmount`: `Edm.Decimal`, nullable.
    pub net_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub net_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netTaxAmount`: `Edm.Decimal`, nullable.
    pub net_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `quantity`: `Edm.Decimal`, nullable.
    pub quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `shipmentDate`: `Edm.Date`, nullable.
    pub shipment_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `taxCode`: `Edm.String`, nullable.
    pub tax_code: rt::Field<::std::string::String>,
    /// CSDL: property `taxPercent`: `Edm.Decimal`, nullable.
    pub tax_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `unitOfMeasureId`: `Edm.Guid`, nullable.
    pub unit_of_measure_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `unitPrice`: `Edm.Decimal`, nullable.
    pub unit_price: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// CSDL: containment navigation property `item`: `microsoft.graph.item`, nullable.
    pub item: rt::Field<crate::beta::Item>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesInvoiceLine {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            amount_excluding_tax: rt::Field::Absent,
            amount_including_tax: rt::Field::Absent,
            description: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            discount_percent: rt::Field::Absent,
            document_id: rt::Field::Absent,
            invoice_discount_allocation: rt::Field::Absent,
            item_id: rt::Field::Absent,
            line_type: rt::Field::Absent,
            net_amount: rt::Field::Absent,
            net_amount_including_tax: rt::Field::Absent,
            net_tax_amount: rt::Field::Absent,
            quantity: rt::Field::Absent,
            sequence: rt::Field::Absent,
            shipment_date: rt::Field::Absent,
            tax_code: rt::Field::Absent,
            tax_percent: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            unit_of_measure_id: rt::Field::Absent,
            unit_price: rt::Field::Absent,
            account: rt::Field::Absent,
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesInvoiceLine {
    const TYPE_NAME: &'static str = "microsoft.graph.salesInvoiceLine";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "amountExcludingTax",
        "amountIncludingTax",
        "description",
        "discountAmount",
        "discountAppliedBeforeTax",
        "discountPercent",
        "documentId",
        "invoiceDiscountAllocation",
        "itemId",
        "lineType",
        "netAmount",
        "netAmountIncludingTax",
        "netTaxAmount",
        "quantity",
        "sequence",
        "shipmentDate",
        "taxCode",
        "taxPercent",
        "totalTaxAmount",
        "unitOfMeasureId",
        "unitPrice",
        "account",
        "item",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"amountExcludingTax\":           ",
        ",\"amountIncludingTax\":           ",
        ",\"description\":                  ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"discountPercent\":              ",
        ",\"documentId\":                   ",
        ",\"invoiceDiscountAllocation\":    ",
        ",\"itemId\":                       ",
        ",\"lineType\":                     ",
        ",\"netAmount\":                    ",
        ",\"netAmountIncludingTax\":        ",
        ",\"netTaxAmount\":                 ",
        ",\"quantity\":                     ",
        ",\"sequence\":                     ",
        ",\"shipmentDate\":                 ",
        ",\"taxCode\":                      ",
        ",\"taxPercent\":                   ",
        ",\"totalTaxAmount\":               ",
        ",\"unitOfMeasureId\":              ",
        ",\"unitPrice\":                    ",
        ",\"account\":                      ",
        ",\"item\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesInvoiceLine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "amount_excluding_tax", &self.amount_excluding_tax);
        v.field(3usize, "amount_including_tax", &self.amount_including_tax);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "discount_amount", &self.discount_amount);
        v.field(
            6usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(7usize, "discount_percent", &self.discount_percent);
        v.field(8usize, "document_id", &self.document_id);
        v.field(
            9usize,
            "invoice_discount_allocation",
            &self.invoice_discount_allocation,
        );
        v.field(10usize, "item_id", &self.item_id);
        v.field(11usize, "line_type", &self.line_type);
        v.field(12usize, "net_amount", &self.net_amount);
        v.field(13usize, "net_amount_including_tax", &self.net_amount_including_tax);
        v.field(14usize, "net_tax_amount", &self.net_tax_amount);
        v.field(15usize, "quantity", &self.quantity);
        v.field(16usize, "sequence", &self.sequence);
        v.field(17usize, "shipment_date", &self.shipment_date);
        v.field(18usize, "tax_code", &self.tax_code);
        v.field(19usize, "tax_percent", &self.tax_percent);
        v.field(20usize, "total_tax_amount", &self.total_tax_amount);
        v.field(21usize, "unit_of_measure_id", &self.unit_of_measure_id);
        v.field(22usize, "unit_price", &self.unit_price);
        v.field(23usize, "account", &self.account);
        v.field(24usize, "item", &self.item);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesInvoiceLine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.amount_excluding_tax.read_from(r),
            3usize => self.amount_including_tax.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.discount_amount.read_from(r),
            6usize => self.discount_applied_before_tax.read_from(r),
            7usize => self.discount_percent.read_from(r),
            8usize => self.document_id.read_from(r),
            9usize => self.invoice_discount_allocation.read_from(r),
            10usize => self.item_id.read_from(r),
            11usize => self.line_type.read_from(r),
            12usize => self.net_amount.read_from(r),
            13usize => self.net_amount_including_tax.read_from(r),
            14usize => self.net_tax_amount.read_from(r),
            15usize => self.quantity.read_from(r),
            16usize => self.sequence.read_from(r),
            17usize => self.shipment_date.read_from(r),
            18usize => self.tax_code.read_from(r),
            19usize => self.tax_percent.read_from(r),
            20usize => self.total_tax_amount.read_from(r),
            21usize => self.unit_of_measure_id.read_from(r),
            22usize => self.unit_price.read_from(r),
            23usize => self.account.read_from(r),
            24usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.amount_excluding_tax);
        w.field(3usize, &self.amount_including_tax);
        w.field(4usize, &self.description);
        w.field(5usize, &self.discount_amount);
        w.field(6usize, &self.discount_applied_before_tax);
        w.field(7usize, &self.discount_percent);
        w.field(8usize, &self.document_id);
        w.field(9usize, &self.invoice_discount_allocation);
        w.field(10usize, &self.item_id);
        w.field(11usize, &self.line_type);
        w.field(12usize, &self.net_amount);
        w.field(13usize, &self.net_amount_including_tax);
        w.field(14usize, &self.net_tax_amount);
        w.field(15usize, &self.quantity);
        w.field(16usize, &self.sequence);
        w.field(17usize, &self.shipment_date);
        w.field(18usize, &self.tax_code);
        w.field(19usize, &self.tax_percent);
        w.field(20usize, &self.total_tax_amount);
        w.field(21usize, &self.unit_of_measure_id);
        w.field(22usize, &self.unit_price);
        w.field(23usize, &self.account);
        w.field(24usize, &self.item);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesInvoiceLine);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesInvoiceLine { with_id id : ::std::string::String; with_account_id account_id :
    rt::edm::Guid; with_amount_excluding_tax amount_excluding_tax : rt::edm::Decimal;
    with_amount_including_tax amount_including_tax : rt::edm::Decimal; with_description
    description : ::std::string::String; with_discount_amount discount_amount :
    rt::edm::Decimal; with_discount_applied_before_tax discount_applied_before_tax :
    bool; with_discount_percent discount_percent : rt::edm::Decimal; with_document_id
    document_id : rt::edm::Guid; with_invoice_discount_allocation
    invoice_discount_allocation : rt::edm::Decimal; with_item_id item_id : rt::edm::Guid;
    with_line_type line_type : ::std::string::String; with_net_amount net_amount :
    rt::edm::Decimal; with_net_amount_including_tax net_amount_including_tax :
    rt::edm::Decimal; with_net_tax_amount net_tax_amount : rt::edm::Decimal;
    with_quantity quantity : rt::edm::Decimal; with_sequence sequence : i32;
    with_shipment_date shipment_date : rt::edm::Date; with_tax_code tax_code :
    ::std::string::String; with_tax_percent tax_percent : rt::edm::Decimal;
    with_total_tax_amount total_tax_amount : rt::edm::Decimal; with_unit_of_measure_id
    unit_of_measure_id : rt::edm::Guid; with_unit_price unit_price : rt::edm::Decimal;
    with_account account : crate ::beta::Account; with_item item : crate ::beta::Item; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesInvoiceLine);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesOrder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesOrderPath`](requests/trait.SalesOrderPath.html), what a path to one (`EntityPath<SalesOrder, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesOrder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `billingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub billing_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `billToCustomerId`: `Edm.Guid`, nullable.
    pub bill_to_customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `billToCustomerNumber`: `Edm.String`, nullable.
    pub bill_to_customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `billToName`: `Edm.String`, nullable.
    pub bill_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currencyId`: `Edm.Guid`, nullable.
    pub currency_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerId`: `Edm.Guid`, nullable.
    pub customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerName`: `Edm.String`, nullable.
    pub customer_name: rt::Field<::std::string::String>,
    /// CSDL: property `customerNumber`: `Edm.String`, nullable.
    pub customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `externalDocumentNumber`: `Edm.String`, nullable.
    pub external_document_number: rt::Field<::std::string::String>,
    /// CSDL: property `fullyShipped`: `Edm.Boolean`, nullable.
    pub fully_shipped: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `orderDate`: `Edm.Date`, nullable.
    pub order_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `partialShipping`: `Edm.Boolean`, nullable.
    pub partial_shipping: rt::Field<bool>,
    /// CSDL: property `paymentTermsId`: `Edm.Guid`, nullable.
    pub payment_terms_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `pricesIncludeTax`: `Edm.Boolean`, nullable.
    pub prices_include_tax: rt::Field<bool>,
    /// CSDL: property `requestedDeliveryDate`: `Edm.Date`, nullable.
    pub requested_delivery_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `salesperson`: `Edm.String`, nullable.
    pub salesperson: rt::Field<::std::string::String>,
    /// CSDL: property `sellingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub selling_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `shippingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub shipping_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `shipToContact`: `Edm.String`, nullable.
    pub ship_to_contact: rt::Field<::std::string::String>,
    /// CSDL: property `shipToName`: `Edm.String`, nullable.
    pub ship_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `totalAmountExcludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `currency`: `microsoft.graph.currency`, nullable.
    pub currency: rt::Field<crate::beta::Currency>,
    /// CSDL: containment navigation property `customer`: `microsoft.graph.customer`, nullable.
    pub customer: rt::Field<crate::beta::Customer>,
    /// CSDL: containment navigation property `paymentTerm`: `microsoft.graph.paymentTerm`, nullable.
    pub payment_term: rt::Field<crate::beta::PaymentTerm>,
    /// CSDL: containment navigation property `salesOrderLines`: `Collection(microsoft.graph.salesOrderLine)`, not nullable.
    pub sales_order_lines: rt::Field<::std::vec::Vec<crate::beta::SalesOrderLine>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesOrder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            billing_postal_address: rt::Field::Absent,
            bill_to_customer_id: rt::Field::Absent,
            bill_to_customer_number: rt::Field::Absent,
            bill_to_name: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            currency_id: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            customer_name: rt::Field::Absent,
            customer_number: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            email: rt::Field::Absent,
            external_document_number: rt::Field::Absent,
            fully_shipped: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            order_date: rt::Field::Absent,
            partial_shipping: rt::Field::Absent,
            payment_terms_id: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            prices_include_tax: rt::Field::Absent,
            requested_delivery_date: rt::Field::Absent,
            salesperson: rt::Field::Absent,
            selling_postal_address: rt::Field::Absent,
            shipping_postal_address: rt::Field::Absent,
            ship_to_contact: rt::Field::Absent,
            ship_to_name: rt::Field::Absent,
            status: rt::Field::Absent,
            total_amount_excluding_tax: rt::Field::Absent,
            total_amount_including_tax: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            currency: rt::Field::Absent,
            customer: rt::Field::Absent,
            payment_term: rt::Field::Absent,
            sales_order_lines: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesOrder {
    const TYPE_NAME: &'static str = "microsoft.graph.salesOrder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "billingPostalAddress",
        "billToCustomerId",
        "billToCustomerNumber",
        "billToName",
        "currencyCode",
        "currencyId",
        "customerId",
        "customerName",
        "customerNumber",
        "discountAmount",
        "discountAppliedBeforeTax",
        "email",
        "externalDocumentNumber",
        "fullyShipped",
        "lastModifiedDateTime",
        "number",
        "orderDate",
        "partialShipping",
        "paymentTermsId",
        "phoneNumber",
        "pricesIncludeTax",
        "requestedDeliveryDate",
        "salesperson",
        "sellingPostalAddress",
        "shippingPostalAddress",
        "shipToContact",
        "shipToName",
        "status",
        "totalAmountExcludingTax",
        "totalAmountIncludingTax",
        "totalTaxAmount",
        "currency",
        "customer",
        "paymentTerm",
        "salesOrderLines",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"billingPostalAddress\":         ",
        ",\"billToCustomerId\":             ",
        ",\"billToCustomerNumber\":         ",
        ",\"billToName\":                   ",
        ",\"currencyCode\":                 ",
        ",\"currencyId\":                   ",
        ",\"customerId\":                   ",
        ",\"customerName\":                 ",
        ",\"customerNumber\":               ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"email\":                        ",
        ",\"externalDocumentNumber\":       ",
        ",\"fullyShipped\":                 ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"orderDate\":                    ",
        ",\"partialShipping\":              ",
        ",\"paymentTermsId\":               ",
        ",\"phoneNumber\":                  ",
        ",\"pricesIncludeTax\":             ",
        ",\"requestedDeliveryDate\":        ",
        ",\"salesperson\":                  ",
        ",\"sellingPostalAddress\":         ",
        ",\"shippingPostalAddress\":        ",
        ",\"shipToContact\":                ",
        ",\"shipToName\":                   ",
        ",\"status\":                       ",
        ",\"totalAmountExcludingTax\":      ",
        ",\"totalAmountIncludingTax\":      ",
        ",\"totalTaxAmount\":               ",
        ",\"currency\":                     ",
        ",\"customer\":                     ",
        ",\"paymentTerm\":                  ",
        ",\"salesOrderLines\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesOrder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "billing_postal_address", &self.billing_postal_address);
        v.field(2usize, "bill_to_customer_id", &self.bill_to_customer_id);
        v.field(3usize, "bill_to_customer_number", &self.bill_to_customer_number);
        v.field(4usize, "bill_to_name", &self.bill_to_name);
        v.field(5usize, "currency_code", &self.currency_code);
        v.field(6usize, "currency_id", &self.currency_id);
        v.field(7usize, "customer_id", &self.customer_id);
        v.field(8usize, "customer_name", &self.customer_name);
        v.field(9usize, "customer_number", &self.customer_number);
        v.field(10usize, "discount_amount", &self.discount_amount);
        v.field(
            11usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(12usize, "email", &self.email);
        v.field(13usize, "external_document_number", &self.external_document_number);
        v.field(14usize, "fully_shipped", &self.fully_shipped);
        v.field(15usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(16usize, "number", &self.number);
        v.field(17usize, "order_date", &self.order_date);
        v.field(18usize, "partial_shipping", &self.partial_shipping);
        v.field(19usize, "payment_terms_id", &self.payment_terms_id);
        v.field(20usize, "phone_number", &self.phone_number);
        v.field(21usize, "prices_include_tax", &self.prices_include_tax);
        v.field(22usize, "requested_delivery_date", &self.requested_delivery_date);
        v.field(23usize, "salesperson", &self.salesperson);
        v.field(24usize, "selling_postal_address", &self.selling_postal_address);
        v.field(25usize, "shipping_postal_address", &self.shipping_postal_address);
        v.field(26usize, "ship_to_contact", &self.ship_to_contact);
        v.field(27usize, "ship_to_name", &self.ship_to_name);
        v.field(28usize, "status", &self.status);
        v.field(29usize, "total_amount_excluding_tax", &self.total_amount_excluding_tax);
        v.field(30usize, "total_amount_including_tax", &self.total_amount_including_tax);
        v.field(31usize, "total_tax_amount", &self.total_tax_amount);
        v.field(32usize, "currency", &self.currency);
        v.field(33usize, "customer", &self.customer);
        v.field(34usize, "payment_term", &self.payment_term);
        v.field(35usize, "sales_order_lines", &self.sales_order_lines);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesOrder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.billing_postal_address.read_from(r),
            2usize => self.bill_to_customer_id.read_from(r),
            3usize => self.bill_to_customer_number.read_from(r),
            4usize => self.bill_to_name.read_from(r),
            5usize => self.currency_code.read_from(r),
            6usize => self.currency_id.read_from(r),
            7usize => self.customer_id.read_from(r),
            8usize => self.customer_name.read_from(r),
            9usize => self.customer_number.read_from(r),
            10usize => self.discount_amount.read_from(r),
            11usize => self.discount_applied_before_tax.read_from(r),
            12usize => self.email.read_from(r),
            13usize => self.external_document_number.read_from(r),
            14usize => self.fully_shipped.read_from(r),
            15usize => self.last_modified_date_time.read_from(r),
            16usize => self.number.read_from(r),
            17usize => self.order_date.read_from(r),
            18usize => self.partial_shipping.read_from(r),
            19usize => self.payment_terms_id.read_from(r),
            20usize => self.phone_number.read_from(r),
            21usize => self.prices_include_tax.read_from(r),
            22usize => self.requested_delivery_date.read_from(r),
            23usize => self.salesperson.read_from(r),
            24usize => self.selling_postal_address.read_from(r),
            25usize => self.shipping_postal_address.read_from(r),
            26usize => self.ship_to_contact.read_from(r),
            27usize => self.ship_to_name.read_from(r),
            28usize => self.status.read_from(r),
            29usize => self.total_amount_excluding_tax.read_from(r),
            30usize => self.total_amount_including_tax.read_from(r),
            31usize => self.total_tax_amount.read_from(r),
            32usize => self.currency.read_from(r),
            33usize => self.customer.read_from(r),
            34usize => self.payment_term.read_from(r),
            35usize => self.sales_order_lines.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.billing_postal_address);
        w.field(2usize, &self.bill_to_customer_id);
        w.field(3usize, &self.bill_to_customer_number);
        w.field(4usize, &self.bill_to_name);
        w.field(5usize, &self.currency_code);
        w.field(6usize, &self.currency_id);
        w.field(7usize, &self.customer_id);
        w.field(8usize, &self.customer_name);
        w.field(9usize, &self.customer_number);
        w.field(10usize, &self.discount_amount);
        w.field(11usize, &self.discount_applied_before_tax);
        w.field(12usize, &self.email);
        w.field(13usize, &self.external_document_number);
        w.field(14usize, &self.fully_shipped);
        w.field(15usize, &self.last_modified_date_time);
        w.field(16usize, &self.number);
        w.field(17usize, &self.order_date);
        w.field(18usize, &self.partial_shipping);
        w.field(19usize, &self.payment_terms_id);
        w.field(20usize, &self.phone_number);
        w.field(21usize, &self.prices_include_tax);
        w.field(22usize, &self.requested_delivery_date);
        w.field(23usize, &self.salesperson);
        w.field(24usize, &self.selling_postal_address);
        w.field(25usize, &self.shipping_postal_address);
        w.field(26usize, &self.ship_to_contact);
        w.field(27usize, &self.ship_to_name);
        w.field(28usize, &self.status);
        w.field(29usize, &self.total_amount_excluding_tax);
        w.field(30usize, &self.total_amount_including_tax);
        w.field(31usize, &self.total_tax_amount);
        w.field(32usize, &self.currency);
        w.field(33usize, &self.customer);
        w.field(34usize, &self.payment_term);
        w.field(35usize, &self.sales_order_lines);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesOrder);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesOrder { with_id id : ::std::string::String; with_billing_postal_address
    billing_postal_address : crate ::beta::PostalAddressType; with_bill_to_customer_id
    bill_to_customer_id : rt::edm::Guid; with_bill_to_customer_number
    bill_to_customer_number : ::std::string::String; with_bill_to_name bill_to_name :
    ::std::string::String; with_currency_code currency_code : ::std::string::String;
    with_currency_id currency_id : rt::edm::Guid; with_customer_id customer_id :
    rt::edm::Guid; with_customer_name customer_name : ::std::string::String;
    with_customer_number customer_number : ::std::string::String; with_discount_amount
    discount_amount : rt::edm::Decimal; with_discount_applied_before_tax
    discount_applied_before_tax : bool; with_email email : ::std::string::String;
    with_external_document_number external_document_number : ::std::string::String;
    with_fully_shipped fully_shipped : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_number number :
    ::std::string::String; with_order_date order_date : rt::edm::Date;
    with_partial_shipping partial_shipping : bool; with_payment_terms_id payment_terms_id
    : rt::edm::Guid; with_phone_number phone_number : ::std::string::String;
    with_prices_include_tax prices_include_tax : bool; with_requested_delivery_date
    requested_delivery_date : rt::edm::Date; with_salesperson salesperson :
    ::std::string::String; with_selling_postal_address selling_postal_address : crate
    ::beta::PostalAddressType; with_shipping_postal_address shipping_postal_address :
    crate ::beta::PostalAddressType; with_ship_to_contact ship_to_contact :
    ::std::string::String; with_ship_to_name ship_to_name : ::std::string::String;
    with_status status : ::std::string::String; with_total_amount_excluding_tax
    total_amount_excluding_tax : rt::edm::Decimal; with_total_amount_including_tax
    total_amount_including_tax : rt::edm::Decimal; with_total_tax_amount total_tax_amount
    : rt::edm::Decimal; with_currency currency : crate ::beta::Currency; with_customer
    customer : crate ::beta::Customer; with_payment_term payment_term : crate
    ::beta::PaymentTerm; with_sales_order_lines sales_order_lines : ::std::vec::Vec <
    crate ::beta::SalesOrderLine >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesOrder);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesOrderLine`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesOrderLinePath`](requests/trait.SalesOrderLinePath.html), what a path to one (`EntityPath<SalesOrderLine, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesOrderLine {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.Guid`, nullable.
    pub account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `amountExcludingTax`: `Edm.Decimal`, nullable.
    pub amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `amountIncludingTax`: `Edm.Decimal`, nullable.
    pub amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `discountPercent`: `Edm.Decimal`, nullable.
    pub discount_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `documentId`: `Edm.Guid`, nullable.
    pub document_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `invoiceDiscountAllocation`: `Edm.Decimal`, nullable.
    pub invoice_discount_allocation: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `invoicedQuantity`: `Edm.Decimal`, nullable.
    pub invoiced_quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `invoiceQuantity`: `Edm.Decimal`, nullable.
    pub invoice_quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `itemId`: `Edm.Guid`, nullable.
    pub item_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `lineType`: `Edm.String`, nullable.
    pub line_type: rt::Field<::std::string::String>,
    /// CSDL: property `netAmount`: `Edm.Decimal`, nullable.
    pub net_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub net_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netTaxAmount`: `Edm.Decimal`, nullable.
    pub net_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `quantity`: `Edm.Decimal`, nullable.
    pub quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `shipmentDate`: `Edm.Date`, nullable.
    pub shipment_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `shippedQuantity`: `Edm.Decimal`, nullable.
    pub shipped_quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `shipQuantity`: `Edm.Decimal`, nullable.
    pub ship_quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `taxCode`: `Edm.String`, nullable.
    pub tax_code: rt::Field<::std::string::String>,
    /// CSDL: property `taxPercent`: `Edm.Decimal`, nullable.
    pub tax_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `unitOfMeasureId`: `Edm.Guid`, nullable.
    pub unit_of_measure_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `unitPrice`: `Edm.Decimal`, nullable.
    pub unit_price: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// CSDL: containment navigation property `item`: `microsoft.graph.item`, nullable.
    pub item: rt::Field<crate::beta::Item>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesOrderLine {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            amount_excluding_tax: rt::Field::Absent,
            amount_including_tax: rt::Field::Absent,
            description: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            discount_percent: rt::Field::Absent,
            document_id: rt::Field::Absent,
            invoice_discount_allocation: rt::Field::Absent,
            invoiced_quantity: rt::Field::Absent,
            invoice_quantity: rt::Field::Absent,
            item_id: rt::Field::Absent,
            line_type: rt::Field::Absent,
            net_amount: rt::Field::Absent,
            net_amount_including_tax: rt::Field::Absent,
            net_tax_amount: rt::Field::Absent,
            quantity: rt::Field::Absent,
            sequence: rt::Field::Absent,
            shipment_date: rt::Field::Absent,
            shipped_quantity: rt::Field::Absent,
            ship_quantity: rt::Field::Absent,
            tax_code: rt::Field::Absent,
            tax_percent: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            unit_of_measure_id: rt::Field::Absent,
            unit_price: rt::Field::Absent,
            account: rt::Field::Absent,
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesOrderLine {
    const TYPE_NAME: &'static str = "microsoft.graph.salesOrderLine";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "amountExcludingTax",
        "amountIncludingTax",
        "description",
        "discountAmount",
        "discountAppliedBeforeTax",
        "discountPercent",
        "documentId",
        "invoiceDiscountAllocation",
        "invoicedQuantity",
        "invoiceQuantity",
        "itemId",
        "lineType",
        "netAmount",
        "netAmountIncludingTax",
        "netTaxAmount",
        "quantity",
        "sequence",
        "shipmentDate",
        "shippedQuantity",
        "shipQuantity",
        "taxCode",
        "taxPercent",
        "totalTaxAmount",
        "unitOfMeasureId",
        "unitPrice",
        "account",
        "item",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"amountExcludingTax\":           ",
        ",\"amountIncludingTax\":           ",
        ",\"description\":                  ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"discountPercent\":              ",
        ",\"documentId\":                   ",
        ",\"invoiceDiscountAllocation\":    ",
        ",\"invoicedQuantity\":             ",
        ",\"invoiceQuantity\":              ",
        ",\"itemId\":                       ",
        ",\"lineType\":                     ",
        ",\"netAmount\":                    ",
        ",\"netAmountIncludingTax\":        ",
        ",\"netTaxAmount\":                 ",
        ",\"quantity\":                     ",
        ",\"sequence\":                     ",
        ",\"shipmentDate\":                 ",
        ",\"shippedQuantity\":              ",
        ",\"shipQuantity\":                 ",
        ",\"taxCode\":                      ",
        ",\"taxPercent\":                   ",
        ",\"totalTaxAmount\":               ",
        ",\"unitOfMeasureId\":              ",
        ",\"unitPrice\":                    ",
        ",\"account\":                      ",
        ",\"item\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesOrderLine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "amount_excluding_tax", &self.amount_excluding_tax);
        v.field(3usize, "amount_including_tax", &self.amount_including_tax);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "discount_amount", &self.discount_amount);
        v.field(
            6usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(7usize, "discount_percent", &self.discount_percent);
        v.field(8usize, "document_id", &self.document_id);
        v.field(
            9usize,
            "invoice_discount_allocation",
            &self.invoice_discount_allocation,
        );
        v.field(10usize, "invoiced_quantity", &self.invoiced_quantity);
        v.field(11usize, "invoice_quantity", &self.invoice_quantity);
        v.field(12usize, "item_id", &self.item_id);
        v.field(13usize, "line_type", &self.line_type);
        v.field(14usize, "net_amount", &self.net_amount);
        v.field(15usize, "net_amount_including_tax", &self.net_amount_including_tax);
        v.field(16usize, "net_tax_amount", &self.net_tax_amount);
        v.field(17usize, "quantity", &self.quantity);
        v.field(18usize, "sequence", &self.sequence);
        v.field(19usize, "shipment_date", &self.shipment_date);
        v.field(20usize, "shipped_quantity", &self.shipped_quantity);
        v.field(21usize, "ship_quantity", &self.ship_quantity);
        v.field(22usize, "tax_code", &self.tax_code);
        v.field(23usize, "tax_percent", &self.tax_percent);
        v.field(24usize, "total_tax_amount", &self.total_tax_amount);
        v.field(25usize, "unit_of_measure_id", &self.unit_of_measure_id);
        v.field(26usize, "unit_price", &self.unit_price);
        v.field(27usize, "account", &self.account);
        v.field(28usize, "item", &self.item);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesOrderLine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.amount_excluding_tax.read_from(r),
            3usize => self.amount_including_tax.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.discount_amount.read_from(r),
            6usize => self.discount_applied_before_tax.read_from(r),
            7usize => self.discount_percent.read_from(r),
            8usize => self.document_id.read_from(r),
            9usize => self.invoice_discount_allocation.read_from(r),
            10usize => self.invoiced_quantity.read_from(r),
            11usize => self.invoice_quantity.read_from(r),
            12usize => self.item_id.read_from(r),
            13usize => self.line_type.read_from(r),
            14usize => self.net_amount.read_from(r),
            15usize => self.net_amount_including_tax.read_from(r),
            16usize => self.net_tax_amount.read_from(r),
            17usize => self.quantity.read_from(r),
            18usize => self.sequence.read_from(r),
            19usize => self.shipment_date.read_from(r),
            20usize => self.shipped_quantity.read_from(r),
            21usize => self.ship_quantity.read_from(r),
            22usize => self.tax_code.read_from(r),
            23usize => self.tax_percent.read_from(r),
            24usize => self.total_tax_amount.read_from(r),
            25usize => self.unit_of_measure_id.read_from(r),
            26usize => self.unit_price.read_from(r),
            27usize => self.account.read_from(r),
            28usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.amount_excluding_tax);
        w.field(3usize, &self.amount_including_tax);
        w.field(4usize, &self.description);
        w.field(5usize, &self.discount_amount);
        w.field(6usize, &self.discount_applied_before_tax);
        w.field(7usize, &self.discount_percent);
        w.field(8usize, &self.document_id);
        w.field(9usize, &self.invoice_discount_allocation);
        w.field(10usize, &self.invoiced_quantity);
        w.field(11usize, &self.invoice_quantity);
        w.field(12usize, &self.item_id);
        w.field(13usize, &self.line_type);
        w.field(14usize, &self.net_amount);
        w.field(15usize, &self.net_amount_including_tax);
        w.field(16usize, &self.net_tax_amount);
        w.field(17usize, &self.quantity);
        w.field(18usize, &self.sequence);
        w.field(19usize, &self.shipment_date);
        w.field(20usize, &self.shipped_quantity);
        w.field(21usize, &self.ship_quantity);
        w.field(22usize, &self.tax_code);
        w.field(23usize, &self.tax_percent);
        w.field(24usize, &self.total_tax_amount);
        w.field(25usize, &self.unit_of_measure_id);
        w.field(26usize, &self.unit_price);
        w.field(27usize, &self.account);
        w.field(28usize, &self.item);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesOrderLine);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesOrderLine { with_id id : ::std::string::String; with_account_id account_id :
    rt::edm::Guid; with_amount_excluding_tax amount_excluding_tax : rt::edm::Decimal;
    with_amount_including_tax amount_including_tax : rt::edm::Decimal; with_description
    description : ::std::string::String; with_discount_amount discount_amount :
    rt::edm::Decimal; with_discount_applied_before_tax discount_applied_before_tax :
    bool; with_discount_percent discount_percent : rt::edm::Decimal; with_document_id
    document_id : rt::edm::Guid; with_invoice_discount_allocation
    invoice_discount_allocation : rt::edm::Decimal; with_invoiced_quantity
    invoiced_quantity : rt::edm::Decimal; with_invoice_quantity invoice_quantity :
    rt::edm::Decimal; with_item_id item_id : rt::edm::Guid; with_line_type line_type :
    ::std::string::String; with_net_amount net_amount : rt::edm::Decimal;
    with_net_amount_including_tax net_amount_including_tax : rt::edm::Decimal;
    with_net_tax_amount net_tax_amount : rt::edm::Decimal; with_quantity quantity :
    rt::edm::Decimal; with_sequence sequence : i32; with_shipment_date shipment_date :
    rt::edm::Date; with_shipped_quantity shipped_quantity : rt::edm::Decimal;
    with_ship_quantity ship_quantity : rt::edm::Decimal; with_tax_code tax_code :
    ::std::string::String; with_tax_percent tax_percent : rt::edm::Decimal;
    with_total_tax_amount total_tax_amount : rt::edm::Decimal; with_unit_of_measure_id
    unit_of_measure_id : rt::edm::Guid; with_unit_price unit_price : rt::edm::Decimal;
    with_account account : crate ::beta::Account; with_item item : crate ::beta::Item; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesOrderLine);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesQuote`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesQuotePath`](requests/trait.SalesQuotePath.html), what a path to one (`EntityPath<SalesQuote, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesQuote {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `acceptedDate`: `Edm.Date`, nullable.
    pub accepted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `billingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub billing_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `billToCustomerId`: `Edm.Guid`, nullable.
    pub bill_to_customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `billToCustomerNumber`: `Edm.String`, nullable.
    pub bill_to_customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `billToName`: `Edm.String`, nullable.
    pub bill_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currencyId`: `Edm.Guid`, nullable.
    pub currency_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerId`: `Edm.Guid`, nullable.
    pub customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerName`: `Edm.String`, nullable.
    pub customer_name: rt::Field<::std::string::String>,
    /// CSDL: property `customerNumber`: `Edm.String`, nullable.
    pub customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `documentDate`: `Edm.Date`, nullable.
    pub document_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `dueDate`: `Edm.Date`, nullable.
    pub due_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `externalDocumentNumber`: `Edm.String`, nullable.
    pub external_document_number: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `paymentTermsId`: `Edm.Guid`, nullable.
    pub payment_terms_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `salesperson`: `Edm.String`, nullable.
    pub salesperson: rt::Field<::std::string::String>,
    /// CSDL: property `sellingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub selling_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `sentDate`: `Edm.DateTimeOffset`, nullable.
    pub sent_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `shipmentMethodId`: `Edm.Guid`, nullable.
    pub shipment_method_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `shippingPostalAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub shipping_postal_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `shipToContact`: `Edm.String`, nullable.
    pub ship_to_contact: rt::Field<::std::string::String>,
    /// CSDL: property `shipToName`: `Edm.String`, nullable.
    pub ship_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `totalAmountExcludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `validUntilDate`: `Edm.Date`, nullable.
    pub valid_until_date: rt::Field<rt::edm::Date>,
    /// CSDL: containment navigation property `currency`: `microsoft.graph.currency`, nullable.
    pub currency: rt::Field<crate::beta::Currency>,
    /// CSDL: containment navigation property `customer`: `microsoft.graph.customer`, nullable.
    pub customer: rt::Field<crate::beta::Customer>,
    /// CSDL: containment navigation property `paymentTerm`: `microsoft.graph.paymentTerm`, nullable.
    pub payment_term: rt::Field<crate::beta::PaymentTerm>,
    /// CSDL: containment navigation property `salesQuoteLines`: `Collection(microsoft.graph.salesQuoteLine)`, not nullable.
    pub sales_quote_lines: rt::Field<::std::vec::Vec<crate::beta::SalesQuoteLine>>,
    /// CSDL: containment navigation property `shipmentMethod`: `microsoft.graph.shipmentMethod`, nullable.
    pub shipment_method: rt::Field<crate::beta::ShipmentMethod>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesQuote {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            accepted_date: rt::Field::Absent,
            billing_postal_address: rt::Field::Absent,
            bill_to_customer_id: rt::Field::Absent,
            bill_to_customer_number: rt::Field::Absent,
            bill_to_name: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            currency_id: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            customer_name: rt::Field::Absent,
            customer_number: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            document_date: rt::Field::Absent,
            due_date: rt::Field::Absent,
            email: rt::Field::Absent,
            external_document_number: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            payment_terms_id: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            salesperson: rt::Field::Absent,
            selling_postal_address: rt::Field::Absent,
            sent_date: rt::Field::Absent,
            shipment_method_id: rt::Field::Absent,
            shipping_postal_address: rt::Field::Absent,
            ship_to_contact: rt::Field::Absent,
            ship_to_name: rt::Field::Absent,
            status: rt::Field::Absent,
            total_amount_excluding_tax: rt::Field::Absent,
            total_amount_including_tax: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            valid_until_date: rt::Field::Absent,
            currency: rt::Field::Absent,
            customer: rt::Field::Absent,
            payment_term: rt::Field::Absent,
            sales_quote_lines: rt::Field::Absent,
            shipment_method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesQuote {
    const TYPE_NAME: &'static str = "microsoft.graph.salesQuote";
    const KEYS: &'static [&'static str] = &[
        "id",
        "acceptedDate",
        "billingPostalAddress",
        "billToCustomerId",
        "billToCustomerNumber",
        "billToName",
        "currencyCode",
        "currencyId",
        "customerId",
        "customerName",
        "customerNumber",
        "discountAmount",
        "documentDate",
        "dueDate",
        "email",
        "externalDocumentNumber",
        "lastModifiedDateTime",
        "number",
        "paymentTermsId",
        "phoneNumber",
        "salesperson",
        "sellingPostalAddress",
        "sentDate",
        "shipmentMethodId",
        "shippingPostalAddress",
        "shipToContact",
        "shipToName",
        "status",
        "totalAmountExcludingTax",
        "totalAmountIncludingTax",
        "totalTaxAmount",
        "validUntilDate",
        "currency",
        "customer",
        "paymentTerm",
        "salesQuoteLines",
        "shipmentMethod",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acceptedDate\":                 ",
        ",\"billingPostalAddress\":         ",
        ",\"billToCustomerId\":             ",
        ",\"billToCustomerNumber\":         ",
        ",\"billToName\":                   ",
        ",\"currencyCode\":                 ",
        ",\"currencyId\":                   ",
        ",\"customerId\":                   ",
        ",\"customerName\":                 ",
        ",\"customerNumber\":               ",
        ",\"discountAmount\":               ",
        ",\"documentDate\":                 ",
        ",\"dueDate\":                      ",
        ",\"email\":                        ",
        ",\"externalDocumentNumber\":       ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"paymentTermsId\":               ",
        ",\"phoneNumber\":                  ",
        ",\"salesperson\":                  ",
        ",\"sellingPostalAddress\":         ",
        ",\"sentDate\":                     ",
        ",\"shipmentMethodId\":             ",
        ",\"shippingPostalAddress\":        ",
        ",\"shipToContact\":                ",
        ",\"shipToName\":                   ",
        ",\"status\":                       ",
        ",\"totalAmountExcludingTax\":      ",
        ",\"totalAmountIncludingTax\":      ",
        ",\"totalTaxAmount\":               ",
        ",\"validUntilDate\":               ",
        ",\"currency\":                     ",
        ",\"customer\":                     ",
        ",\"paymentTerm\":                  ",
        ",\"salesQuoteLines\":              ",
        ",\"shipmentMethod\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesQuote\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "accepted_date", &self.accepted_date);
        v.field(2usize, "billing_postal_address", &self.billing_postal_address);
        v.field(3usize, "bill_to_customer_id", &self.bill_to_customer_id);
        v.field(4usize, "bill_to_customer_number", &self.bill_to_customer_number);
        v.field(5usize, "bill_to_name", &self.bill_to_name);
        v.field(6usize, "currency_code", &self.currency_code);
        v.field(7usize, "currency_id", &self.currency_id);
        v.field(8usize, "customer_id", &self.customer_id);
        v.field(9usize, "customer_name", &self.customer_name);
        v.field(10usize, "customer_number", &self.customer_number);
        v.field(11usize, "discount_amount", &self.discount_amount);
        v.field(12usize, "document_date", &self.document_date);
        v.field(13usize, "due_date", &self.due_date);
        v.field(14usize, "email", &self.email);
        v.field(15usize, "external_document_number", &self.external_document_number);
        v.field(16usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(17usize, "number", &self.number);
        v.field(18usize, "payment_terms_id", &self.payment_terms_id);
        v.field(19usize, "phone_number", &self.phone_number);
        v.field(20usize, "salesperson", &self.salesperson);
        v.field(21usize, "selling_postal_address", &self.selling_postal_address);
        v.field(22usize, "sent_date", &self.sent_date);
        v.field(23usize, "shipment_method_id", &self.shipment_method_id);
        v.field(24usize, "shipping_postal_address", &self.shipping_postal_address);
        v.field(25usize, "ship_to_contact", &self.ship_to_contact);
        v.field(26usize, "ship_to_name", &self.ship_to_name);
        v.field(27usize, "status", &self.status);
        v.field(28usize, "total_amount_excluding_tax", &self.total_amount_excluding_tax);
        v.field(29usize, "total_amount_including_tax", &self.total_amount_including_tax);
        v.field(30usize, "total_tax_amount", &self.total_tax_amount);
        v.field(31usize, "valid_until_date", &self.valid_until_date);
        v.field(32usize, "currency", &self.currency);
        v.field(33usize, "customer", &self.customer);
        v.field(34usize, "payment_term", &self.payment_term);
        v.field(35usize, "sales_quote_lines", &self.sales_quote_lines);
        v.field(36usize, "shipment_method", &self.shipment_method);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesQuote {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.accepted_date.read_from(r),
            2usize => self.billing_postal_address.read_from(r),
            3usize => self.bill_to_customer_id.read_from(r),
            4usize => self.bill_to_customer_number.read_from(r),
            5usize => self.bill_to_name.read_from(r),
            6usize => self.currency_code.read_from(r),
            7usize => self.currency_id.read_from(r),
            8usize => self.customer_id.read_from(r),
            9usize => self.customer_name.read_from(r),
            10usize => self.customer_number.read_from(r),
            11usize => self.discount_amount.read_from(r),
            12usize => self.document_date.read_from(r),
            13usize => self.due_date.read_from(r),
            14usize => self.email.read_from(r),
            15usize => self.external_document_number.read_from(r),
            16usize => self.last_modified_date_time.read_from(r),
            17usize => self.number.read_from(r),
            18usize => self.payment_terms_id.read_from(r),
            19usize => self.phone_number.read_from(r),
            20usize => self.salesperson.read_from(r),
            21usize => self.selling_postal_address.read_from(r),
            22usize => self.sent_date.read_from(r),
            23usize => self.shipment_method_id.read_from(r),
            24usize => self.shipping_postal_address.read_from(r),
            25usize => self.ship_to_contact.read_from(r),
            26usize => self.ship_to_name.read_from(r),
            27usize => self.status.read_from(r),
            28usize => self.total_amount_excluding_tax.read_from(r),
            29usize => self.total_amount_including_tax.read_from(r),
            30usize => self.total_tax_amount.read_from(r),
            31usize => self.valid_until_date.read_from(r),
            32usize => self.currency.read_from(r),
            33usize => self.customer.read_from(r),
            34usize => self.payment_term.read_from(r),
            35usize => self.sales_quote_lines.read_from(r),
            36usize => self.shipment_method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.accepted_date);
        w.field(2usize, &self.billing_postal_address);
        w.field(3usize, &self.bill_to_customer_id);
        w.field(4usize, &self.bill_to_customer_number);
        w.field(5usize, &self.bill_to_name);
        w.field(6usize, &self.currency_code);
        w.field(7usize, &self.currency_id);
        w.field(8usize, &self.customer_id);
        w.field(9usize, &self.customer_name);
        w.field(10usize, &self.customer_number);
        w.field(11usize, &self.discount_amount);
        w.field(12usize, &self.document_date);
        w.field(13usize, &self.due_date);
        w.field(14usize, &self.email);
        w.field(15usize, &self.external_document_number);
        w.field(16usize, &self.last_modified_date_time);
        w.field(17usize, &self.number);
        w.field(18usize, &self.payment_terms_id);
        w.field(19usize, &self.phone_number);
        w.field(20usize, &self.salesperson);
        w.field(21usize, &self.selling_postal_address);
        w.field(22usize, &self.sent_date);
        w.field(23usize, &self.shipment_method_id);
        w.field(24usize, &self.shipping_postal_address);
        w.field(25usize, &self.ship_to_contact);
        w.field(26usize, &self.ship_to_name);
        w.field(27usize, &self.status);
        w.field(28usize, &self.total_amount_excluding_tax);
        w.field(29usize, &self.total_amount_including_tax);
        w.field(30usize, &self.total_tax_amount);
        w.field(31usize, &self.valid_until_date);
        w.field(32usize, &self.currency);
        w.field(33usize, &self.customer);
        w.field(34usize, &self.payment_term);
        w.field(35usize, &self.sales_quote_lines);
        w.field(36usize, &self.shipment_method);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesQuote);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesQuote { with_id id : ::std::string::String; with_accepted_date accepted_date :
    rt::edm::Date; with_billing_postal_address billing_postal_address : crate
    ::beta::PostalAddressType; with_bill_to_customer_id bill_to_customer_id :
    rt::edm::Guid; with_bill_to_customer_number bill_to_customer_number :
    ::std::string::String; with_bill_to_name bill_to_name : ::std::string::String;
    with_currency_code currency_code : ::std::string::String; with_currency_id
    currency_id : rt::edm::Guid; with_customer_id customer_id : rt::edm::Guid;
    with_customer_name customer_name : ::std::string::String; with_customer_number
    customer_number : ::std::string::String; with_discount_amount discount_amount :
    rt::edm::Decimal; with_document_date document_date : rt::edm::Date; with_due_date
    due_date : rt::edm::Date; with_email email : ::std::string::String;
    with_external_document_number external_document_number : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_number number : ::std::string::String; with_payment_terms_id payment_terms_id :
    rt::edm::Guid; with_phone_number phone_number : ::std::string::String;
    with_salesperson salesperson : ::std::string::String; with_selling_postal_address
    selling_postal_address : crate ::beta::PostalAddressType; with_sent_date sent_date :
    rt::edm::DateTimeOffset; with_shipment_method_id shipment_method_id : rt::edm::Guid;
    with_shipping_postal_address shipping_postal_address : crate
    ::beta::PostalAddressType; with_ship_to_contact ship_to_contact :
    ::std::string::String; with_ship_to_name ship_to_name : ::std::string::String;
    with_status status : ::std::string::String; with_total_amount_excluding_tax
    total_amount_excluding_tax : rt::edm::Decimal; with_total_amount_including_tax
    total_amount_including_tax : rt::edm::Decimal; with_total_tax_amount total_tax_amount
    : rt::edm::Decimal; with_valid_until_date valid_until_date : rt::edm::Date;
    with_currency currency : crate ::beta::Currency; with_customer customer : crate
    ::beta::Customer; with_payment_term payment_term : crate ::beta::PaymentTerm;
    with_sales_quote_lines sales_quote_lines : ::std::vec::Vec < crate
    ::beta::SalesQuoteLine >; with_shipment_method shipment_method : crate
    ::beta::ShipmentMethod; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesQuote);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.salesQuoteLine`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SalesQuoteLinePath`](requests/trait.SalesQuoteLinePath.html), what a path to one (`EntityPath<SalesQuoteLine, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct SalesQuoteLine {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.Guid`, nullable.
    pub account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `amountExcludingTax`: `Edm.Decimal`, nullable.
    pub amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `amountIncludingTax`: `Edm.Decimal`, nullable.
    pub amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `discountPercent`: `Edm.Decimal`, nullable.
    pub discount_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `documentId`: `Edm.Guid`, nullable.
    pub document_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `itemId`: `Edm.Guid`, nullable.
    pub item_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `lineType`: `Edm.String`, nullable.
    pub line_type: rt::Field<::std::string::String>,
    /// CSDL: property `netAmount`: `Edm.Decimal`, nullable.
    pub net_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub net_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netTaxAmount`: `Edm.Decimal`, nullable.
    pub net_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `quantity`: `Edm.Decimal`, nullable.
    pub quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `taxCode`: `Edm.String`, nullable.
    pub tax_code: rt::Field<::std::string::String>,
    /// CSDL: property `taxPercent`: `Edm.Decimal`, nullable.
    pub tax_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `unitOfMeasureId`: `Edm.Guid`, nullable.
    pub unit_of_measure_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `unitPrice`: `Edm.Decimal`, nullable.
    pub unit_price: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// CSDL: containment navigation property `item`: `microsoft.graph.item`, nullable.
    pub item: rt::Field<crate::beta::Item>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for SalesQuoteLine {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            amount_excluding_tax: rt::Field::Absent,
            amount_including_tax: rt::Field::Absent,
            description: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            discount_percent: rt::Field::Absent,
            document_id: rt::Field::Absent,
            item_id: rt::Field::Absent,
            line_type: rt::Field::Absent,
            net_amount: rt::Field::Absent,
            net_amount_including_tax: rt::Field::Absent,
            net_tax_amount: rt::Field::Absent,
            quantity: rt::Field::Absent,
            sequence: rt::Field::Absent,
            tax_code: rt::Field::Absent,
            tax_percent: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            unit_of_measure_id: rt::Field::Absent,
            unit_price: rt::Field::Absent,
            account: rt::Field::Absent,
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for SalesQuoteLine {
    const TYPE_NAME: &'static str = "microsoft.graph.salesQuoteLine";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "amountExcludingTax",
        "amountIncludingTax",
        "description",
        "discountAmount",
        "discountAppliedBeforeTax",
        "discountPercent",
        "documentId",
        "itemId",
        "lineType",
        "netAmount",
        "netAmountIncludingTax",
        "netTaxAmount",
        "quantity",
        "sequence",
        "taxCode",
        "taxPercent",
        "totalTaxAmount",
        "unitOfMeasureId",
        "unitPrice",
        "account",
        "item",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"amountExcludingTax\":           ",
        ",\"amountIncludingTax\":           ",
        ",\"description\":                  ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"discountPercent\":              ",
        ",\"documentId\":                   ",
        ",\"itemId\":                       ",
        ",\"lineType\":                     ",
        ",\"netAmount\":                    ",
        ",\"netAmountIncludingTax\":        ",
        ",\"netTaxAmount\":                 ",
        ",\"quantity\":                     ",
        ",\"sequence\":                     ",
        ",\"taxCode\":                      ",
        ",\"taxPercent\":                   ",
        ",\"totalTaxAmount\":               ",
        ",\"unitOfMeasureId\":              ",
        ",\"unitPrice\":                    ",
        ",\"account\":                      ",
        ",\"item\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.salesQuoteLine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "amount_excluding_tax", &self.amount_excluding_tax);
        v.field(3usize, "amount_including_tax", &self.amount_including_tax);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "discount_amount", &self.discount_amount);
        v.field(
            6usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(7usize, "discount_percent", &self.discount_percent);
        v.field(8usize, "document_id", &self.document_id);
        v.field(9usize, "item_id", &self.item_id);
        v.field(10usize, "line_type", &self.line_type);
        v.field(11usize, "net_amount", &self.net_amount);
        v.field(12usize, "net_amount_including_tax", &self.net_amount_including_tax);
        v.field(13usize, "net_tax_amount", &self.net_tax_amount);
        v.field(14usize, "quantity", &self.quantity);
        v.field(15usize, "sequence", &self.sequence);
        v.field(16usize, "tax_code", &self.tax_code);
        v.field(17usize, "tax_percent", &self.tax_percent);
        v.field(18usize, "total_tax_amount", &self.total_tax_amount);
        v.field(19usize, "unit_of_measure_id", &self.unit_of_measure_id);
        v.field(20usize, "unit_price", &self.unit_price);
        v.field(21usize, "account", &self.account);
        v.field(22usize, "item", &self.item);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for SalesQuoteLine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.amount_excluding_tax.read_from(r),
            3usize => self.amount_including_tax.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.discount_amount.read_from(r),
            6usize => self.discount_applied_before_tax.read_from(r),
            7usize => self.discount_percent.read_from(r),
            8usize => self.document_id.read_from(r),
            9usize => self.item_id.read_from(r),
            10usize => self.line_type.read_from(r),
            11usize => self.net_amount.read_from(r),
            12usize => self.net_amount_including_tax.read_from(r),
            13usize => self.net_tax_amount.read_from(r),
            14usize => self.quantity.read_from(r),
            15usize => self.sequence.read_from(r),
            16usize => self.tax_code.read_from(r),
            17usize => self.tax_percent.read_from(r),
            18usize => self.total_tax_amount.read_from(r),
            19usize => self.unit_of_measure_id.read_from(r),
            20usize => self.unit_price.read_from(r),
            21usize => self.account.read_from(r),
            22usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.amount_excluding_tax);
        w.field(3usize, &self.amount_including_tax);
        w.field(4usize, &self.description);
        w.field(5usize, &self.discount_amount);
        w.field(6usize, &self.discount_applied_before_tax);
        w.field(7usize, &self.discount_percent);
        w.field(8usize, &self.document_id);
        w.field(9usize, &self.item_id);
        w.field(10usize, &self.line_type);
        w.field(11usize, &self.net_amount);
        w.field(12usize, &self.net_amount_including_tax);
        w.field(13usize, &self.net_tax_amount);
        w.field(14usize, &self.quantity);
        w.field(15usize, &self.sequence);
        w.field(16usize, &self.tax_code);
        w.field(17usize, &self.tax_percent);
        w.field(18usize, &self.total_tax_amount);
        w.field(19usize, &self.unit_of_measure_id);
        w.field(20usize, &self.unit_price);
        w.field(21usize, &self.account);
        w.field(22usize, &self.item);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(SalesQuoteLine);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    SalesQuoteLine { with_id id : ::std::string::String; with_account_id account_id :
    rt::edm::Guid; with_amount_excluding_tax amount_excluding_tax : rt::edm::Decimal;
    with_amount_including_tax amount_including_tax : rt::edm::Decimal; with_description
    description : ::std::string::String; with_discount_amount discount_amount :
    rt::edm::Decimal; with_discount_applied_before_tax discount_applied_before_tax :
    bool; with_discount_percent discount_percent : rt::edm::Decimal; with_document_id
    document_id : rt::edm::Guid; with_item_id item_id : rt::edm::Guid; with_line_type
    line_type : ::std::string::String; with_net_amount net_amount : rt::edm::Decimal;
    with_net_amount_including_tax net_amount_including_tax : rt::edm::Decimal;
    with_net_tax_amount net_tax_amount : rt::edm::Decimal; with_quantity quantity :
    rt::edm::Decimal; with_sequence sequence : i32; with_tax_code tax_code :
    ::std::string::String; with_tax_percent tax_percent : rt::edm::Decimal;
    with_total_tax_amount total_tax_amount : rt::edm::Decimal; with_unit_of_measure_id
    unit_of_measure_id : rt::edm::Guid; with_unit_price unit_price : rt::edm::Decimal;
    with_account account : crate ::beta::Account; with_item item : crate ::beta::Item; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SalesQuoteLine);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.samlSingleSignOnSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SamlSingleSignOnSettings {
    /// CSDL: property `relayState`: `Edm.String`, nullable.
    pub relay_state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SamlSingleSignOnSettings {
    #[inline]
    fn default() -> Self {
        Self {
            relay_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SamlSingleSignOnSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.samlSingleSignOnSettings";
    const KEYS: &'static [&'static str] = &["relayState"];
    const KEYS_JSON: &'static [&'static str] = &[",\"relayState\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.samlSingleSignOnSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "relay_state", &self.relay_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SamlSingleSignOnSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.relay_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.relay_state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(SamlSingleSignOnSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SamlSingleSignOnSettings { with_relay_state relay_state : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SamlSingleSignOnSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.schedule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SchedulePath`](requests/trait.SchedulePath.html), what a path to one (`EntityPath<Schedule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Schedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `enabled`: `Edm.Boolean`, nullable.
    pub enabled: rt::Field<bool>,
    /// CSDL: property `offerShiftRequestsEnabled`: `Edm.Boolean`, nullable.
    pub offer_shift_requests_enabled: rt::Field<bool>,
    /// CSDL: property `openShiftsEnabled`: `Edm.Boolean`, nullable.
    pub open_shifts_enabled: rt::Field<bool>,
    /// CSDL: property `provisionStatus`: `microsoft.graph.operationStatus`, nullable.
    pub provision_status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `provisionStatusCode`: `Edm.String`, nullable.
    pub provision_status_code: rt::Field<::std::string::String>,
    /// CSDL: property `swapShiftsRequestsEnabled`: `Edm.Boolean`, nullable.
    pub swap_shifts_requests_enabled: rt::Field<bool>,
    /// CSDL: property `timeClockEnabled`: `Edm.Boolean`, nullable.
    pub time_clock_enabled: rt::Field<bool>,
    /// CSDL: property `timeClockSettings`: `microsoft.graph.timeClockSettings`, nullable.
    pub time_clock_settings: rt::Field<crate::beta::TimeClockSettings>,
    /// CSDL: property `timeOffRequestsEnabled`: `Edm.Boolean`, nullable.
    pub time_off_requests_enabled: rt::Field<bool>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `workforceIntegrationIds`: `Collection(Edm.String)`, nullable.
    pub workforce_integration_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `offerShiftRequests`: `Collection(microsoft.graph.offerShiftRequest)`, not nullable.
    pub offer_shift_requests: rt::Field<
        ::std::vec::Vec<crate::beta::AnyOfferShiftRequest>,
    >,
    /// CSDL: containment navigation property `openShiftChangeRequests`: `Collection(microsoft.graph.openShiftChangeRequest)`, not nullable.
    pub open_shift_change_requests: rt::Field<
        ::std::vec::Vec<crate::beta::OpenShiftChangeRequest>,
    >,
    /// CSDL: containment navigation property `openShifts`: `Collection(microsoft.graph.openShift)`, not nullable.
    pub open_shifts: rt::Field<::std::vec::Vec<crate::beta::OpenShift>>,
    /// CSDL: containment navigation property `schedulingGroups`: `Collection(microsoft.graph.schedulingGroup)`, not nullable.
    pub scheduling_groups: rt::Field<::std::vec::Vec<crate::beta::SchedulingGroup>>,
    /// CSDL: containment navigation property `shifts`: `Collection(microsoft.graph.shift)`, not nullable.
    pub shifts: rt::Field<::std::vec::Vec<crate::beta::Shift>>,
    /// CSDL: containment navigation property `swapShiftsChangeRequests`: `Collection(microsoft.graph.swapShiftsChangeRequest)`, not nullable.
    pub swap_shifts_change_requests: rt::Field<
        ::std::vec::Vec<crate::beta::SwapShiftsChangeRequest>,
    >,
    /// CSDL: containment navigation property `timeCards`: `Collection(microsoft.graph.timeCard)`, not nullable.
    pub time_cards: rt::Field<::std::vec::Vec<crate::beta::TimeCard>>,
    /// CSDL: containment navigation property `timeOffReasons`: `Collection(microsoft.graph.timeOffReason)`, not nullable.
    pub time_off_reasons: rt::Field<::std::vec::Vec<crate::beta::TimeOffReason>>,
    /// CSDL: containment navigation property `timeOffRequests`: `Collection(microsoft.graph.timeOffRequest)`, not nullable.
    pub time_off_requests: rt::Field<::std::vec::Vec<crate::beta::TimeOffRequest>>,
    /// CSDL: containment navigation property `timesOff`: `Collection(microsoft.graph.timeOff)`, not nullable.
    pub times_off: rt::Field<::std::vec::Vec<crate::beta::TimeOff>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Schedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            enabled: rt::Field::Absent,
            offer_shift_requests_enabled: rt::Field::Absent,
            open_shifts_enabled: rt::Field::Absent,
            provision_status: rt::Field::Absent,
            provision_status_code: rt::Field::Absent,
            swap_shifts_requests_enabled: rt::Field::Absent,
            time_clock_enabled: rt::Field::Absent,
            time_clock_settings: rt::Field::Absent,
            time_off_requests_enabled: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            workforce_integration_ids: rt::Field::Absent,
            offer_shift_requests: rt::Field::Absent,
            open_shift_change_requests: rt::Field::Absent,
            open_shifts: rt::Field::Absent,
            scheduling_groups: rt::Field::Absent,
            shifts: rt::Field::Absent,
            swap_shifts_change_requests: rt::Field::Absent,
            time_cards: rt::Field::Absent,
            time_off_reasons: rt::Field::Absent,
            time_off_requests: rt::Field::Absent,
            times_off: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Schedule {
    const TYPE_NAME: &'static str = "microsoft.graph.schedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "enabled",
        "offerShiftRequestsEnabled",
        "openShiftsEnabled",
        "provisionStatus",
        "provisionStatusCode",
        "swapShiftsRequestsEnabled",
        "timeClockEnabled",
        "timeClockSettings",
        "timeOffRequestsEnabled",
        "timeZone",
        "workforceIntegrationIds",
        "offerShiftRequests",
        "openShiftChangeRequests",
        "openShifts",
        "schedulingGroups",
        "shifts",
        "swapShiftsChangeRequests",
        "timeCards",
        "timeOffReasons",
        "timeOffRequests",
        "timesOff",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"enabled\":                      ",
        ",\"offerShiftRequestsEnabled\":    ",
        ",\"openShiftsEnabled\":            ",
        ",\"provisionStatus\":              ",
        ",\"provisionStatusCode\":          ",
        ",\"swapShiftsRequestsEnabled\":    ",
        ",\"timeClockEnabled\":             ",
        ",\"timeClockSettings\":            ",
        ",\"timeOffRequestsEnabled\":       ",
        ",\"timeZone\":                     ",
        ",\"workforceIntegrationIds\":      ",
        ",\"offerShiftRequests\":           ",
        ",\"openShiftChangeRequests\":      ",
        ",\"openShifts\":                   ",
        ",\"schedulingGroups\":             ",
        ",\"shifts\":                       ",
        ",\"swapShiftsChangeRequests\":     ",
        ",\"timeCards\":                    ",
        ",\"timeOffReasons\":               ",
        ",\"timeOffRequests\":              ",
        ",\"timesOff\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.schedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "enabled", &self.enabled);
        v.field(
            2usize,
            "offer_shift_requests_enabled",
            &self.offer_shift_requests_enabled,
        );
        v.field(3usize, "open_shifts_enabled", &self.open_shifts_enabled);
        v.field(4usize, "provision_status", &self.provision_status);
        v.field(5usize, "provision_status_code", &self.provision_status_code);
        v.field(
            6usize,
            "swap_shifts_requests_enabled",
            &self.swap_shifts_requests_enabled,
        );
        v.field(7usize, "time_clock_enabled", &self.time_clock_enabled);
        v.field(8usize, "time_clock_settings", &self.time_clock_settings);
        v.field(9usize, "time_off_requests_enabled", &self.time_off_requests_enabled);
        v.field(10usize, "time_zone", &self.time_zone);
        v.field(11usize, "workforce_integration_ids", &self.workforce_integration_ids);
        v.field(12usize, "offer_shift_requests", &self.offer_shift_requests);
        v.field(13usize, "open_shift_change_requests", &self.open_shift_change_requests);
        v.field(14usize, "open_shifts", &self.open_shifts);
        v.field(15usize, "scheduling_groups", &self.scheduling_groups);
        v.field(16usize, "shifts", &self.shifts);
        v.field(
            17usize,
            "swap_shifts_change_requests",
            &self.swap_shifts_change_requests,
        );
        v.field(18usize, "time_cards", &self.time_cards);
        v.field(19usize, "time_off_reasons", &self.time_off_reasons);
        v.field(20usize, "time_off_requests", &self.time_off_requests);
        v.field(21usize, "times_off", &self.times_off);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Schedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.enabled.read_from(r),
            2usize => self.offer_shift_requests_enabled.read_from(r),
            3usize => self.open_shifts_enabled.read_from(r),
            4usize => self.provision_status.read_from(r),
            5usize => self.provision_status_code.read_from(r),
            6usize => self.swap_shifts_requests_enabled.read_from(r),
            7usize => self.time_clock_enabled.read_from(r),
            8usize => self.time_clock_settings.read_from(r),
            9usize => self.time_off_requests_enabled.read_from(r),
            10usize => self.time_zone.read_from(r),
            11usize => self.workforce_integration_ids.read_from(r),
            12usize => self.offer_shift_requests.read_from(r),
            13usize => self.open_shift_change_requests.read_from(r),
            14usize => self.open_shifts.read_from(r),
            15usize => self.scheduling_groups.read_from(r),
            16usize => self.shifts.read_from(r),
            17usize => self.swap_shifts_change_requests.read_from(r),
            18usize => self.time_cards.read_from(r),
            19usize => self.time_off_reasons.read_from(r),
            20usize => self.time_off_requests.read_from(r),
            21usize => self.times_off.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.enabled);
        w.field(2usize, &self.offer_shift_requests_enabled);
        w.field(3usize, &self.open_shifts_enabled);
        w.field(4usize, &self.provision_status);
        w.field(5usize, &self.provision_status_code);
        w.field(6usize, &self.swap_shifts_requests_enabled);
        w.field(7usize, &self.time_clock_enabled);
        w.field(8usize, &self.time_clock_settings);
        w.field(9usize, &self.time_off_requests_enabled);
        w.field(10usize, &self.time_zone);
        w.field(11usize, &self.workforce_integration_ids);
        w.field(12usize, &self.offer_shift_requests);
        w.field(13usize, &self.open_shift_change_requests);
        w.field(14usize, &self.open_shifts);
        w.field(15usize, &self.scheduling_groups);
        w.field(16usize, &self.shifts);
        w.field(17usize, &self.swap_shifts_change_requests);
        w.field(18usize, &self.time_cards);
        w.field(19usize, &self.time_off_reasons);
        w.field(20usize, &self.time_off_requests);
        w.field(21usize, &self.times_off);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(Schedule);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Schedule { with_id id : ::std::string::String; with_enabled enabled : bool;
    with_offer_shift_requests_enabled offer_shift_requests_enabled : bool;
    with_open_shifts_enabled open_shifts_enabled : bool; with_provision_status
    provision_status : crate ::beta::OperationStatus; with_provision_status_code
    provision_status_code : ::std::string::String; with_swap_shifts_requests_enabled
    swap_shifts_requests_enabled : bool; with_time_clock_enabled time_clock_enabled :
    bool; with_time_clock_settings time_clock_settings : crate ::beta::TimeClockSettings;
    with_time_off_requests_enabled time_off_requests_enabled : bool; with_time_zone
    time_zone : ::std::string::String; with_workforce_integration_ids
    workforce_integration_ids : ::std::vec::Vec < ::std::string::String >;
    with_offer_shift_requests offer_shift_requests : ::std::vec::Vec < crate
    ::beta::AnyOfferShiftRequest >; with_open_shift_change_requests
    open_shift_change_requests : ::std::vec::Vec < crate ::beta::OpenShiftChangeRequest
    >; with_open_shifts open_shifts : ::std::vec::Vec < crate ::beta::OpenShift >;
    with_scheduling_groups scheduling_groups : ::std::vec::Vec < crate
    ::beta::SchedulingGroup >; with_shifts shifts : ::std::vec::Vec < crate ::beta::Shift
    >; with_swap_shifts_change_requests swap_shifts_change_requests : ::std::vec::Vec <
    crate ::beta::SwapShiftsChangeRequest >; with_time_cards time_cards : ::std::vec::Vec
    < crate ::beta::TimeCard >; with_time_off_reasons time_off_reasons : ::std::vec::Vec
    < crate ::beta::TimeOffReason >; with_time_off_requests time_off_requests :
    ::std::vec::Vec < crate ::beta::TimeOffRequest >; with_times_off times_off :
    ::std::vec::Vec < crate ::beta::TimeOff >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Schedule);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.scheduleChangeRequest`, entity type, derived from `microsoft.graph.changeTrackedEntity`, abstract, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<AnyScheduleChangeRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleChangeRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::beta::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::beta::ScheduleChangeState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ScheduleChangeRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ScheduleChangeRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleChangeRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleChangeRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ScheduleChangeRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(ScheduleChangeRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ScheduleChangeRequest { with_id id : ::std::string::String; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::beta::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::beta::ScheduleChangeState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequest);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.scheduleChangeRequest` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyScheduleChangeRequest {
    ScheduleChangeRequest(::std::boxed::Box<crate::beta::ScheduleChangeRequest>),
    OfferShiftRequest(::std::boxed::Box<crate::beta::OfferShiftRequest>),
    OpenShiftChangeRequest(::std::boxed::Box<crate::beta::OpenShiftChangeRequest>),
    SwapShiftsChangeRequest(::std::boxed::Box<crate::beta::SwapShiftsChangeRequest>),
    TimeOffRequest(::std::boxed::Box<crate::beta::TimeOffRequest>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyScheduleChangeRequest {
    #[inline]
    fn default() -> Self {
        Self::ScheduleChangeRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ScheduleChangeRequest>
for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::beta::ScheduleChangeRequest) -> Self {
        Self::ScheduleChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfferShiftRequest> for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::beta::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenShiftChangeRequest>
for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::beta::OpenShiftChangeRequest) -> Self {
        Self::OpenShiftChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SwapShiftsChangeRequest>
for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::beta::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOffRequest> for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::beta::TimeOffRequest) -> Self {
        Self::TimeOffRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyScheduleChangeRequest {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyScheduleChangeRequest {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyScheduleChangeRequest {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyScheduleChangeRequest {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyScheduleChangeRequest {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ScheduleChangeRequest>();
    rt::object::auto_traits::<crate::beta::OfferShiftRequest>();
    rt::object::auto_traits::<crate::beta::OpenShiftChangeRequest>();
    rt::object::auto_traits::<crate::beta::SwapShiftsChangeRequest>();
    rt::object::auto_traits::<crate::beta::TimeOffRequest>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyScheduleChangeRequest {
    const BASE_NAME: &'static str = "microsoft.graph.scheduleChangeRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                Self::OfferShiftRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                Self::OpenShiftChangeRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                Self::TimeOffRequest(rt::object::new_boxed())
            }
            _ => Self::ScheduleChangeRequest(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ScheduleChangeRequest(v) => &**v,
            Self::OfferShiftRequest(v) => &**v,
            Self::OpenShiftChangeRequest(v) => &**v,
            Self::SwapShiftsChangeRequest(v) => &**v,
            Self::TimeOffRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ScheduleChangeRequest(v) => &mut **v,
            Self::OfferShiftRequest(v) => &mut **v,
            Self::OpenShiftChangeRequest(v) => &mut **v,
            Self::SwapShiftsChangeRequest(v) => &mut **v,
            Self::TimeOffRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyScheduleChangeRequest {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.id,
            Self::OfferShiftRequest(v) => &v.id,
            Self::OpenShiftChangeRequest(v) => &v.id,
            Self::SwapShiftsChangeRequest(v) => &v.id,
            Self::TimeOffRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.id,
            Self::OfferShiftRequest(v) => &mut v.id,
            Self::OpenShiftChangeRequest(v) => &mut v.id,
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
            Self::TimeOffRequest(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.created_by,
            Self::OfferShiftRequest(v) => &v.created_by,
            Self::OpenShiftChangeRequest(v) => &v.created_by,
            Self::SwapShiftsChangeRequest(v) => &v.created_by,
            Self::TimeOffRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.created_by,
            Self::OfferShiftRequest(v) => &mut v.created_by,
            Self::OpenShiftChangeRequest(v) => &mut v.created_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_by,
            Self::TimeOffRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.created_date_time,
            Self::OfferShiftRequest(v) => &v.created_date_time,
            Self::OpenShiftChangeRequest(v) => &v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.created_date_time,
            Self::TimeOffRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.created_date_time,
            Self::OfferShiftRequest(v) => &mut v.created_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_date_time,
            Self::TimeOffRequest(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.last_modified_by,
            Self::OfferShiftRequest(v) => &v.last_modified_by,
            Self::OpenShiftChangeRequest(v) => &v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_by,
            Self::TimeOffRequest(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_by,
            Self::OfferShiftRequest(v) => &mut v.last_modified_by,
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_by,
            Self::TimeOffRequest(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.last_modified_date_time,
            Self::OfferShiftRequest(v) => &v.last_modified_date_time,
            Self::OpenShiftChangeRequest(v) => &v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_date_time,
            Self::TimeOffRequest(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_date_time,
            Self::OfferShiftRequest(v) => &mut v.last_modified_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_date_time,
            Self::TimeOffRequest(v) => &mut v.last_modified_date_time,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to(&self) -> &rt::Field<crate::beta::ScheduleChangeRequestActor> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.assigned_to,
            Self::OfferShiftRequest(v) => &v.assigned_to,
            Self::OpenShiftChangeRequest(v) => &v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &v.assigned_to,
            Self::TimeOffRequest(v) => &v.assigned_to,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ScheduleChangeRequestActor> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.assigned_to,
            Self::OfferShiftRequest(v) => &mut v.assigned_to,
            Self::OpenShiftChangeRequest(v) => &mut v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &mut v.assigned_to,
            Self::TimeOffRequest(v) => &mut v.assigned_to,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.manager_action_date_time,
            Self::OfferShiftRequest(v) => &v.manager_action_date_time,
            Self::OpenShiftChangeRequest(v) => &v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_date_time,
            Self::TimeOffRequest(v) => &v.manager_action_date_time,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.manager_action_date_time,
            Self::OfferShiftRequest(v) => &mut v.manager_action_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_date_time,
            Self::TimeOffRequest(v) => &mut v.manager_action_date_time,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.manager_action_message,
            Self::OfferShiftRequest(v) => &v.manager_action_message,
            Self::OpenShiftChangeRequest(v) => &v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_message,
            Self::TimeOffRequest(v) => &v.manager_action_message,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.manager_action_message,
            Self::OfferShiftRequest(v) => &mut v.manager_action_message,
            Self::OpenShiftChangeRequest(v) => &mut v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_message,
            Self::TimeOffRequest(v) => &mut v.manager_action_message,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.manager_user_id,
            Self::OfferShiftRequest(v) => &v.manager_user_id,
            Self::OpenShiftChangeRequest(v) => &v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.manager_user_id,
            Self::TimeOffRequest(v) => &v.manager_user_id,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.manager_user_id,
            Self::OfferShiftRequest(v) => &mut v.manager_user_id,
            Self::OpenShiftChangeRequest(v) => &mut v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_user_id,
            Self::TimeOffRequest(v) => &mut v.manager_user_id,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.sender_date_time,
            Self::OfferShiftRequest(v) => &v.sender_date_time,
            Self::OpenShiftChangeRequest(v) => &v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.sender_date_time,
            Self::TimeOffRequest(v) => &v.sender_date_time,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.sender_date_time,
            Self::OfferShiftRequest(v) => &mut v.sender_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_date_time,
            Self::TimeOffRequest(v) => &mut v.sender_date_time,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.sender_message,
            Self::OfferShiftRequest(v) => &v.sender_message,
            Self::OpenShiftChangeRequest(v) => &v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &v.sender_message,
            Self::TimeOffRequest(v) => &v.sender_message,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.sender_message,
            Self::OfferShiftRequest(v) => &mut v.sender_message,
            Self::OpenShiftChangeRequest(v) => &mut v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_message,
            Self::TimeOffRequest(v) => &mut v.sender_message,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.sender_user_id,
            Self::OfferShiftRequest(v) => &v.sender_user_id,
            Self::OpenShiftChangeRequest(v) => &v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.sender_user_id,
            Self::TimeOffRequest(v) => &v.sender_user_id,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.sender_user_id,
            Self::OfferShiftRequest(v) => &mut v.sender_user_id,
            Self::OpenShiftChangeRequest(v) => &mut v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_user_id,
            Self::TimeOffRequest(v) => &mut v.sender_user_id,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<crate::beta::ScheduleChangeState> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.state,
            Self::OfferShiftRequest(v) => &v.state,
            Self::OpenShiftChangeRequest(v) => &v.state,
            Self::SwapShiftsChangeRequest(v) => &v.state,
            Self::TimeOffRequest(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<crate::beta::ScheduleChangeState> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.state,
            Self::OfferShiftRequest(v) => &mut v.state,
            Self::OpenShiftChangeRequest(v) => &mut v.state,
            Self::SwapShiftsChangeRequest(v) => &mut v.state,
            Self::TimeOffRequest(v) => &mut v.state,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyScheduleChangeRequest);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyScheduleChangeRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.scheduleChangeRequestActor`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduleChangeRequestActor {
    /// `sender` (value 0).
    Sender,
    /// `recipient` (value 1).
    Recipient,
    /// `manager` (value 2).
    Manager,
    /// `system` (value 3).
    System,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ScheduleChangeRequestActor {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleChangeRequestActor";
    const MEMBERS: &'static [&'static str] = &[
        "sender",
        "recipient",
        "manager",
        "system",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sender" => Self::Sender,
                "recipient" => Self::Recipient,
                "manager" => Self::Manager,
                "system" => Self::System,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Sender => "sender",
            Self::Recipient => "recipient",
            Self::Manager => "manager",
            Self::System => "system",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ScheduleChangeRequestActor);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestActor);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.scheduleChangeState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduleChangeState {
    /// `pending` (value 0).
    Pending,
    /// `approved` (value 1).
    Approved,
    /// `declined` (value 2).
    Declined,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ScheduleChangeState {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleChangeState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "approved",
        "declined",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "approved" => Self::Approved,
                "declined" => Self::Declined,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Declined => "declined",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ScheduleChangeState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.scheduleEntity`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleEntity {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::beta::ScheduleEntityTheme>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ScheduleEntity {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ScheduleEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleEntity";
    const KEYS: &'static [&'static str] = &["endDateTime", "startDateTime", "theme"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ScheduleEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(ScheduleEntity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ScheduleEntity { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::beta::ScheduleEntityTheme; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleEntity);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.scheduleEntity` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyScheduleEntity {
    ScheduleEntity(::std::boxed::Box<crate::beta::ScheduleEntity>),
    OpenShiftItem(::std::boxed::Box<crate::beta::OpenShiftItem>),
    ShiftItem(::std::boxed::Box<crate::beta::ShiftItem>),
    TimeOffItem(::std::boxed::Box<crate::beta::TimeOffItem>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyScheduleEntity {
    #[inline]
    fn default() -> Self {
        Self::ScheduleEntity(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ScheduleEntity> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::beta::ScheduleEntity) -> Self {
        Self::ScheduleEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenShiftItem> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::beta::OpenShiftItem) -> Self {
        Self::OpenShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ShiftItem> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::beta::ShiftItem) -> Self {
        Self::ShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOffItem> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::beta::TimeOffItem) -> Self {
        Self::TimeOffItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyScheduleEntity {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyScheduleEntity {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyScheduleEntity {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyScheduleEntity {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyScheduleEntity {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ScheduleEntity>();
    rt::object::auto_traits::<crate::beta::OpenShiftItem>();
    rt::object::auto_traits::<crate::beta::ShiftItem>();
    rt::object::auto_traits::<crate::beta::TimeOffItem>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyScheduleEntity {
    const BASE_NAME: &'static str = "microsoft.graph.scheduleEntity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.openShiftItem") => {
                Self::OpenShiftItem(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.shiftItem") => {
                Self::ShiftItem(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.timeOffItem") => {
                Self::TimeOffItem(rt::object::new_boxed())
            }
            _ => Self::ScheduleEntity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ScheduleEntity(v) => &**v,
            Self::OpenShiftItem(v) => &**v,
            Self::ShiftItem(v) => &**v,
            Self::TimeOffItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ScheduleEntity(v) => &mut **v,
            Self::OpenShiftItem(v) => &mut **v,
            Self::ShiftItem(v) => &mut **v,
            Self::TimeOffItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyScheduleEntity {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &v.end_date_time,
            Self::OpenShiftItem(v) => &v.end_date_time,
            Self::ShiftItem(v) => &v.end_date_time,
            Self::TimeOffItem(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &mut v.end_date_time,
            Self::OpenShiftItem(v) => &mut v.end_date_time,
            Self::ShiftItem(v) => &mut v.end_date_time,
            Self::TimeOffItem(v) => &mut v.end_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &v.start_date_time,
            Self::OpenShiftItem(v) => &v.start_date_time,
            Self::ShiftItem(v) => &v.start_date_time,
            Self::TimeOffItem(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &mut v.start_date_time,
            Self::OpenShiftItem(v) => &mut v.start_date_time,
            Self::ShiftItem(v) => &mut v.start_date_time,
            Self::TimeOffItem(v) => &mut v.start_date_time,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme(&self) -> &rt::Field<crate::beta::ScheduleEntityTheme> {
        match self {
            Self::ScheduleEntity(v) => &v.theme,
            Self::OpenShiftItem(v) => &v.theme,
            Self::ShiftItem(v) => &v.theme,
            Self::TimeOffItem(v) => &v.theme,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme_mut(&mut self) -> &mut rt::Field<crate::beta::ScheduleEntityTheme> {
        match self {
            Self::ScheduleEntity(v) => &mut v.theme,
            Self::OpenShiftItem(v) => &mut v.theme,
            Self::ShiftItem(v) => &mut v.theme,
            Self::TimeOffItem(v) => &mut v.theme,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyScheduleEntity);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyScheduleEntity);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.scheduleEntityTheme`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduleEntityTheme {
    /// `white` (value 0).
    White,
    /// `blue` (value 1).
    Blue,
    /// `green` (value 2).
    Green,
    /// `purple` (value 3).
    Purple,
    /// `pink` (value 4).
    Pink,
    /// `yellow` (value 5).
    Yellow,
    /// `gray` (value 6).
    Gray,
    /// `darkBlue` (value 7).
    DarkBlue,
    /// `darkGreen` (value 8).
    DarkGreen,
    /// `darkPurple` (value 9).
    DarkPurple,
    /// `darkPink` (value 10).
    DarkPink,
    /// `darkYellow` (value 11).
    DarkYellow,
    /// `unknownFutureValue` (value 12).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ScheduleEntityTheme {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleEntityTheme";
    const MEMBERS: &'static [&'static str] = &[
        "white",
        "blue",
        "green",
        "purple",
        "pink",
        "yellow",
        "gray",
        "darkBlue",
        "darkGreen",
        "darkPurple",
        "darkPink",
        "darkYellow",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "white" => Self::White,
                "blue" => Self::Blue,
                "green" => Self::Green,
                "purple" => Self::Purple,
                "pink" => Self::Pink,
                "yellow" => Self::Yellow,
                "gray" => Self::Gray,
                "darkBlue" => Self::DarkBlue,
                "darkGreen" => Self::DarkGreen,
                "darkPurple" => Self::DarkPurple,
                "darkPink" => Self::DarkPink,
                "darkYellow" => Self::DarkYellow,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::White => "white",
            Self::Blue => "blue",
            Self::Green => "green",
            Self::Purple => "purple",
            Self::Pink => "pink",
            Self::Yellow => "yellow",
            Self::Gray => "gray",
            Self::DarkBlue => "darkBlue",
            Self::DarkGreen => "darkGreen",
            Self::DarkPurple => "darkPurple",
            Self::DarkPink => "darkPink",
            Self::DarkYellow => "darkYellow",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ScheduleEntityTheme);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleEntityTheme);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.scheduledRetireState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduledRetireState {
    /// `cancelRetire` (value 0).
    CancelRetire,
    /// `comfirmRetire` (value 1).
    ComfirmRetire,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ScheduledRetireState {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduledRetireState";
    const MEMBERS: &'static [&'static str] = &["cancelRetire", "comfirmRetire"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "cancelRetire" => Self::CancelRetire,
                "comfirmRetire" => Self::ComfirmRetire,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::CancelRetire => "cancelRetire",
            Self::ComfirmRetire => "comfirmRetire",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ScheduledRetireState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduledRetireState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.schedulingGroup`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<SchedulingGroup, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SchedulingGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SchedulingGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_active: rt::Field::Absent,
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SchedulingGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.schedulingGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "displayName",
        "isActive",
        "userIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"displayName\":                  ",
        ",\"isActive\":                     ",
        ",\"userIds\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.schedulingGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "is_active", &self.is_active);
        v.field(7usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SchedulingGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.is_active.read_from(r),
            7usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.is_active);
        w.field(7usize, &self.user_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(SchedulingGroup);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SchedulingGroup { with_id id : ::std::string::String; with_created_by created_by :
    crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_is_active is_active : bool; with_user_ids user_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SchedulingGroup);
#[cfg(msgraph_beta_schema_extensions_or_search)]
/// CSDL: `microsoft.graph.schemaExtension`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-schema-extensions`, `beta-search`.
#[derive(Clone)]
pub struct SchemaExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `Edm.String`, not nullable.
    pub owner: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.extensionSchemaProperty)`, not nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::beta::ExtensionSchemaProperty>>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `targetTypes`: `Collection(Edm.String)`, not nullable.
    pub target_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
impl ::std::default::Default for SchemaExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            owner: rt::Field::Absent,
            properties: rt::Field::Absent,
            status: rt::Field::Absent,
            target_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
impl rt::Object for SchemaExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.schemaExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "owner",
        "properties",
        "status",
        "targetTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"owner\":                        ",
        ",\"properties\":                   ",
        ",\"status\":                       ",
        ",\"targetTypes\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.schemaExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "owner", &self.owner);
        v.field(3usize, "properties", &self.properties);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "target_types", &self.target_types);
    }
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
impl rt::object::Members for SchemaExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.owner.read_from(r),
            3usize => self.properties.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.target_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.owner);
        w.field(3usize, &self.properties);
        w.field(4usize, &self.status);
        w.field(5usize, &self.target_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
rt::impl_object!(SchemaExtension);
#[cfg(msgraph_beta_schema_extensions_or_search)]
rt::impl_setters!(
    SchemaExtension { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_owner owner : ::std::string::String; with_properties
    properties : ::std::vec::Vec < crate ::beta::ExtensionSchemaProperty >; with_status
    status : ::std::string::String; with_target_types target_types : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_schema_extensions_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SchemaExtension);
#[cfg(msgraph_beta_core_or_filter_operators)]
/// CSDL: `microsoft.graph.scopeOperatorMultiValuedComparisonType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScopeOperatorMultiValuedComparisonType {
    /// `All` (value 0).
    All,
    /// `Any` (value 1).
    Any,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_filter_operators)]
impl rt::StrEnum for ScopeOperatorMultiValuedComparisonType {
    const TYPE_NAME: &'static str = "microsoft.graph.scopeOperatorMultiValuedComparisonType";
    const MEMBERS: &'static [&'static str] = &["All", "Any"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "All" => Self::All,
                "Any" => Self::Any,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::Any => "Any",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_filter_operators)]
rt::impl_enum!(ScopeOperatorMultiValuedComparisonType);
#[cfg(msgraph_beta_core_or_filter_operators)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopeOperatorMultiValuedComparisonType);
#[cfg(msgraph_beta_core_or_filter_operators)]
/// CSDL: `microsoft.graph.scopeOperatorType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScopeOperatorType {
    /// `Binary` (value 0).
    Binary,
    /// `Unary` (value 1).
    Unary,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_filter_operators)]
impl rt::StrEnum for ScopeOperatorType {
    const TYPE_NAME: &'static str = "microsoft.graph.scopeOperatorType";
    const MEMBERS: &'static [&'static str] = &["Binary", "Unary"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Binary" => Self::Binary,
                "Unary" => Self::Unary,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Binary => "Binary",
            Self::Unary => "Unary",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_filter_operators)]
rt::impl_enum!(ScopeOperatorType);
#[cfg(msgraph_beta_core_or_filter_operators)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopeOperatorType);
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
/// CSDL: `microsoft.graph.scopedRoleMembership`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ScopedRoleMembershipPath`](requests/trait.ScopedRoleMembershipPath.html), what a path to one (`EntityPath<ScopedRoleMembership, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScopedRoleMembership {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `administrativeUnitId`: `Edm.String`, not nullable.
    pub administrative_unit_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleId`: `Edm.String`, not nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleMemberInfo`: `microsoft.graph.identity`, not nullable.
    pub role_member_info: rt::Field<crate::beta::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
impl ::std::default::Default for ScopedRoleMembership {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            administrative_unit_id: rt::Field::Absent,
            role_id: rt::Field::Absent,
            role_member_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
impl rt::Object for ScopedRoleMembership {
    const TYPE_NAME: &'static str = "microsoft.graph.scopedRoleMembership";
    const KEYS: &'static [&'static str] = &[
        "id",
        "administrativeUnitId",
        "roleId",
        "roleMemberInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"administrativeUnitId\":         ",
        ",\"roleId\":                       ",
        ",\"roleMemberInfo\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scopedRoleMembership\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "administrative_unit_id", &self.administrative_unit_id);
        v.field(2usize, "role_id", &self.role_id);
        v.field(3usize, "role_member_info", &self.role_member_info);
    }
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
impl rt::object::Members for ScopedRoleMembership {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.administrative_unit_id.read_from(r),
            2usize => self.role_id.read_from(r),
            3usize => self.role_member_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.administrative_unit_id);
        w.field(2usize, &self.role_id);
        w.field(3usize, &self.role_member_info);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
rt::impl_object!(ScopedRoleMembership);
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
rt::impl_setters!(
    ScopedRoleMembership { with_id id : ::std::string::String;
    with_administrative_unit_id administrative_unit_id : ::std::string::String;
    with_role_id role_id : ::std::string::String; with_role_member_info role_member_info
    : crate ::beta::AnyIdentity; }
);
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopedRoleMembership);
