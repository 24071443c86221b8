/** The file does not exist, or the server answered with something that is not JSON. */
export class NotFoundError extends Error {
  /**
   * Travels with a prerendered page's state (errors become plain objects in JSON): the browser
   * revives it (src/app/revive-state.ts), and build:pages tells a missing part from a broken
   * one by it.
   */
  readonly kind = 'not-found';
  constructor(readonly path: string) {
    super(`Không tìm thấy ${path}`);
  }
}

/** The file is JSON but does not follow the contract. */
export class InvalidDataError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`Dữ liệu ${path} không hợp lệ: ${detail}`);
  }
}

/** 5xx or the network failed: worth trying again. */
export class FetchFailedError extends Error {
  constructor(
    readonly path: string,
    readonly status?: number,
  ) {
    super(status ? `Máy chủ trả lỗi ${status} cho ${path}` : `Không kết nối được để tải ${path}`);
  }
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}

export function isRetryable(error: unknown): boolean {
  return error instanceof FetchFailedError;
}

/**
 * Whether a message should offer "Thử lại": everything but the final answers (missing, broken
 * data) — a 5xx, a dropped connection, a page chunk that failed to download, a crash.
 */
export function offersRetry(error: unknown): boolean {
  return !(error instanceof NotFoundError || error instanceof InvalidDataError);
}
