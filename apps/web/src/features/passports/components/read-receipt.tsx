import { useEffect, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../lib/problem-message';
import { formatDate } from '../../../utils/format-date';
import { useConfirmPassportRead } from '../api/passport-writes';

export interface ReadReceiptProps {
  schoolId: string;
  pupilId: string;
  /** The current version's number. */
  number: number;
  /** The caller's latest receipt. */
  lastRead: { number: number; readAt: string } | null;
}

export function confirmedSentence(receipt: { number: number; readAt: string }): string {
  return `You confirmed reading version ${String(receipt.number)} on ${formatDate(receipt.readAt)}.`;
}

/**
 * "I have read this passport": a teacher or TA confirms they have read the current version, so the
 * SENCO knows who has. Once confirmed, it says so, with the date.
 */
export function ReadReceipt({ schoolId, pupilId, number, lastRead }: ReadReceiptProps) {
  const confirm = useConfirmPassportRead(schoolId, pupilId);
  const done = useRef<HTMLDivElement>(null);
  const justConfirmed = confirm.isSuccess;

  useEffect(() => {
    if (justConfirmed) done.current?.focus();
  }, [justConfirmed]);

  if (lastRead && lastRead.number >= number) {
    return (
      <div
        className="passport-receipt passport-receipt--done"
        ref={done}
        tabIndex={justConfirmed ? -1 : undefined}
        role={justConfirmed ? 'status' : undefined}
      >
        <p className="passport-receipt__title">
          <span className="passport-receipt__tick" aria-hidden="true">
            ✓
          </span>{' '}
          {confirmedSentence(lastRead)}
        </p>
        {justConfirmed ? <p>Thank you. The SENCO can see that you have read it.</p> : null}
      </div>
    );
  }
  return (
    <div className="passport-receipt">
      <h2 className="heading-m passport-receipt__heading">Have you read this passport?</h2>
      <p>
        Confirm once you have read version {number}, so the SENCO knows the adults who work with this pupil
        have read it.
      </p>
      <Button
        onClick={() => {
          if (!confirm.isPending) confirm.mutate(number);
        }}
        aria-disabled={confirm.isPending || undefined}
      >
        I have read this passport
      </Button>
      <p role="status" className="passport-receipt__status">
        {confirm.isPending
          ? 'Saving…'
          : confirm.isError
            ? `Sorry, that did not save. ${problemMessage(confirm.error)}`
            : ''}
      </p>
    </div>
  );
}
