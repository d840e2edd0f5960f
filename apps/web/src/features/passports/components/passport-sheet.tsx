import {
  PASSPORT_SECTIONS,
  yearGroupLabel,
  type PassportContent,
  type PassportSection,
  type PassportVersion,
  type PupilRef,
} from '@sendreg/contracts';
import { useId } from 'react';
import { Tag } from '../../../components/ui/tag';
import { formatDate } from '../../../utils/format-date';
import { sectionItems, sectionText } from '../passport-content';
import { PassportPhoto } from './passport-photo';

/** The id of a section on the passport page, for the links of "What changed". */
export function sectionAnchorId(key: string): string {
  return `passport-section-${key}`;
}

function SectionWords({ section, content }: { section: PassportSection; content: PassportContent | null }) {
  if (section.kind === 'list') {
    const items = sectionItems(content, section.key);
    if (items.length === 0) return <p className="passport-section__empty">Nothing written yet.</p>;
    return (
      <ul className="passport-section__list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  }
  const text = sectionText(content, section.key).trim();
  if (text === '') return <p className="passport-section__empty">Nothing written yet.</p>;
  return <p className="passport-section__text pre-line">{text}</p>;
}

function SheetSection({
  section,
  content,
  heading: Heading,
  anchors,
  previous,
}: {
  section: PassportSection;
  content: PassportContent;
  heading: 'h2' | 'h3';
  anchors: boolean;
  /** The words of the version the reader last read, when this section changed since. */
  previous: PassportContent | undefined;
}) {
  const classes = [
    'passport-section',
    `passport-section--${section.kind}`,
    previous ? 'passport-section--changed' : null,
  ];
  return (
    <section className={classes.filter(Boolean).join(' ')}>
      <Heading
        className="passport-section__title"
        id={anchors ? sectionAnchorId(section.key) : undefined}
        tabIndex={anchors ? -1 : undefined}
      >
        {section.label}
        {previous ? (
          <>
            <span className="visually-hidden">, </span> <Tag colour="yellow">Changed</Tag>
          </>
        ) : null}
      </Heading>
      <SectionWords section={section} content={content} />
      {previous ? (
        <details className="details passport-section__before">
          <summary className="details__summary">What it said before</summary>
          <div className="passport-section__previous">
            <SectionWords section={section} content={previous} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

export interface PassportSheetProps {
  schoolId: string;
  pupil: PupilRef;
  version: PassportVersion;
  /**
   * 'page': the passport page, whose h1 names the pupil, so the name here is not a heading, sections
   * are h2 and can be linked to. 'pack': one of many in a class pack, named by an h2, sections h3.
   */
  level: 'page' | 'pack';
  /** Sections that changed since the reader last read, with the words they read then. */
  changes?: { keys: readonly string[]; previous: PassportContent } | null;
}

/** "Version 3, published 4 March 2025 by Sam Patel: Added ear defenders for assemblies." */
export function versionLine(version: PassportVersion): string {
  const by = version.publishedBy ? ` by ${version.publishedBy.displayName}` : '';
  const note = version.changeNote.trim();
  return `Version ${String(version.number)}, published ${formatDate(version.publishedAt)}${by}${note ? `: ${note}` : ''}`;
}

/**
 * A pupil passport as one page: photo and name, the sections in their order in two columns with the
 * list sections ("How to help me") across the page and set off, and the version it is. The same sheet
 * is the passport page, its printout and each page of a class pack (see passports.css).
 */
export function PassportSheet({ schoolId, pupil, version, level, changes }: PassportSheetProps) {
  const nameId = useId();
  const Name = level === 'page' ? 'p' : 'h2';
  const sectionHeading = level === 'page' ? 'h2' : 'h3';
  const about = [
    pupil.yearGroup ? yearGroupLabel(pupil.yearGroup) : null,
    pupil.className ? `class ${pupil.className}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="passport-sheet" aria-labelledby={nameId}>
      <div className="passport-sheet__header">
        {version.photoId ? (
          <PassportPhoto
            schoolId={schoolId}
            pupilId={pupil.id}
            photoId={version.photoId}
            name={pupil.name}
            className="passport-sheet__photo"
          />
        ) : null}
        <div className="passport-sheet__who">
          <p className="passport-sheet__kind">Pupil passport</p>
          <Name className="passport-sheet__name" id={nameId}>
            {pupil.name}
          </Name>
          {about ? (
            <p className="passport-sheet__about">{about.charAt(0).toUpperCase() + about.slice(1)}</p>
          ) : null}
        </div>
      </div>
      <div className="passport-sheet__sections">
        {PASSPORT_SECTIONS.map((section) => (
          <SheetSection
            key={section.key}
            section={section}
            content={version.content}
            heading={sectionHeading}
            anchors={level === 'page'}
            previous={changes?.keys.includes(section.key) ? changes.previous : undefined}
          />
        ))}
      </div>
      <p className="passport-sheet__version">{versionLine(version)}</p>
    </article>
  );
}
