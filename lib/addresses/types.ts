/** A saved address as pages and the checkout see it. */
export type AddressView = {
  id: number;
  fullName: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
  phone: string;
  isDefault: boolean;
};
