// How much of anything from outside dondoc accepts: one place, as data, so that every
// guard (the chat, the upload page, the list worker) applies the same bounds.

export interface UploadLimits {
  maxBytes: number;
  maxEntries: number;
  maxInflatedBytes: number;
  maxRows: number;
  maxColumns: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: UploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxEntries: 2_000,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxRows: 60_000,
  maxColumns: 60,
  timeoutMs: 60_000,
};
