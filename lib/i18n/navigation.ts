import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Link, redirect and the router, each keeping the page's language in the addresses they make. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
