import type { Request, Response } from 'express';

import type { Actor } from '../auth/actor';
import type { Loaders } from './loaders';

/** Built once per HTTP request: who is calling, and DataLoaders that belong to this request only. */
export interface GqlContext {
  req: Request;
  res: Response;
  actor: Actor | null;
  loaders: Loaders;
}
