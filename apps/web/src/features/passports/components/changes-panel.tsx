import { PASSPORT_SECTIONS } from '@sendreg/contracts';
import { useId, type MouseEvent } from 'react';
import { formatDate } from '../../../utils/format-date';
import type { ChangesSinceRead } from '../passport-changes';
import { sectionAnchorId } from './passport-sheet';

function goToSection(event: MouseEvent<HTMLAnchorElement>, key: string) {
  const heading = document.getElementById(sectionAnchorId(key));
  if (!heading) return;
  // Move focus ourselves: the router owns the URL, and a bare hash change would drop the page's state.
  event.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** First thing a returning reader sees: the versions since theirs, their change notes, and where to look. */
export function ChangesPanel({ changes }: { changes: ChangesSinceRead }) {
  const titleId = useId();
  const labels = new Map(PASSPORT_SECTIONS.map((section) => [section.key, section.label]));
  return (
    <section className="passport-changes" aria-labelledby={titleId}>
      <h2 className="passport-changes__title" id={titleId}>
        What changed since you last read it (version {changes.lastReadNumber})
      </h2>
      {changes.notes.length ? (
        <ul className="list passport-changes__notes">
          {changes.notes.map((note) => (
            <li key={note.number}>
              <strong>Version {note.number}</strong>, {formatDate(note.publishedAt)}: {note.changeNote}
            </li>
          ))}
        </ul>
      ) : null}
      {changes.changedKeys.length ? (
        <>
          <p className="passport-changes__lead">
            {changes.changedKeys.length === 1 ? 'This section changed' : 'These sections changed'}. Each is
            marked &ldquo;Changed&rdquo;, with what it said before.
          </p>
          <ul className="list list--bullet">
            {changes.changedKeys.map((key) => (
              <li key={key}>
                <a
                  href={`#${sectionAnchorId(key)}`}
                  onClick={(event) => {
                    goToSection(event, key);
                  }}
                >
                  {labels.get(key) ?? key}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="passport-changes__lead">The words are the same as in the version you read.</p>
      )}
    </section>
  );
}
