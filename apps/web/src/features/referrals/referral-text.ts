import {
  DOCUMENT_MEDIA_TYPES,
  REFERRAL_STATUS_LABELS,
  type DocumentMediaType,
  type ReferralStatus,
} from '@sendreg/contracts';
import type { TagColour } from '../../components/ui/tag';

const n = (value: number) => value.toLocaleString('en-GB');

export function plural(count: number, one: string, many: string): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}

/**
 * How long a referral has waited, as a SENCO says it when chasing a list: days for the first two
 * weeks ("Today", "1 day", "9 days"), then whole weeks ("23 weeks").
 */
export function waitingText(days: number): string {
  if (days <= 0) return 'Today';
  if (days < 14) return plural(days, 'day', 'days');
  return plural(Math.floor(days / 7), 'week', 'weeks');
}

export function statusLabel(status: ReferralStatus): string {
  return REFERRAL_STATUS_LABELS[status];
}

/** A colour for each status, always shown with its words (never colour alone). */
export function statusColour(status: ReferralStatus): TagColour {
  switch (status) {
    case 'waiting':
      return 'yellow';
    case 'accepted':
    case 'assessed':
      return 'blue';
    case 'report-received':
      return 'green';
    case 'declined':
      return 'red';
    case 'closed':
      return 'grey';
  }
}

/** "340 KB", "1.2 MB": the size of a file as people read it. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1_000) return plural(bytes, 'byte', 'bytes');
  if (bytes < 1_000_000) return `${n(Math.round(bytes / 1_000))} KB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(1) : n(Math.round(mb))} MB`;
}

export function mediaTypeLabel(mediaType: DocumentMediaType): string {
  return DOCUMENT_MEDIA_TYPES[mediaType].label;
}

/** "2 recommendations added to the support plan strategies". */
export function copiedText(count: number): string {
  return `${plural(count, 'recommendation', 'recommendations')} added to the support plan strategies`;
}
