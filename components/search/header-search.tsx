"use client";

import { useHeaderQuery } from "./header-query";
import { SearchBox } from "./search-box";

/** The header's search box, showing the current query on the search page (components/search/header-query.tsx). */
export function HeaderSearch() {
  return <SearchBox initialQuery={useHeaderQuery()} />;
}
