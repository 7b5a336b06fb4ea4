"use client";

import { useEffect, useState } from "react";
import { Price } from "@/components/ui/price";
import type { ProductDetail } from "@/lib/catalog/types";
import { choose, findVariant, initialVariant, isValueInStock, stockState } from "@/lib/catalog/variant-selection";
import { AddToCart } from "./add-to-cart";
import { Gallery } from "./gallery";
import { MemberPrice } from "./member-price";

const stockColor = { in: "text-emerald-700", low: "text-amber-700", out: "text-zinc-500" } as const;

/** Gallery, variant choice, price, stock and SKU: the part of the product page that reacts to the shopper. */
export function ProductShowcase({ product, children }: { product: ProductDetail; children?: React.ReactNode }) {
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

  function pick(option: string, value: string) {
    const next = choose(product.variants, selection, option, value);
    setSelection(next);
    const chosen = findVariant(product.variants, next);
    if (chosen) {
      const url = new URL(window.location.href);
      url.searchParams.set("variant", String(chosen.id));
      window.history.replaceState(null, "", url);
    }
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
          <Price price={variant?.price ?? product.price.min} compareAt={variant?.compareAt} size="lg" />
          <MemberPrice price={variant?.price ?? product.price.min} />
          <p id="stock-status" className={`text-sm font-medium ${stockColor[stock.kind]}`}>
            {stock.label}
          </p>
          {variant && <p className="text-xs text-zinc-500">SKU {variant.sku}</p>}
        </div>
        {product.options.map((option) => (
          <div key={option.name} role="radiogroup" aria-label={option.name} className="flex flex-col gap-2">
            <p aria-hidden="true" className="text-sm font-medium">
              {option.name}: <span className="font-normal text-zinc-600">{selection[option.name]}</span>
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
                      className={`block rounded-lg border px-3.5 py-2 text-sm peer-checked:border-zinc-900 peer-checked:bg-zinc-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-zinc-900 ${available ? "border-zinc-300" : "border-dashed border-zinc-300 text-zinc-400 line-through"}`}
                    >
                      {value}
                      {!available && <span className="sr-only"> (out of stock)</span>}
                    </span>
                  </label>
                );
              })}
            </div>
          </div>
        ))}
        {/* keyed: a new variant starts with a fresh quantity and no old message */}
        <AddToCart key={variant?.id ?? "none"} variant={variant} describedBy="stock-status" />
        {/* children: extra actions beside the buy box (e.g. the favourites toggle) */}
        {children}
      </div>
    </div>
  );
}
