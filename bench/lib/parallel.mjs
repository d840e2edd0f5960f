/** Runs fn over items with at most `limit` at a time; results in the items' order. */
export async function inParallel(items, limit, fn) {
  const results = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (i < items.length) {
        const index = i++;
        results[index] = await fn(items[index]);
      }
    }),
  );
  return results;
}
