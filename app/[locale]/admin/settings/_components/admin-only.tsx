import { PageHeader } from "@/components/admin/page-header";

/** What a staff member (not an admin) sees on the settings pages: a refusal that says why and what to do. */
export function AdminOnly() {
  return (
    <>
      <PageHeader title="Settings" />
      <div role="alert" className="max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
        Only an admin can view or change the store settings and shipping rates. Ask an admin if something here needs to change.
      </div>
    </>
  );
}
