import type { PupilRef } from '@sendreg/contracts';
import { useId, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { formText } from '../../../utils/form-text';
import { usePassports } from '../api/get-passport';
import { useMyPassports } from '../api/get-my-passports';
import { usePassportCoverage, useSchoolClasses } from '../api/passport-coverage';
import { PassportSheet } from '../components/passport-sheet';
import { classNames, classPackPupils, pagesSentence } from '../passport-lists';
import { pageShare } from '../print-fit';
import '../passports.css';

/** Every current passport of a class's pupils, one printed A4 page each. */
function Pack({ schoolId, className, pupils }: { schoolId: string; className: string; pupils: PupilRef[] }) {
  const titleId = useId();
  const passports = usePassports(
    schoolId,
    pupils.map((pupil) => pupil.id),
  );
  const loading = passports.filter((query) => query.isPending).length;
  const failed = passports.filter((query) => query.isError);
  const sheets = passports.flatMap((query) =>
    query.data?.current ? [{ pupil: query.data.pupil, version: query.data.current }] : [],
  );
  const pagesEach = sheets.map(({ version }) =>
    Math.ceil(
      pageShare(version.content, { photo: version.photoId !== null, changeNote: version.changeNote }),
    ),
  );

  if (pupils.length === 0) {
    return (
      <EmptyState title={`No pupils in ${className} have a published passport`}>
        <p>
          Passports appear in a class pack once the SENCO publishes them. Choose another class, or try again
          later.
        </p>
      </EmptyState>
    );
  }
  return (
    <section className="passport-pack-section" aria-labelledby={titleId}>
      <div className="passport-pack__controls">
        <h2 className="heading-m" id={titleId}>
          Class {className}: {pupils.length} {pupils.length === 1 ? 'passport' : 'passports'}
        </h2>
        <p>
          {pagesSentence(loading > 0 ? pupils.map(() => 1) : pagesEach)} Each passport starts on a new page.
        </p>
        <Button
          onClick={() => {
            if (loading === 0) window.print();
          }}
          aria-disabled={loading > 0 || undefined}
        >
          Print the class pack
        </Button>
        <p role="status" className="passport-pack__status">
          {loading > 0 ? `Loading ${String(loading)} of ${String(pupils.length)} passports…` : ''}
        </p>
        {failed.length ? (
          <QueryError
            error={failed[0]?.error}
            what={failed.length === 1 ? 'one of the passports' : `${String(failed.length)} of the passports`}
            onRetry={() => {
              for (const query of failed) void query.refetch();
            }}
          />
        ) : null}
      </div>
      <div className="passport-print passport-pack">
        {sheets.map(({ pupil, version }) => (
          <PassportSheet key={pupil.id} schoolId={schoolId} pupil={pupil} version={version} level="pack" />
        ))}
      </div>
    </section>
  );
}

/**
 * A class pack (passport.read): the current passports of a class's pupils, to print for a supply
 * teacher or a new TA. Teachers and TAs choose from the classes of their own pupils; the SENCO and
 * head from every class. The class (not a pupil) is in the URL, so the pack can be reopened.
 */
export function ClassPackPage() {
  const school = useSchool();
  const [search, setSearch] = useSearchParams();
  const wholeSchool = meets(school.grants, { permission: 'passport.read', scope: 'all' });
  const classes = useSchoolClasses(school.schoolId, { enabled: wholeSchool });
  const coverage = usePassportCoverage(school.schoolId, { enabled: wholeSchool });
  const mine = useMyPassports(school.schoolId, { enabled: !wholeSchool });
  const root = `/schools/${encodeURIComponent(school.schoolId)}`;
  const chosen = search.get('class')?.trim() ?? '';

  const choose = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = formText(new FormData(event.currentTarget), 'class');
    setSearch(name ? { class: name } : {});
  };

  const optionsQuery = wholeSchool ? classes : mine;
  const pupilsQuery = wholeSchool ? coverage : mine;
  const options = wholeSchool
    ? classNames(classes.data?.items.map((schoolClass) => schoolClass.name) ?? [])
    : classNames(mine.data?.items.map((item) => item.pupil.className) ?? []);
  const entries = wholeSchool
    ? (coverage.data?.pupils.map((row) => ({ pupil: row.pupil, hasPassport: true })) ?? [])
    : (mine.data?.items.map((item) => ({ pupil: item.pupil, hasPassport: item.current !== null })) ?? []);

  let body;
  if (optionsQuery.isPending) body = <Loading label="Loading the classes" />;
  else if (optionsQuery.isError)
    body = (
      <QueryError error={optionsQuery.error} what="the classes" onRetry={() => void optionsQuery.refetch()} />
    );
  else if (options.length === 0)
    body = (
      <EmptyState
        title={wholeSchool ? 'The school has no classes yet' : 'You have no pupils with a class yet'}
      >
        <p>
          {wholeSchool
            ? 'Classes appear here once the school administrator adds them or imports pupils.'
            : 'Class packs list the classes of the pupils you work with. Ask the school administrator if yours is missing.'}
        </p>
      </EmptyState>
    );
  else {
    const known = options.includes(chosen);
    body = (
      <>
        <form key={chosen} className="filters filters--compact passport-pack__choose" onSubmit={choose}>
          <SelectField id="class" name="class" label="Class" defaultValue={known ? chosen : ''}>
            <option value="">Choose a class</option>
            {options.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </SelectField>
          <div className="filters__actions">
            <Button type="submit" variant="secondary">
              Show passports
            </Button>
          </div>
        </form>
        {!known ? (
          chosen ? (
            <p>There is no class {chosen} to choose. Choose one of the classes in the list.</p>
          ) : null
        ) : pupilsQuery.isPending ? (
          <Loading label="Loading the class’s passports" />
        ) : pupilsQuery.isError ? (
          <QueryError
            error={pupilsQuery.error}
            what="the passports"
            onRetry={() => void pupilsQuery.refetch()}
          />
        ) : (
          <Pack schoolId={school.schoolId} className={chosen} pupils={classPackPupils(entries, chosen)} />
        )}
      </>
    );
  }

  return (
    <div className="passport-class-pack">
      <BackLink to={`${root}/${wholeSchool ? 'passports' : 'my-passports'}`}>Back to passports</BackLink>
      <PageHeading title="Class pack of passports" caption={school.schoolName} />
      <p className="lead">
        Every current passport of a class&rsquo;s pupils, each on its own A4 page: for a supply teacher, a new
        teaching assistant or a trip.
      </p>
      {body}
    </div>
  );
}
