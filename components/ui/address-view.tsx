import { Fragment, type ReactNode } from "react";
import { addressLines, type PostalAddress } from "@/lib/addresses/format";

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

/** A postal address, one line a row, in an <address> element. */
export function PostalAddressView({ address, phone = true, boldName = false, afterName, className = "not-italic" }: Props) {
  const [name, ...rest] = addressLines(address, { phone });
  return (
    <address className={className}>
      {boldName ? <span className="font-medium">{name}</span> : name}
      {afterName}
      {rest.map((line, i) => (
        <Fragment key={i}>
          <br />
          {line}
        </Fragment>
      ))}
    </address>
  );
}
