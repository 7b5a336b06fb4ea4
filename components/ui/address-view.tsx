import { useLocale } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { addressParts, type PostalAddress } from "@/lib/addresses/format";

type Props = {
  address: PostalAddress;
  /** Print the phone under the address (default), or leave it out where the page shows it elsewhere. */
  phone?: boolean;
  /** Set the name in bold (an address card) rather than as plain text (an order's delivery block). */
  boldName?: boolean;
  /** Shown right after the name, e.g. a "Default" badge. */
  afterName?: ReactNode;
  className?: string;
};

/** A postal address, one line a row in the country's order (lib/addresses/format), in an <address> element. */
export function PostalAddressView({ address, phone = true, boldName = false, afterName, className = "not-italic" }: Props) {
  const locale = useLocale();
  return (
    <address className={className}>
      {addressParts(address, { phone, locale }).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {part.kind === "name" && boldName ? <span className="font-medium">{part.text}</span> : part.text}
          {part.kind === "name" && afterName}
        </Fragment>
      ))}
    </address>
  );
}
