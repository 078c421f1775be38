/** A number attribute; an empty or missing one is no number, not 0. */
export const optionalNumber = {
  fromAttribute: (v: string | null) => (v === null || v.trim() === '' ? undefined : Number(v)),
  toAttribute: (v: number | undefined) => (v === undefined ? null : String(v)),
};
