/** Where a figure comes from: the platform's export, typed in by hand, or an estimate. */
export const Provenance = { PLATFORM_EXPORT: 'PLATFORM_EXPORT', MANUAL: 'MANUAL', ESTIMATE: 'ESTIMATE' } as const;
export type Provenance = (typeof Provenance)[keyof typeof Provenance];

const STRENGTH: Record<Provenance, number> = { PLATFORM_EXPORT: 0, MANUAL: 1, ESTIMATE: 2 };
/** A figure computed from others is only as trustworthy as the weakest of them. */
export function weakest(...ps: Provenance[]): Provenance {
  return ps.reduce((w, p) => (STRENGTH[p] > STRENGTH[w] ? p : w), Provenance.PLATFORM_EXPORT);
}

/** How many of a figure's records came from each source. */
export type ProvenanceMix = Record<Provenance, number>;

export const emptyMix = (): ProvenanceMix => ({ PLATFORM_EXPORT: 0, MANUAL: 0, ESTIMATE: 0 });

/** The weakest provenance present in a mix (PLATFORM_EXPORT when nothing was recorded). */
export function mixProvenance(mix: ProvenanceMix): Provenance {
  return weakest(...(Object.keys(mix) as Provenance[]).filter((p) => mix[p] > 0));
}
