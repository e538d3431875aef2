/** Uploads one file to the API (multipart, same-origin session cookie); throws with the API's message on refusal. */
export async function uploadFile(purpose: 'licence-scans' | 'inspection-photos' | 'report-attachments', file: File): Promise<{ id: string; contentType: string; size: number; originalName: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/files/${purpose}`, { method: 'POST', body: form, credentials: 'same-origin' });
  const body = (await res.json().catch(() => ({}))) as { message?: string; id?: string };
  if (!res.ok) throw new Error(body.message ?? `Upload failed (${res.status})`);
  return body as { id: string; contentType: string; size: number; originalName: string };
}

export const fileUrl = (id: string) => `/files/${id}`;
