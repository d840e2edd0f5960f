import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { TextField } from '../../../components/ui/text-field';
import { WarningText } from '../../../components/ui/warning-text';
import { problemMessage } from '../../../lib/problem-message';
import { useCalendarFeed, useCreateCalendarFeed, useTurnOffCalendarFeed } from '../api/calendar-feed';
import { calendarFeedStatus } from '../notification-list';

type Confirming = 'new-link' | 'turn-off' | null;

/**
 * The person's calendar feed: a secret address their calendar app fetches. The address is shown once,
 * straight after it is created (the server keeps only a hash of it); making a new one, or turning it
 * off, stops the old one working, so both ask first.
 */
export function CalendarFeedSection({ schoolId }: { schoolId: string }) {
  const feed = useCalendarFeed(schoolId);
  const create = useCreateCalendarFeed(schoolId);
  const turnOff = useTurnOffCalendarFeed(schoolId);
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState('');
  const titleId = useId();
  const confirmTitleId = useId();
  const newLink = useRef<HTMLDivElement>(null);
  const confirmPanel = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const newLinkButton = useRef<HTMLButtonElement>(null);
  const turnOffButton = useRef<HTMLButtonElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  const busy = create.isPending || turnOff.isPending;

  useEffect(() => {
    if (confirming) confirmPanel.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (newUrl) newLink.current?.focus();
  }, [newUrl]);

  const createLink = () => {
    if (busy) return;
    setFailure('');
    setSaid('');
    create.mutate(undefined, {
      onSuccess: (answer) => {
        setConfirming(null);
        setNewUrl(answer.url);
      },
      onError: (error) => {
        setFailure(`Sorry, the link was not created. ${problemMessage(error)}`);
      },
    });
  };

  const turnOffLink = () => {
    if (busy) return;
    setFailure('');
    turnOff.mutate(undefined, {
      onSuccess: () => {
        setConfirming(null);
        setNewUrl(null);
        setSaid('Your calendar link is turned off. Calendars that used it no longer show your review dates.');
        status.current?.focus();
      },
      onError: (error) => {
        setFailure(`Sorry, the link was not turned off. ${problemMessage(error)}`);
      },
    });
  };

  const ask = (what: Exclude<Confirming, null>, button: HTMLButtonElement | null) => {
    opener.current = button;
    setSaid('');
    setFailure('');
    setConfirming(what);
  };

  const cancel = () => {
    setConfirming(null);
    // Back to the button that asked, once it is there again.
    requestAnimationFrame(() => opener.current?.focus());
  };

  const copy = () => {
    if (!newUrl) return;
    const fallback = () => {
      urlInput.current?.select();
      setSaid(
        'Your browser did not let us copy it. The link is selected: copy it with your keyboard or menu.',
      );
    };
    if (!navigator.clipboard) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(newUrl).then(() => {
      setSaid('Link copied. Paste it into your calendar app.');
    }, fallback);
  };

  let body;
  if (feed.isPending) body = <Loading label="Loading your calendar link" />;
  else if (feed.isError)
    body = <QueryError error={feed.error} what="your calendar link" onRetry={() => void feed.refetch()} />;
  else {
    const active = feed.data.active;
    body = (
      <>
        {newUrl ? (
          <div className="calendar-feed__new" ref={newLink} tabIndex={-1}>
            <h3 className="heading-s">Your new calendar link</h3>
            <p>
              Copy it now: it is shown only this once. In Outlook, choose “Add calendar”, then “Subscribe from
              web”. In Google Calendar, choose “Other calendars”, then “From URL”.
            </p>
            <WarningText title="Anyone with this link can see your review dates. Do not share it, email it or post it anywhere." />
            <TextField
              ref={urlInput}
              id="calendar-feed-url"
              label="Calendar link"
              className="calendar-feed__url"
              value={newUrl}
              readOnly
              spellCheck={false}
              autoComplete="off"
              onFocus={(event) => {
                event.currentTarget.select();
              }}
            />
            <div className="calendar-feed__actions">
              <Button variant="secondary" onClick={copy}>
                Copy link
              </Button>
            </div>
          </div>
        ) : null}
        <p>{calendarFeedStatus(feed.data)}</p>
        {active && !newUrl ? (
          <p>We show the link only once, when you create it. If you have lost it, create a new one.</p>
        ) : null}
        {!active ? (
          <div className="calendar-feed__actions">
            <Button onClick={createLink} aria-disabled={busy || undefined}>
              Create calendar link
            </Button>
          </div>
        ) : confirming ? (
          <div
            className="calendar-feed__confirm"
            ref={confirmPanel}
            tabIndex={-1}
            role="group"
            aria-labelledby={confirmTitleId}
          >
            <h3 className="heading-s" id={confirmTitleId}>
              {confirming === 'new-link' ? 'Create a new calendar link?' : 'Turn off your calendar link?'}
            </h3>
            <p>
              {confirming === 'new-link'
                ? 'Your current link will stop working. Calendars that use it will stop showing your review dates until you add the new link.'
                : 'Calendars that use your link will stop showing your review dates. You can create a new link at any time.'}
            </p>
            <div className="calendar-feed__actions">
              {confirming === 'new-link' ? (
                <Button onClick={createLink} aria-disabled={busy || undefined}>
                  Yes, create a new link
                </Button>
              ) : (
                <Button variant="warning" onClick={turnOffLink} aria-disabled={busy || undefined}>
                  Yes, turn it off
                </Button>
              )}
              <Button variant="secondary" onClick={cancel}>
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <div className="calendar-feed__actions">
            <Button
              ref={newLinkButton}
              variant="secondary"
              onClick={() => {
                ask('new-link', newLinkButton.current);
              }}
            >
              Create a new link
            </Button>
            <Button
              ref={turnOffButton}
              variant="warning"
              onClick={() => {
                ask('turn-off', turnOffButton.current);
              }}
            >
              Turn off the calendar link
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="calendar-feed" id="calendar-feed" aria-labelledby={titleId}>
      <h2 className="heading-m" id={titleId}>
        Calendar feed
      </h2>
      <p>Add your review dates to Outlook or Google Calendar. Pupils appear by initials only.</p>
      {body}
      {failure ? (
        <p className="error-message" role="alert">
          {failure}
        </p>
      ) : null}
      <p className="notifications-status" role="status" ref={status} tabIndex={-1}>
        {said}
      </p>
    </section>
  );
}
