import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Price } from "@/components/ui/price";
import type { ProductCard as Card } from "@/lib/catalog/types";

/** Heading level of a card's title: 2 when the cards sit right under the page's h1, 3 under a section's h2. */
export type CardHeadingLevel = 2 | 3;

export function ProductCard({
  product,
  priority = false,
  headingLevel = 3,
}: {
  product: Card;
  priority?: boolean;
  headingLevel?: CardHeadingLevel;
}) {
  const t = useTranslations("product.stock");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="group relative flex flex-col gap-2">
      <div className="aspect-square overflow-hidden rounded-xl bg-zinc-100">
        {product.image && (
          <img
            src={product.image.url}
            alt=""
            width={product.image.width}
            height={product.image.height}
            loading={priority ? "eager" : "lazy"}
            fetchPriority={priority ? "high" : undefined}
            className="h-full w-full object-cover transition group-hover:scale-[1.03]"
          />
        )}
      </div>
      <div className="flex flex-col gap-0.5">
        {product.brand && <p className="text-xs uppercase tracking-wide text-zinc-500">{product.brand}</p>}
        <Heading className="line-clamp-2 text-sm font-medium">
          <Link href={`/p/${product.slug}`} className="after:absolute after:inset-0">
            {product.title}
          </Link>
        </Heading>
        <Price price={product.price} compareAt={product.compareAt} from={product.priceVaries} />
        {!product.inStock &&
          (product.preorder ? (
            <p className="text-xs font-medium text-sky-800">{t("preorderShort")}</p>
          ) : (
            <p className="text-xs font-medium text-zinc-500">{t("out")}</p>
          ))}
      </div>
    </article>
  );
}
