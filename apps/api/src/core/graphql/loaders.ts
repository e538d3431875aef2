import type { PrismaClient } from '@grassroots/db';

import type { Actor } from '../auth/actor';

/** What a module's loaders are made from: the database client and the signed-in user of one request. */
export interface LoaderContext {
  prisma: PrismaClient;
  /** The signed-in user; throws when a loader is used without one (the policy guard has refused anonymous calls). */
  actor: () => Actor;
}

/**
 * The request's DataLoaders, by name. Empty here: each module declares its own (declaration merging, in its
 * `<module>.loaders.ts`) and registers how they are made with `registerLoaders`, so core assembles them without
 * importing any module (dependencies point one way). One batched query per relation per request (no N+1); made per
 * request with the caller's identity, so every loader applies the caller's ownership scope and nothing is cached
 * across users.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

type Factory = (c: LoaderContext) => unknown;
const factories = new Map<string, Factory>();
let prototype: object | null = null;

/** Registers a module's loaders under their names (at import time, before the first request). */
export function registerLoaders<K extends keyof Loaders>(made: { [P in K]: (c: LoaderContext) => Loaders[P] }): void {
  if (prototype)
    throw new Error('registerLoaders after the first request: register loaders where the module is defined');
  for (const [name, factory] of Object.entries(made) as [string, Factory][]) {
    if (factories.has(name)) throw new Error(`Loaders "${name}" registered twice`);
    factories.set(name, factory);
  }
}

interface LoaderSet {
  readonly context: LoaderContext;
  readonly made: Map<string, unknown>;
}

/** The request's loaders: each made on first use, from the factories the modules registered. */
export function createLoaders(prisma: PrismaClient, actor: Actor | null): Loaders {
  if (!prototype) {
    prototype = {};
    for (const [name, factory] of factories) {
      Object.defineProperty(prototype, name, {
        get(this: LoaderSet) {
          if (!this.made.has(name)) this.made.set(name, factory(this.context));
          return this.made.get(name);
        },
      });
    }
  }
  const set: LoaderSet = {
    context: {
      prisma,
      actor: () => {
        if (!actor) throw new Error('Loaders used without a signed-in user');
        return actor;
      },
    },
    made: new Map(),
  };
  return Object.assign(Object.create(prototype) as object, set) as unknown as Loaders;
}
