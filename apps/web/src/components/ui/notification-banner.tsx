import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface NotificationBannerProps {
  tone?: 'important' | 'success';
  title?: string;
  /**
   * "alert" (the default) for something the person did not cause, such as an expired session, so it is
   * announced at once; "status" for a confirmation of what they just did, announced politely.
   */
  role?: 'alert' | 'status';
  /** Moves focus to the banner when it appears, so keyboard and screen reader users land on it. */
  focus?: boolean;
  children: ReactNode;
}

/**
 * A GOV.UK notification banner, shown in answer to something that just happened (a sign-out, a
 * session that expired, a saved change).
 */
export function NotificationBanner({
  tone = 'important',
  title,
  role = 'alert',
  focus = false,
  children,
}: NotificationBannerProps) {
  const titleId = useId();
  const banner = useRef<HTMLDivElement>(null);
  const heading = title ?? (tone === 'success' ? 'Success' : 'Important');

  useEffect(() => {
    if (focus) banner.current?.focus();
  }, [focus]);

  return (
    <div
      ref={banner}
      className={`notification-banner notification-banner--${tone}`}
      role={role}
      aria-labelledby={titleId}
      tabIndex={focus ? -1 : undefined}
    >
      <div className="notification-banner__header">
        <h2 className="notification-banner__title" id={titleId}>
          {heading}
        </h2>
      </div>
      <div className="notification-banner__content">{children}</div>
    </div>
  );
}
