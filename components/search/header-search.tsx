"use client";

import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { SearchBox } from "./search-box";

/** The header's search box, showing the current query on the search page. */
export function HeaderSearch() {
  const pathname = usePathname();
  const q = useSearchParams().get("q") ?? "";
  return <SearchBox initialQuery={pathname === "/search" ? q : ""} />;
}
