import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ProductDetail } from "@/lib/catalog/types";
import type { ShopperPolicies } from "@/lib/settings/policies/queries";

/** Description, specifications and the shipping and returns notes (worded from the settings), below the fold. */
export async function ProductDetails({
  product,
  policies,
}: {
  product: ProductDetail;
  policies: Pick<ShopperPolicies, "shipping" | "returns">;
}) {
  const t = await getTranslations("product.details");
  const paragraphs = product.description.split(/\n\s*\n/).filter(Boolean);
  return (
    <div className="mt-12 grid gap-10 md:grid-cols-2">
      <section aria-labelledby="description-heading">
        <h2 id="description-heading" className="mb-3 text-lg font-semibold">
          {t("description")}
        </h2>
        <div className="flex flex-col gap-3 leading-relaxed text-zinc-700">
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        {product.tags.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label={t("tags")}>
            {product.tags.map((t) => (
              <li key={t} className="rounded-full bg-zinc-100 px-3 py-1 text-xs text-zinc-700">
                {t}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="flex flex-col gap-10">
        {product.specs.length > 0 && (
          <section aria-labelledby="specs-heading">
            <h2 id="specs-heading" className="mb-3 text-lg font-semibold">
              {t("specifications")}
            </h2>
            <table className="w-full text-sm">
              <tbody>
                {product.specs.map((s) => (
                  <tr key={s.name} className="border-b border-zinc-200">
                    <th scope="row" className="w-2/5 py-2 pr-4 text-left font-medium text-zinc-600">
                      {s.name}
                    </th>
                    <td className="py-2">{s.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        <section aria-labelledby="shipping-heading">
          <h2 id="shipping-heading" className="mb-3 text-lg font-semibold">
            {t("shippingReturns")}
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-700">
            <li>{policies.shipping}</li>
            <li>{policies.returns}</li>
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/pages/shipping" className="underline">
              {t("shippingDetails")}
            </Link>
            {" · "}
            <Link href="/pages/returns" className="underline">
              {t("howReturnsWork")}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
