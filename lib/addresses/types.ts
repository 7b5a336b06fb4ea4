/** A saved address as pages and the checkout see it. */
export type AddressView = {
  id: number;
  fullName: string;
  line1: string;
  /** China: province, city and district names and the district's code (regionCode); elsewhere "", "", null. */
  province: string;
  city: string;
  district: string;
  regionCode: string | null;
  postalCode: string;
  country: string;
  phone: string;
  isDefault: boolean;
};
