import type { Referral, ReferralSummary } from '@sendreg/contracts';
import { daysFromToday } from '../provision/testing/records-fixture';
import { withReferralApp } from './testing/referral-fixture';

describe('referrals', () => {
  const { as, pupil, services, referralsPath, referralBody, refer } = withReferralApp();

  it('records a referral with consent, waiting from the date referred, with its first history row', async () => {
    const res = await as('senco').post(
      referralsPath('Ada'),
      referralBody({ professionalId: services.ana, reason: '  Reading well below age expectations  ' }),
    );
    expect(res.status).toBe(201);
    const referral = res.body as Referral;
    expect(referral).toMatchObject({
      pupil: { id: pupil('Ada'), name: 'Ada Archer' },
      service: {
        id: services.ep,
        name: 'County Educational Psychology Service',
        kind: 'educational-psychology',
      },
      professional: { id: services.ana, name: 'Dr Ana Patel' },
      referredOn: daysFromToday(-30),
      reason: 'Reading well below age expectations',
      consent: { givenBy: 'Sam Archer', relationship: 'Mother', givenOn: daysFromToday(-32) },
      status: 'waiting',
      statusOn: daysFromToday(-30),
      daysWaiting: 30,
      open: true,
      version: 1,
      documents: [],
    });
    expect(referral.history).toEqual([
      expect.objectContaining({ status: 'waiting', statusOn: daysFromToday(-30), note: '' }),
    ]);
    expect(referral.createdBy?.displayName).toBe('senco');

    const again = await as('head').get(`${referralsPath('Ada')}/${referral.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(referral);
  });

  it('requires consent: who gave it, their relationship and when, not after the referral', async () => {
    const res = await as('senco').post(referralsPath('Ben'), {
      serviceId: services.ep,
      referredOn: daysFromToday(-1),
      reason: 'Speech unclear',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'consentGivenBy',
      'consentGivenOn',
      'consentRelationship',
    ]);

    const blank = await as('senco').post(referralsPath('Ben'), referralBody({ consentGivenBy: '   ' }));
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([
      { field: 'consentGivenBy', message: 'Enter the name of the person who gave consent' },
    ]);

    const late = await as('senco').post(
      referralsPath('Ben'),
      referralBody({ referredOn: daysFromToday(-5), consentGivenOn: daysFromToday(-4) }),
    );
    expect(late.status).toBe(400);
    expect(late.body.errors).toEqual([
      { field: 'consentGivenOn', message: 'Consent must be given on or before the date of the referral' },
    ]);
  });

  it("refuses a future date, an archived or another school's service, and a professional of another service", async () => {
    const future = await as('senco').post(
      referralsPath('Ben'),
      referralBody({ referredOn: daysFromToday(1), consentGivenOn: daysFromToday(0) }),
    );
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([
      { field: 'referredOn', message: 'The date of the referral must be today or in the past' },
    ]);
    for (const serviceId of [services.archived, services.beacon]) {
      const res = await as('senco').post(referralsPath('Ben'), referralBody({ serviceId }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'serviceId', message: "Choose a service from the school's directory" },
      ]);
    }
    const wrong = await as('senco').post(
      referralsPath('Ben'),
      referralBody({ serviceId: services.salt, professionalId: services.ana }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('professionalId');
  });

  it('moves through the allowed statuses, keeping each change in the history', async () => {
    const made = await refer('Cara', { referredOn: daysFromToday(-60), consentGivenOn: daysFromToday(-60) });
    const path = `${referralsPath('Cara')}/${made.id}/status`;

    const skip = await as('senco').post(path, {
      version: 1,
      status: 'report-received',
      statusOn: daysFromToday(-10),
    });
    expect(skip.status).toBe(400);
    expect(skip.body.errors).toEqual([
      { field: 'status', message: 'A referral that is waiting can only become accepted, declined or closed' },
    ]);
    const early = await as('senco').post(path, {
      version: 1,
      status: 'accepted',
      statusOn: daysFromToday(-61),
    });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('statusOn');

    let version = 1;
    for (const [status, days, note] of [
      ['accepted', -40, 'Accepted at the panel'],
      ['assessed', -20, 'Observed in class'],
      ['report-received', -5, ''],
      ['closed', -1, 'Recommendations in the plan'],
    ] as const) {
      const res = await as('senco').post(path, { version, status, statusOn: daysFromToday(days), note });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status, statusOn: daysFromToday(days), version: version + 1 });
      version += 1;
    }
    const closed = (await as('senco').get(`${referralsPath('Cara')}/${made.id}`)).body as Referral;
    expect(closed.history.map((h) => [h.status, h.note])).toEqual([
      ['waiting', ''],
      ['accepted', 'Accepted at the panel'],
      ['assessed', 'Observed in class'],
      ['report-received', ''],
      ['closed', 'Recommendations in the plan'],
    ]);
    // A closed referral keeps the wait it had: to the day it closed.
    expect([closed.open, closed.daysWaiting]).toEqual([false, 59]);

    const reopen = await as('senco').post(path, { version, status: 'accepted', statusOn: daysFromToday(0) });
    expect(reopen.status).toBe(400);
    expect(reopen.body.errors[0].message).toMatch(/cannot change/);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const made = await refer('Dev');
    const path = `${referralsPath('Dev')}/${made.id}/status`;
    const first = await as('senco').post(path, {
      version: 1,
      status: 'accepted',
      statusOn: daysFromToday(-3),
    });
    expect(first.status).toBe(200);
    const second = await as('senco').post(path, {
      version: 1,
      status: 'declined',
      statusOn: daysFromToday(-2),
    });
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('/problems/stale-version');
    const now = (await as('senco').get(`${referralsPath('Dev')}/${made.id}`)).body as Referral;
    expect([now.status, now.version, now.history.length]).toEqual(['accepted', 2, 2]);
  });

  it('lists open referrals with the longest waits first, and filters by status and service', async () => {
    const longest = await refer('Finn', {
      serviceId: services.salt,
      referredOn: daysFromToday(-200),
      consentGivenOn: daysFromToday(-210),
    });
    const declined = await refer('Gita', {
      referredOn: daysFromToday(-300),
      consentGivenOn: daysFromToday(-300),
    });
    await as('senco').post(`${referralsPath('Gita')}/${declined.id}/status`, {
      version: 1,
      status: 'declined',
      statusOn: daysFromToday(-280),
    });

    const open = (await as('head').get('/referrals')).body as ReferralSummary[];
    expect(open[0]).toMatchObject({
      id: longest.id,
      daysWaiting: 200,
      service: { name: 'NHS Speech and Language Therapy' },
    });
    expect(open.every((r) => r.open)).toBe(true);
    const waits = open.map((r) => r.daysWaiting);
    expect(waits).toEqual([...waits].sort((a, b) => b - a));
    expect(open.some((r) => r.id === declined.id)).toBe(false);

    const closed = (await as('senco').get('/referrals?status=closed')).body as ReferralSummary[];
    expect(closed.map((r) => r.status).every((s) => s === 'closed' || s === 'declined')).toBe(true);
    expect(closed.find((r) => r.id === declined.id)).toMatchObject({ daysWaiting: 20, open: false });

    const all = (await as('senco').get('/referrals?status=all')).body as ReferralSummary[];
    expect(all.length).toBe(open.length + closed.length);

    const salt = (await as('senco').get(`/referrals?service=${services.salt}`)).body as ReferralSummary[];
    expect(salt.map((r) => r.id)).toEqual([longest.id]);
    expect((await as('senco').get('/referrals?status=everything')).status).toBe(400);

    const finn = (await as('senco').get(referralsPath('Finn'))).body as ReferralSummary[];
    expect(finn.map((r) => r.id)).toEqual([longest.id]);
  });

  it('is for the SENCO (and the head to read): teachers and TAs get 403; another school 404', async () => {
    expect((await as('teacher').get('/referrals')).status).toBe(403);
    expect((await as('ta').get(referralsPath('Dev'))).status).toBe(403);
    expect((await as('head').post(referralsPath('Ada'), referralBody())).status).toBe(403);
    const beacon = await as('senco@beacon').get('/referrals');
    expect(beacon.status).toBe(200);
    expect(beacon.body).toEqual([]);
    const ada = (await as('senco').get(referralsPath('Ada'))).body as ReferralSummary[];
    expect((await as('senco@beacon').get(`/pupils/${pupil('Ada')}/referrals/${ada[0]!.id}`)).status).toBe(
      404,
    );
    expect((await as('senco@beacon').get(referralsPath('Ada'))).status).toBe(404);
  });
});
