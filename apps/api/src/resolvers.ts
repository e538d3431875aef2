import 'reflect-metadata';

import { featureResolvers } from './feature-modules';

/** Every resolver class of the API, from the feature modules (see feature-modules.ts). */
export const RESOLVERS = featureResolvers();
