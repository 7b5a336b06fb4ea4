"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Price } from "@/components/ui/price";
import type { ProductDetail } from "@/lib/catalog/types";
import { choose, findVariant, initialVariant, isPurchasable, isValueInStock, stockState } from "@/lib/catalog/variant-selection";
import type { Deals } from "@/lib/promotions/flash-sales";
import { AddToCart } from "./add-to-cart";
import { FlashSaleOffer } from "./flash-sale-offer";
import { Gallery } from "./gallery";
import { MemberPrice } from "./member-price";
import { NotifyMe } from "./notify-me";
import { OtherFlashSales } from "./other-flash-sales";

const stockColor = { in: "text-emerald-700", low: "text-amber-700", preorder: "text-sky-800", out: "text-zinc-500" } as const;

const noDeals: Deals = { running: [], upcoming: [] };

/**
 * Gallery, variant choice, price (a running flash sale's, when the chosen
 * variant has one), stock and SKU: the part of the product page that reacts to the shopper.
 */
export function ProductShowcase({
  product,
  flashSales = noDeals,
  children,
}: {
  product: ProductDetail;
  /** as the page was rendered (lib/promotions/cached.ts) */
  flashSales?: Deals;
  children?: React.ReactNode;
}) {
  const t = useTranslations("product");
  const format = useFormatter();
  const [selection, setSelection] = useState(() => ({ ...(initialVariant(product.variants)?.optionValues ?? {}) }));
  // The page is cached HTML for everyone; a shared ?variant= link is applied here.
  useEffect(() => {
    const requested = Number(new URLSearchParams(window.location.search).get("variant"));
    const variant = Number.isInteger(requested) && requested > 0 ? product.variants.find((v) => v.id === requested) : undefined;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only known in the browser, after the cached HTML.
    if (variant) setSelection({ ...variant.optionValues });
  }, [product.variants]);
  const variant = findVariant(product.variants, selection);
  const stock = stockState(variant);
  const stockLabel =
    stock.kind === "preorder" && variant?.preorder
      ? t("stock.preorder", { date: format.dateTime(new Date(`${variant.preorder.shipsOn}T00:00:00Z`), { dateStyle: "medium" }) })
      : stock.kind === "low"
        ? t("stock.low", { count: variant?.stock ?? 0 })
        : t(`stock.${stock.kind === "in" ? "in" : "out"}`);
  // a sold-out sale no longer sets the price: it is listed below as sold out
  const flash = flashSales.running.find((s) => s.variantId === variant?.id && s.remaining > 0);

  function select(next: Record<string, string>) {
    setSelection(next);
    const chosen = findVariant(product.variants, next);
    if (chosen) {
      const url = new URL(window.location.href);
      url.searchParams.set("variant", String(chosen.id));
      window.history.replaceState(null, "", url);
    }
  }
  const pick = (option: string, value: string) => select(choose(product.variants, selection, option, value));
  function chooseVariant(id: number) {
    const chosen = product.variants.find((v) => v.id === id);
    if (chosen) select({ ...chosen.optionValues });
  }

  return (
    <div className="grid gap-8 md:grid-cols-2 md:gap-12">
      <Gallery images={product.images} variantId={variant?.id ?? null} title={product.title} />
      <div className="flex min-w-0 flex-col gap-5">
        <div>
          {product.brand && <p className="text-sm uppercase tracking-wide text-zinc-500">{product.brand.name}</p>}
          <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{product.title}</h1>
        </div>
        <div aria-live="polite" className="flex flex-col gap-1">
          {/* Flash-sale units take no member discount (lib/pricing/README.md), so a member's price shows only without one. */}
          {flash ? (
            <FlashSaleOffer sale={flash} />
          ) : (
            <>
              <Price price={variant?.price ?? product.price.min} compareAt={variant?.compareAt} size="lg" />
              <MemberPrice price={variant?.price ?? product.price.min} />
            </>
          )}
          <p id="stock-status" className={`text-sm font-medium ${stockColor[stock.kind]}`}>
            {stockLabel}
          </p>
          {variant && <p className="text-xs text-zinc-500">{t("sku", { sku: variant.sku })}</p>}
        </div>
        <OtherFlashSales running={flashSales.running.filter((s) => s !== flash)} upcoming={flashSales.upcoming} onChoose={chooseVariant} />
        {product.options.map((option) => (
          <div key={option.name} role="radiogroup" aria-label={option.label} className="flex flex-col gap-2">
            <p aria-hidden="true" className="text-sm font-medium">
              {option.label}: <span className="font-normal text-zinc-600">{selection[option.name]}</span>
            </p>
            <div className="flex flex-wrap gap-2">
              {option.values.map((value) => {
                const available = isValueInStock(product.variants, selection, option.name, value);
                return (
                  <label key={value} className="cursor-pointer">
                    <input
                      type="radio"
                      name={option.name}
                      value={value}
                      checked={selection[option.name] === value}
                      onChange={() => pick(option.name, value)}
                      className="peer sr-only"
                    />
                    <span
                      className={`block rounded-lg border px-3.5 py-2 text-sm peer-checked:border-zinc-900 peer-checked:bg-zinc-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-zinc-900 ${available ? "border-zinc-300" : "border-dashed border-zinc-300 text-zinc-500 line-through"}`}
                    >
                      {value}
                      {!available && <span className="sr-only"> {t("stock.valueOut")}</span>}
                    </span>
                  </label>
                );
              })}
            </div>
          </div>
        ))}
        {/* keyed: a new variant starts with a fresh quantity and no old message */}
        <AddToCart key={variant?.id ?? "none"} variant={variant} describedBy="stock-status" />
        {variant && !isPurchasable(variant) && <NotifyMe key={`notify-${variant.id}`} variantId={variant.id} />}
        {/* children: extra actions beside the buy box (e.g. the favourites toggle) */}
        {children}
      </div>
    </div>
  );
}
