import { describe, expect, it } from 'vitest';
import { ApiError, namePath } from './problem';

describe('problem answers', () => {
  it('turns the field a problem names into the form path that shows it', () => {
    expect(namePath('vote.votesFor')).toEqual(['vote', 'votesFor']);
    expect(namePath('attendees[2]')).toEqual(['attendees', 2]);
    expect(namePath('householdIds[0].id')).toEqual(['householdIds', 0, 'id']);
  });

  it('recognises a stale version so the screen offers to reload', () => {
    expect(new ApiError({ status: 409, detail: 'The record was modified by someone else (version 3)' }).isStale).toBe(true);
    expect(new ApiError({ status: 412 }).isStale).toBe(true);
    expect(new ApiError({ status: 409, detail: 'step 3 must come after step 2' }).isStale).toBe(false);
  });

  it('keeps the field errors of a 422', () => {
    const error = new ApiError({ status: 422, errors: [{ field: 'householdId', message: 'unknown in this county' }] });
    expect(error.fieldErrors()).toEqual([{ field: 'householdId', message: 'unknown in this county' }]);
    expect(error.isNetwork).toBe(false);
    expect(new ApiError({ status: 0 }).isNetwork).toBe(true);
  });
});
