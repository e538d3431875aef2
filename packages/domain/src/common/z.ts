import { z } from 'zod';

/**
 * zod, configured once for the whole domain: a missing value reads `common.fieldRequired` ("This field is required") (in admin forms
 * and API errors alike), not zod's type jargon. Every schema here imports z from this module.
 */
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'common.fieldRequired' : undefined,
});

export { z };
