import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { fixtureTrust, signIn, withFixtureApp } from '../testing/fixture';
import { MailScheduler } from './mail-scheduler';
import { MailerService } from './mailer.service';
import { client, writeMessage } from './testing/notifications-fixture';

interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
  autoSubmitted: unknown;
}

/** Every pupil's forename and surname in the fixture: none may appear in an email. */
const PUPIL_NAMES = fixtureTrust().schools.flatMap((s) =>
  s.pupils.flatMap((p) => [p.legalForename, p.legalSurname]),
);

/** A real SMTP server in this process, on a port the system chooses; it can be told to refuse. */
function smtpServer() {
  const received: Received[] = [];
  const state = { refuse: false, server: null as SMTPServer | null, port: 0 };
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.refuse) {
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            // The parser ends the text with the line break that closes the MIME part.
            text: (mail.text ?? '').replace(/\n$/, ''),
            autoSubmitted: mail.headers.get('auto-submitted'),
          });
          callback();
        }, callback);
      });
    },
  });
  state.server = server;
  return {
    received,
    state,
    start: () =>
      new Promise<number>((resolve) => {
        server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const MINUTE = 60_000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('notification emails over SMTP', () => {
  const smtp = smtpServer();
  const env: Record<string, string> = {
    SMTP_HOST: '127.0.0.1',
    SMTP_FROM: 'SEND Register <no-reply@send.example>',
    PUBLIC_URL: 'https://send.example',
  };
  beforeAll(async () => {
    env.SMTP_PORT = String(await smtp.start());
  });
  afterAll(() => smtp.stop());
  const ctx = withFixtureApp(env);
  const mailer = () => ctx.t.app.get(MailerService);
  const user = (email: string) => ctx.f.users[email]!;
  const row = async (id: string) =>
    (
      (await ctx.t.dataSource.query(
        `SELECT emailed_at, email_attempts, next_attempt_at, next_attempt_at = 'infinity' AS "givenUp", last_error
           FROM outbox_messages WHERE id = $1`,
        [id],
      )) as {
        emailed_at: Date | null;
        email_attempts: number;
        next_attempt_at: Date;
        givenUp: boolean;
        last_error: string | null;
      }[]
    )[0]!;

  beforeEach(() => {
    smtp.received.length = 0;
    smtp.state.refuse = false;
  });

  it('emails a message to its person: the subject, the body and where to act on it, no pupil named', async () => {
    const id = await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: user('ta@ashdown.test'),
      kind: 'passport-nudge',
      subject: "Please read your pupils' passports",
      body: 'You have 2 pupil passports to read: open Passports, read each one and confirm you have read it.',
      link: `/schools/${ctx.f.schoolA}/my-passports`,
    });
    expect(await mailer().sendPending()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toEqual([
      {
        from: 'no-reply@send.example',
        to: ['ta@ashdown.test'],
        subject: "Please read your pupils' passports",
        text:
          'You have 2 pupil passports to read: open Passports, read each one and confirm you have read it.\n\n' +
          `Open: https://send.example/schools/${ctx.f.schoolA}/my-passports`,
        autoSubmitted: 'auto-generated',
      },
    ]);
    for (const name of PUPIL_NAMES) {
      expect(smtp.received[0]!.subject).not.toContain(name);
      expect(smtp.received[0]!.text).not.toContain(name);
    }
    expect(await row(id)).toMatchObject({
      emailed_at: expect.any(Date),
      email_attempts: 1,
      last_error: null,
    });

    // In the app, marked as emailed; and never sent twice.
    const { token } = await signIn(ctx.t, 'ta@ashdown.test');
    const list = (await client(ctx.t, token, ctx.f.schoolA).get('/notifications')).body;
    expect(list.items[0]).toMatchObject({ id, emailedAt: expect.stringMatching(/Z$/), readAt: null });
    expect(await mailer().sendPending()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends oldest first, each to its own person, in every school, with no link line when there is none', async () => {
    await writeMessage(ctx.t, ctx.f.schoolB, {
      userId: user('teacher@beacon.test'),
      subject: 'Second',
      age: '1 hour',
      link: null,
      body: 'Nothing to open',
    });
    await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: user('senco@ashdown.test'),
      subject: 'First',
      age: '2 hours',
    });
    expect(await mailer().sendPending()).toEqual({ sent: 2, failed: 0 });
    expect(smtp.received.map((m) => [m.subject, m.to])).toEqual(
      expect.arrayContaining([
        ['First', ['senco@ashdown.test']],
        ['Second', ['teacher@beacon.test']],
      ]),
    );
    expect(smtp.received.find((m) => m.subject === 'Second')!.text).toBe('Nothing to open');
  });

  it('keeps a refused message unsent and tries again later: 1 minute, then 5, with the error but no content', async () => {
    smtp.state.refuse = true;
    const id = await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: user('teacher@ashdown.test'),
      subject: 'Reviews due: refused',
      body: 'Secret body text',
    });
    const now = new Date();
    expect(await mailer().sendPending(now)).toEqual({ sent: 0, failed: 1 });
    const first = await row(id);
    expect(first).toMatchObject({ emailed_at: null, email_attempts: 1 });
    expect(first.next_attempt_at.getTime()).toBe(later(now, MINUTE).getTime());
    expect(first.last_error).toMatch(/550/);
    expect(first.last_error).not.toMatch(/refused|Secret|teacher|Mailbox/);

    // Not due again before the minute is up.
    expect(await mailer().sendPending(later(now, 30_000))).toEqual({ sent: 0, failed: 0 });
    expect(await mailer().sendPending(later(now, MINUTE))).toEqual({ sent: 0, failed: 1 });
    const second = await row(id);
    expect(second).toMatchObject({ emailed_at: null, email_attempts: 2 });
    expect(second.next_attempt_at.getTime()).toBe(later(now, 6 * MINUTE).getTime());

    smtp.state.refuse = false;
    expect(await mailer().sendPending(later(now, 6 * MINUTE))).toEqual({ sent: 1, failed: 0 });
    expect(await row(id)).toMatchObject({
      emailed_at: expect.any(Date),
      email_attempts: 3,
      last_error: null,
    });
    expect(smtp.received.map((m) => m.subject)).toEqual(['Reviews due: refused']);
  });

  it('gives up after 8 attempts; the message stays in the app', async () => {
    smtp.state.refuse = true;
    const id = await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: user('head@ashdown.test'),
      subject: 'Given up',
    });
    await ctx.t.dataSource.query(`UPDATE outbox_messages SET email_attempts = 7 WHERE id = $1`, [id]);
    const now = new Date();
    expect(await mailer().sendPending(now)).toEqual({ sent: 0, failed: 1 });
    const last = await row(id);
    expect(last).toMatchObject({ emailed_at: null, email_attempts: 8, givenUp: true });
    smtp.state.refuse = false;
    expect(await mailer().sendPending(later(now, 3 * 24 * 60 * MINUTE))).toEqual({ sent: 0, failed: 0 });
    const { token } = await signIn(ctx.t, 'head@ashdown.test');
    const list = (await client(ctx.t, token, ctx.f.schoolA).get('/notifications')).body;
    expect(list.items.map((n: { subject: string }) => n.subject)).toEqual(['Given up']);
  });

  it('never emails a message more than 7 days old, nor anyone disabled or no longer in the school', async () => {
    await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: user('admin@ashdown.test'),
      subject: 'Old',
      age: '8 days',
    });
    const now = new Date();
    expect(await mailer().sendPending(now)).toEqual({ sent: 0, failed: 0 });
    // Written now, but looked at as if 8 days later: too old by then.
    await writeMessage(ctx.t, ctx.f.schoolA, { userId: user('admin@ashdown.test'), subject: 'Later' });
    expect(await mailer().sendPending(later(now, 8 * 24 * 60 * MINUTE))).toEqual({ sent: 0, failed: 0 });

    await ctx.t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE email = 'admin@ashdown.test'`);
    expect(await mailer().sendPending(new Date())).toEqual({ sent: 0, failed: 0 });
    await ctx.t.dataSource.query(`UPDATE users SET disabled_at = NULL WHERE email = 'admin@ashdown.test'`);

    await writeMessage(ctx.t, ctx.f.schoolB, { userId: user('both@ashdown.test'), subject: 'Left Beacon' });
    await ctx.t.dataSource.query(`DELETE FROM class_staff WHERE school_id = $1 AND user_id = $2`, [
      ctx.f.schoolB,
      user('both@ashdown.test'),
    ]);
    await ctx.t.dataSource.query(`DELETE FROM memberships WHERE school_id = $1 AND user_id = $2`, [
      ctx.f.schoolB,
      user('both@ashdown.test'),
    ]);
    expect(await mailer().sendPending(new Date())).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => [m.subject, m.to])).toEqual([['Later', ['admin@ashdown.test']]]);
  });

  it('is not scheduled when jobs are off (tests run the sender themselves)', () => {
    expect(ctx.t.app.get(MailScheduler).scheduled).toBe(false);
  });
});

describe('notifications without SMTP', () => {
  const ctx = withFixtureApp();

  it('sends nothing and keeps them in the app', async () => {
    const id = await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: ctx.f.users['teacher@ashdown.test']!,
      subject: 'Stays in the app',
    });
    const mailer = ctx.t.app.get(MailerService);
    expect(await mailer.sendPending()).toEqual({ sent: 0, failed: 0 });
    const [row] = await ctx.t.dataSource.query(
      `SELECT emailed_at, email_attempts, last_error FROM outbox_messages WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ emailed_at: null, email_attempts: 0, last_error: null });
    const { token } = await signIn(ctx.t, 'teacher@ashdown.test');
    const list = (await client(ctx.t, token, ctx.f.schoolA).get('/notifications')).body;
    expect(list).toMatchObject({ unread: 1, items: [{ id, subject: 'Stays in the app', emailedAt: null }] });
    expect(ctx.t.app.get(MailScheduler).scheduled).toBe(false);
  });
});
