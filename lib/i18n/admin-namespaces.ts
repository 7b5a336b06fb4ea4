/** Message namespaces the back office's client components read: only admin pages send them to the browser (app/[locale]/admin/layout.tsx). */
export const ADMIN_CLIENT_NAMESPACES = ["adminOrders", "orderStatus", "catalogAdmin", "adminPayments"] as const;
