export const FILTER_FORM_ID = "listing-filters";
