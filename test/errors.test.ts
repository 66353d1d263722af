import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BadUserInputError,
  type BadUserInputReason,
  ConflictError,
  ForbiddenError,
  GraphError,
  NotFoundError,
  QueryTooComplexError,
  UnauthenticatedError,
  UpstreamError,
  upstreamReason,
  VersionConflictError,
} from '../src/errors.js';

// These lines are checked by `npm run typecheck` (tsconfig includes test/): each @ts-expect-error fails the
// typecheck if the compiler ever accepts the reason it marks, so a typo in a reason cannot compile.
function refusedByTheCompiler(): void {
  // @ts-expect-error a typo of INVALID_NHS_NUMBER is not a BAD_USER_INPUT reason
  new BadUserInputError('INVALID_NHS_NUMBR', 'x');
  // @ts-expect-error a FORBIDDEN reason is not a BAD_USER_INPUT reason
  new BadUserInputError('NOT_OWN_RECORD', 'x');
  // @ts-expect-error STALE_VERSION belongs to VERSION_CONFLICT, not CONFLICT
  new ConflictError('x', { reason: 'STALE_VERSION' });
  // @ts-expect-error an unknown FORBIDDEN reason
  new ForbiddenError('x', { reason: 'NOT_ALLOWED' });
  // @ts-expect-error an unknown UNAUTHENTICATED reason
  new UnauthenticatedError('x', 'TOKEN_EXPIRD');
  // @ts-expect-error an unknown QUERY_TOO_COMPLEX reason
  new QueryTooComplexError('x', 'MAX_WIDTH');
  // @ts-expect-error the base class checks the reason against the code it is given
  new GraphError('NOT_FOUND', 'x', { reason: 'WRONG_ANSWER' });
  // @ts-expect-error a string read from an upstream is a reason only once marked with upstreamReason()
  new NotFoundError('x', { reason: String('R-0008') });
}

describe('errors.ts: a reason union per error code', () => {
  it("types each class's reason as its code's union, so an unknown reason is refused by the compiler", () => {
    expectTypeOf(refusedByTheCompiler).toBeFunction();
    expectTypeOf<'INVALID_NHS_NUMBER'>().toExtend<BadUserInputReason>();
    expectTypeOf<'INVALID_NHS_NUMBR'>().not.toExtend<BadUserInputReason>();
    expectTypeOf<ConstructorParameters<typeof VersionConflictError>[1]['reason']>().toEqualTypeOf<'STALE_VERSION' | 'VERSION_REQUIRED'>();
  });

  it("carries the reason it was given to the client in extensions.reason, an upstream's code included", () => {
    expect(new BadUserInputError('INVALID_NHS_NUMBER', 'x').extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_NHS_NUMBER' });
    expect(new ConflictError('x', { reason: 'TOO_LATE_TO_CANCEL' }).extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_LATE_TO_CANCEL' });
    expect(new UpstreamError('x', { reason: upstreamReason('HAPI-2001') }).extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reason: 'HAPI-2001' });
  });
});
