import { LanguageSwitch } from "@/components/layout/language-switch";
import { Link } from "@/lib/i18n/navigation";
import { STORE_PAGE_TITLES, type StorePageSlug } from "@/lib/content/pages/slugs";
import { getShopperPolicies } from "@/lib/settings/policies/queries";
import { returnWindowLine } from "@/lib/settings/policies/texts";

const linkClass = "hover:underline";

function PageLink({ slug }: { slug: StorePageSlug }) {
  return (
    <li>
      <Link href={`/pages/${slug}`} className={linkClass}>
        {STORE_PAGE_TITLES[slug]}
      </Link>
    </li>
  );
}

/** The store's name, its free-shipping threshold, return window and contact details (all from the settings), and links to its pages. */
export async function SiteFooter() {
  const { storeName, policies, freeShipping } = await getShopperPolicies();
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-zinc-50 text-sm text-zinc-600">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="font-semibold text-zinc-900">{storeName}</p>
          <p className="mt-2">Everyday things, well made.{freeShipping ? ` ${freeShipping}.` : ""}</p>
          {(policies.contactEmail || policies.contactPhone) && (
            <ul className="mt-2 space-y-1" aria-label="Contact details">
              {policies.contactEmail && (
                <li>
                  <a href={`mailto:${policies.contactEmail}`} className={linkClass}>
                    {policies.contactEmail}
                  </a>
                </li>
              )}
              {policies.contactPhone && (
                <li>
                  <a href={`tel:${policies.contactPhone.replace(/[^+\d]/g, "")}`} className={linkClass}>
                    {policies.contactPhone}
                  </a>
                </li>
              )}
            </ul>
          )}
        </div>
        <div>
          <p className="font-semibold text-zinc-900">Help</p>
          <ul className="mt-2 space-y-1">
            <li>{returnWindowLine(policies)}</li>
            <PageLink slug="shipping" />
            <PageLink slug="returns" />
            <PageLink slug="contact" />
          </ul>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">About</p>
          <ul className="mt-2 space-y-1">
            <PageLink slug="about" />
            <PageLink slug="terms" />
            <PageLink slug="privacy" />
          </ul>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">Shop</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/deals" className={linkClass}>
                Deals
              </Link>
            </li>
            <li>
              <Link href="/rankings" className={linkClass}>
                Rankings
              </Link>
            </li>
            <li>
              <Link href="/search?sort=newest" className={linkClass}>
                New arrivals
              </Link>
            </li>
            <li>
              <Link href="/search?sort=popular" className={linkClass}>
                Best sellers
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <div className="mx-auto max-w-7xl px-4 pb-8">
        <LanguageSwitch />
      </div>
    </footer>
  );
}
