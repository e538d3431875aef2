/** A refusal of a plain HTTP route: the English text, with the message code and params the admin translates. */
export interface RefusalBody {
  message?: string;
  messageCode?: string;
  params?: unknown;
  fields?: { field: string; code?: string; params?: unknown; message: string }[];
}

/** An Error carrying a refusal's message code and params (`problemOf` reads them). */
export function refusal(body: RefusalBody, fallback: string): Error {
  return Object.assign(new Error(body.message ?? fallback), {
    messageCode: body.messageCode,
    params: body.params,
    fields: body.fields,
  });
}

/** Uploads one file to the API (multipart, same-origin session cookie); throws with the API's message on refusal. */
export async function uploadFile(
  purpose: 'licence-scans' | 'inspection-photos' | 'report-attachments',
  file: File,
): Promise<{ id: string; contentType: string; size: number; originalName: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/files/${purpose}`, { method: 'POST', body: form, credentials: 'same-origin' });
  const body = (await res.json().catch(() => ({}))) as RefusalBody & { id?: string };
  if (!res.ok) throw refusal(body, `Upload failed (${res.status})`);
  return body as { id: string; contentType: string; size: number; originalName: string };
}

export const fileUrl = (id: string) => `/files/${id}`;

export interface UploadedPracticeFile {
  id: string;
  contentType: string;
  size: number;
  originalName: string;
}

/**
 * Attaches a practice video or script to one's own submission. Through XMLHttpRequest rather than fetch so that a
 * phone on a slow link sees how far a video has got.
 */
export function uploadPracticeFile(
  submissionId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<UploadedPracticeFile> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/files/practice/${encodeURIComponent(submissionId)}`);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: RefusalBody & Partial<UploadedPracticeFile> = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON: the status says enough */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as UploadedPracticeFile);
      else reject(refusal(body, `Upload failed (${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error('Upload failed'));
    xhr.send(form);
  });
}

export const formatBytes = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
