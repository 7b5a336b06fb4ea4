"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Section, smallButton } from "./section";

type Image = { id: string; url: string; alt: string };

/** The product's pictures in order, each with its alt text; move, delete, and add more. Changes apply on Save. */
export function ImageFields({ images, error, maxMb }: { images: Image[]; error?: string; maxMb: number }) {
  const t = useTranslations("adminProducts.form");
  const [list, setList] = useState(images);
  const move = (i: number, by: number) => {
    const next = [...list];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    setList(next);
  };
  return (
    <Section title={t("pictures")} description={t("picturesHint")}>
      {list.length > 0 && (
        <ol className="space-y-3" aria-label={t("currentImages")}>
          {list.map((img, i) => (
            <li key={img.id} className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 p-3">
              <input type="hidden" name={`images.${i}.id`} value={img.id} />
              <input type="hidden" name={`images.${i}.url`} value={img.url} />
              <img src={img.url} alt="" width={64} height={64} className="h-16 w-16 rounded object-cover" />
              <div className="min-w-48 flex-1 space-y-1">
                <label htmlFor={`images.${i}.alt`} className="block text-sm font-medium">
                  {t("altText", { number: i + 1 })}
                </label>
                <input
                  id={`images.${i}.alt`}
                  name={`images.${i}.alt`}
                  defaultValue={img.alt}
                  maxLength={300}
                  onChange={(e) => setList(list.map((x) => (x.id === img.id ? { ...x, alt: e.currentTarget.value } : x)))}
                  className="w-full rounded-lg border border-zinc-400 px-3 py-1.5"
                />
              </div>
              <div className="flex gap-2">
                <button type="button" className={smallButton} disabled={i === 0} onClick={() => move(i, -1)}>
                  {t("moveUp", { number: i + 1 })}
                </button>
                <button type="button" className={smallButton} disabled={i === list.length - 1} onClick={() => move(i, 1)}>
                  {t("moveDown", { number: i + 1 })}
                </button>
                <button
                  type="button"
                  className={`${smallButton} text-rose-700`}
                  onClick={() => setList(list.filter((x) => x.id !== img.id))}
                >
                  {t("deleteImage", { number: i + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="space-y-1">
        <label htmlFor="images" className="block text-sm font-medium">
          {t("images")}
        </label>
        <input
          id="images"
          name="images"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/avif"
          aria-describedby={`images-hint${error ? " images-error" : ""}`}
          aria-invalid={error ? true : undefined}
          className="block text-sm file:mr-3 file:rounded-lg file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5"
        />
        <p id="images-hint" className="text-xs text-zinc-600">
          {t("imagesHint", { maxMb })}
        </p>
        {error && (
          <p id="images-error" className="text-sm text-rose-700">
            {error}
          </p>
        )}
      </div>
    </Section>
  );
}
