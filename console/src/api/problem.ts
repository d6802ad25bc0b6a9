/** An RFC 9457 problem as the services answer it, with the platform's field-errors extension. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

/** A failed call: `status` 0 means the network did not answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** A 409 on an out-of-date version: the screen offers to reload rather than to retry blindly. */
  get isStale(): boolean {
    const text = `${this.problem.type ?? ''} ${this.problem.title ?? ''} ${this.problem.detail ?? ''}`.toLowerCase();
    return this.status === 412 || (this.status === 409 && /version|modified|stale|changed/.test(text));
  }

  fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** `vote.votesFor` → ['vote', 'votesFor'], `attendees[2]` → ['attendees', 2]: Ant Design's name paths. */
export function namePath(field: string): (string | number)[] {
  return field
    .split(/\.|\[|\]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
