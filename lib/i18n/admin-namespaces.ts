/** Message namespaces the back office's client components read: only admin pages send them to the browser (app/[locale]/admin/layout.tsx). */
export const ADMIN_CLIENT_NAMESPACES = [
  "adminOrders",
  "orderStatus",
  "catalogAdmin",
  "adminCustomers",
  "adminReviews",
  "adminQuestions",
  "adminReturns",
  "adminPromotions",
  "adminCoupons",
  "adminContent",
  "adminSettings",
  "adminProducts",
  "adminInventory",
  "adminCatalog",
  "adminAlerts",
  "adminPayments",
] as const;
