/** A dash for sighted readers, words for screen readers: an empty cell would say nothing. */
export function None({ words }: { words: string }) {
  return (
    <span className="secondary-text">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
