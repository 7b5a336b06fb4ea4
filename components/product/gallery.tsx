"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImageView } from "@/lib/catalog/types";

/** Main picture with thumbnails; follows the chosen variant's picture when it has one. */
export function Gallery({ images, variantId, title }: { images: ImageView[]; variantId: number | null; title: string }) {
  const pictureOf = (id: number | null) => images.findIndex((img) => img.variantId !== null && img.variantId === id);
  const t = useTranslations("product.gallery");
  const [index, setIndex] = useState(() => Math.max(0, pictureOf(variantId)));
  // A newly chosen variant shows its own picture (set while rendering, so there is no extra render pass).
  const [followed, setFollowed] = useState(variantId);
  if (followed !== variantId) {
    setFollowed(variantId);
    const i = pictureOf(variantId);
    if (i >= 0) setIndex(i);
  }

  const current = images[index] ?? images[0];
  if (!current) return <div className="aspect-square rounded-2xl bg-zinc-100" />;
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div className="aspect-square overflow-hidden rounded-2xl bg-zinc-100">
        <img
          src={current.url}
          alt={current.alt || title}
          width={current.width}
          height={current.height}
          // The page's largest picture (its LCP): fetched before the rest.
          fetchPriority="high"
          className="h-full w-full object-cover"
        />
      </div>
      {images.length > 1 && (
        <ul className="flex gap-2 overflow-x-auto" aria-label={t("pictures")}>
          {images.map((img, i) => (
            <li key={img.url} className="flex-none">
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-label={t("showPicture", { index: i + 1, total: images.length })}
                aria-pressed={i === index}
                className={`block h-16 w-16 overflow-hidden rounded-lg border-2 sm:h-20 sm:w-20 ${i === index ? "border-zinc-900" : "border-transparent"}`}
              >
                <img src={img.url} alt="" width={80} height={80} loading="lazy" className="h-full w-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
