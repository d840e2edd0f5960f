/** Joins the ids of hint and error messages for aria-describedby, or nothing when there are none. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length ? present.join(' ') : undefined;
}
