import { PASSPORT_PHOTO_MAX_BYTES } from '@sendreg/contracts';
import sharp from 'sharp';
import { withPassportApp } from './testing/passport-fixture';

/** A solid image of the size given, in the format given. */
function image(format: 'jpeg' | 'png' | 'gif', width: number, height: number): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: '#3366cc' } });
  return (format === 'jpeg' ? base.jpeg() : format === 'png' ? base.png() : base.gif()).toBuffer();
}

/** A phone photo: landscape pixels with EXIF saying "turn me upright", the camera, a GPS position and an ICC profile. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#cc3333' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** The APPn segments of a JPEG (marker and first bytes), up to the image data. */
function jpegAppSegments(data: Buffer): { marker: number; id: string }[] {
  const segments: { marker: number; id: string }[] = [];
  let at = 2;
  while (at + 4 <= data.length && data[at] === 0xff) {
    const marker = data[at + 1]!;
    if (marker === 0xda) break; // start of scan: image data follows
    const length = data.readUInt16BE(at + 2);
    if (marker >= 0xe0 && marker <= 0xef) {
      segments.push({ marker, id: data.subarray(at + 4, at + 10).toString('latin1') });
    }
    at += 2 + length;
  }
  return segments;
}

describe('passport photos', () => {
  const { ctx, as, pupil, passportPath, publish } = withPassportApp();
  const photoPath = (name: string, photoId: string) => `${passportPath(name)}/photos/${photoId}`;
  const binary = (res: import('supertest').Request) =>
    res.buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  let adaPhoto: string;

  it('takes a phone JPEG: turned upright, shrunk to fit 600 pixels, and without its EXIF, GPS or ICC', async () => {
    const input = await phonePhoto();
    const before = await sharp(input).metadata();
    expect([before.orientation, before.exif?.includes('TestPhone'), before.icc !== undefined]).toEqual([
      6,
      true,
      true,
    ]);
    expect(jpegAppSegments(input).some((s) => s.id.startsWith('Exif'))).toBe(true);

    const res = await as('senco').upload(`${passportPath('Ada')}/photo`, input, 'IMG_0001.JPG');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      photoId: expect.any(String),
      mediaType: 'image/jpeg',
      width: 400,
      height: 600,
    });
    adaPhoto = res.body.photoId;

    const fetched = await binary(as('senco').get(photoPath('Ada', adaPhoto)));
    expect(fetched.status).toBe(200);
    expect(fetched.headers['content-type']).toBe('image/jpeg');
    expect(fetched.headers['cache-control']).toBe('private, no-store');
    expect(fetched.headers['x-content-type-options']).toBe('nosniff');
    const out = fetched.body as Buffer;
    const after = await sharp(out).metadata();
    expect([after.format, after.width, after.height]).toEqual(['jpeg', 400, 600]);
    expect([after.exif, after.icc, after.xmp, after.orientation]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(jpegAppSegments(out).filter((s) => s.id.startsWith('Exif'))).toEqual([]);
    expect(out.includes('TestPhone')).toBe(false);
  });

  it('takes a PNG as PNG, never enlarges a small photo, and goes by content, not the name or declared type', async () => {
    const png = await as('senco').upload(
      `${passportPath('Ada')}/photo`,
      await image('png', 120, 80),
      'me.gif',
      'image/gif',
    );
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ mediaType: 'image/png', width: 120, height: 80 });
    const fetched = await binary(as('senco').get(photoPath('Ada', png.body.photoId)));
    expect(fetched.headers['content-type']).toBe('image/png');
    expect((await sharp(fetched.body as Buffer).metadata()).format).toBe('png');

    const wide = await as('senco').upload(
      `${passportPath('Ada')}/photo`,
      await image('png', 1800, 900),
      'wide.png',
      'image/png',
    );
    expect(wide.body).toMatchObject({ width: 600, height: 300 });
  });

  it('refuses a GIF, a text file called .jpg, a damaged JPEG and no file, with a clear message', async () => {
    const gif = await as('senco').upload(
      `${passportPath('Ada')}/photo`,
      await image('gif', 10, 10),
      'me.gif',
      'image/gif',
    );
    expect(gif.status).toBe(400);
    expect(gif.body.errors).toEqual([
      {
        field: 'photo',
        message:
          'This file is a GIF, not a photo we can use. Choose a photo saved as JPEG (.jpg) or PNG. If it is on a phone, take a screenshot of it or save it as JPEG.',
      },
    ]);
    const text = await as('senco').upload(
      `${passportPath('Ada')}/photo`,
      Buffer.from('Not a photo at all\n'),
      'me.jpg',
    );
    expect(text.status).toBe(400);
    expect(text.body.errors[0].message).toMatch(/^This file is not a photo we can use\./);
    const damaged = await as('senco').upload(
      `${passportPath('Ada')}/photo`,
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]),
      'broken.jpg',
    );
    expect(damaged.status).toBe(400);
    expect(damaged.body.errors[0].message).toMatch(/cannot be read/);
    const none = await as('senco').post(`${passportPath('Ada')}/photo`, {});
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ field: 'photo', message: 'Choose a photo to upload.' }]);
    const otherField = await as('senco').upload(
      `${passportPath('Ada')}/photo`,
      await image('png', 10, 10),
      'a.png',
      'image/png',
      'file',
    );
    expect(otherField.status).toBe(400);
    expect(otherField.body.errors[0].field).toBe('photo');
  });

  it('refuses a photo over 5 MB with 413', async () => {
    const big = Buffer.alloc(PASSPORT_PHOTO_MAX_BYTES + 1, 0);
    big.set([0xff, 0xd8, 0xff]);
    const res = await as('senco').upload(`${passportPath('Ada')}/photo`, big, 'huge.jpg');
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toBe(
      'The photo is larger than 5 MB. Choose a smaller one, or take it again at a lower resolution.',
    );
  });

  it('lets only the SENCO upload, and only for a pupil of the school', async () => {
    const png = await image('png', 10, 10);
    for (const who of ['teacher', 'ta', 'head'] as const) {
      expect((await as(who).upload(`${passportPath('Ada')}/photo`, png, 'a.png', 'image/png')).status).toBe(
        403,
      );
    }
    expect(
      (await as('senco').upload(`/pupils/${pupil('Hana')}/passport/photo`, png, 'a.png', 'image/png')).status,
    ).toBe(404);
  });

  it("puts a photo on the draft only when saved with its id, and only this pupil's photos", async () => {
    const ben = await as('senco').upload(
      `${passportPath('Ben')}/photo`,
      await image('jpeg', 50, 50),
      'ben.jpg',
    );
    const wrong = await as('senco').put(`${passportPath('Ada')}/draft`, {
      content: { aboutMe: 'I like dinosaurs.' },
      version: 0,
      photoId: ben.body.photoId,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'photoId', message: 'This photo was not uploaded for this pupil' },
    ]);

    const saved = await as('senco').put(`${passportPath('Ada')}/draft`, {
      content: { aboutMe: 'I like dinosaurs.' },
      version: 0,
      photoId: adaPhoto,
    });
    expect(saved.body).toMatchObject({ photoId: adaPhoto, version: 1 });
    const kept = await as('senco').put(`${passportPath('Ada')}/draft`, {
      content: { aboutMe: 'I like dinosaurs!' },
      version: 1,
    });
    expect(kept.body.photoId).toBe(adaPhoto);
  });

  it("shows readers the current version's photo only; the SENCO any photo of the pupil; 404 to everyone else", async () => {
    // Not yet published: the teacher of 4A cannot see the draft's photo.
    expect((await as('teacher').get(photoPath('Ada', adaPhoto))).status).toBe(404);
    const v1 = await publish('Ada', { aboutMe: 'I like dinosaurs!' }, 'First passport', adaPhoto);
    expect(v1.number).toBe(1);
    const teacher = await binary(as('teacher').get(photoPath('Ada', adaPhoto)));
    expect(teacher.status).toBe(200);
    expect(teacher.headers['cache-control']).toBe('private, no-store');
    expect((await as('head').get(photoPath('Ada', adaPhoto))).status).toBe(200);
    // Not the teacher of another class, nor a TA who does not work with Ada.
    expect((await as('ta').get(photoPath('Ada', adaPhoto))).status).toBe(404);
    // Only under its own pupil.
    expect((await as('senco').get(photoPath('Ben', adaPhoto))).status).toBe(404);
    expect((await as('teacher').get(photoPath('Ben', adaPhoto))).status).toBe(404);

    // A new version without the photo: readers lose it, the SENCO keeps it.
    await publish('Ada', { aboutMe: 'I like dinosaurs!' }, 'Photo removed', null);
    expect((await as('teacher').get(photoPath('Ada', adaPhoto))).status).toBe(404);
    expect((await as('senco').get(photoPath('Ada', adaPhoto))).status).toBe(200);
  });

  it("never shows another school's photo", async () => {
    const hana = await as('senco@beacon').upload(
      `/pupils/${pupil('Hana')}/passport/photo`,
      await image('png', 20, 20),
      'h.png',
      'image/png',
    );
    expect(hana.status).toBe(201);
    const hanaPhoto = hana.body.photoId;
    expect((await as('senco@beacon').get(photoPath('Hana', hanaPhoto))).status).toBe(200);
    expect((await as('senco').get(photoPath('Hana', hanaPhoto))).status).toBe(404);
    expect((await as('senco').get(photoPath('Ada', hanaPhoto))).status).toBe(404);
    expect((await as('senco@beacon', ctx.f.schoolA).get(photoPath('Ada', adaPhoto))).status).toBe(404);
    expect((await as('senco@beacon').get(photoPath('Ada', adaPhoto))).status).toBe(404);
  });
});
