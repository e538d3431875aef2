import { z } from './z';

/**
 * A link a user stores and others open (a submission's links, a session's script): http or https only, so a
 * `javascript:` or `data:` link can never be saved and clicked by someone else. Every URL field uses it.
 */
export const webLinkSchema = z
  .url({ protocol: /^https?$/, error: 'common.enterWebLinkStartingHttp' })
  .max(500, 'common.most500Characters');
