// The error the renderer's api client throws when main answers with an error envelope.
import type { ErrorCode, FieldIssue, ApiError as ApiErrorData } from '@shared/api/result';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(error: ApiErrorData) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}
