//! Nothing here: the tests build `msgraph-models` with one area feature each.
