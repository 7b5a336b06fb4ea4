/** The forms' picture uploads (app/api/admin/pictures/[kind]); runs in the browser. */
export type PictureKind = "product" | "banner";

export type PictureUpload = { ok: true; url: string } | { ok: false; error: string };

/** Sends one picture as the raw file; the answer is where it is stored or why it was refused. */
export async function uploadPicture(kind: PictureKind, file: File): Promise<PictureUpload> {
  let res: Response;
  try {
    res = await fetch(`/api/admin/pictures/${kind}?name=${encodeURIComponent(file.name)}`, {
      method: "POST",
      body: file,
      headers: { "Content-Type": file.type || "application/octet-stream" },
    });
  } catch {
    return { ok: false, error: `${file.name} could not be sent: check the connection and try again.` };
  }
  const body = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
  if (res.ok && body.url) return { ok: true, url: body.url };
  return { ok: false, error: body.error ?? `${file.name} could not be uploaded: try again.` };
}
