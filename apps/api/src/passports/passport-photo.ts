import { PASSPORT_PHOTO_MAX_BYTES, PASSPORT_PHOTO_MAX_SIDE } from '@sendreg/contracts';
import sharp from 'sharp';

export type PhotoMediaType = 'image/jpeg' | 'image/png';

export interface ReencodedPhoto {
  content: Buffer;
  mediaType: PhotoMediaType;
  width: number;
  height: number;
}

/** Why an uploaded file is not taken as a photo; the message is shown to the person uploading. */
export class PhotoRefused extends Error {}

/**
 * Pixels a photo may have before it is decoded at all (a small file can claim a huge image). 50
 * million covers the cameras of today's phones and tablets.
 */
export const PHOTO_MAX_INPUT_PIXELS = 50_000_000;

const JPEG_QUALITY = 85;
const MB = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/** The first bytes of the two formats taken, and of a few others, to say what a refused file is. */
function sniff(data: Buffer): 'jpeg' | 'png' | string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  const ascii = (from: number, to: number) => data.subarray(from, to).toString('latin1');
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 4) === 'GIF8') return 'a GIF';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'a WebP image';
  if (ascii(4, 8) === 'ftyp')
    return /^(heic|heix|mif1|msf1|hevc)/.test(ascii(8, 12)) ? 'a HEIC photo' : 'a video or HEIF file';
  if (ascii(0, 2) === 'BM') return 'a BMP image';
  if (ascii(0, 4) === 'II*\u0000' || ascii(0, 4) === 'MM\u0000*') return 'a TIFF image';
  if (ascii(0, 5) === '%PDF-') return 'a PDF';
  return null;
}

const NOT_A_PHOTO =
  'Choose a photo saved as JPEG (.jpg) or PNG. If it is on a phone, take a screenshot of it or save it as JPEG.';

/**
 * Takes an uploaded photo only if its content is JPEG or PNG (the first bytes, then libvips reading
 * it as that format: never the file name or declared type), and re-encodes it: turned upright as its
 * EXIF orientation says, shrunk to fit PASSPORT_PHOTO_MAX_SIDE each way (never enlarged), JPEG at
 * quality 85 or PNG. Re-encoding writes none of the original's metadata: no EXIF (so no GPS
 * position, camera or time), no XMP, no ICC profile.
 */
export async function reencodePhoto(data: Buffer): Promise<ReencodedPhoto> {
  if (data.length === 0) throw new PhotoRefused('Choose a photo to upload: this file is empty.');
  if (data.length > PASSPORT_PHOTO_MAX_BYTES) {
    throw new PhotoRefused(`The photo is larger than ${MB(PASSPORT_PHOTO_MAX_BYTES)}. Choose a smaller one.`);
  }
  const sniffed = sniff(data);
  if (sniffed !== 'jpeg' && sniffed !== 'png') {
    throw new PhotoRefused(
      sniffed
        ? `This file is ${sniffed}, not a photo we can use. ${NOT_A_PHOTO}`
        : `This file is not a photo we can use. ${NOT_A_PHOTO}`,
    );
  }
  const options = { limitInputPixels: PHOTO_MAX_INPUT_PIXELS };
  let format: string | undefined;
  try {
    format = (await sharp(data, options).metadata()).format;
  } catch (error) {
    throw unreadable(error);
  }
  if (format !== sniffed) throw new PhotoRefused(`This file is not a photo we can use. ${NOT_A_PHOTO}`);
  const pipeline = sharp(data, options).rotate().resize({
    width: PASSPORT_PHOTO_MAX_SIDE,
    height: PASSPORT_PHOTO_MAX_SIDE,
    fit: 'inside',
    withoutEnlargement: true,
  });
  try {
    const { data: content, info } = await (
      format === 'jpeg' ? pipeline.jpeg({ quality: JPEG_QUALITY }) : pipeline.png()
    ).toBuffer({ resolveWithObject: true });
    return {
      content,
      mediaType: format === 'jpeg' ? 'image/jpeg' : 'image/png',
      width: info.width,
      height: info.height,
    };
  } catch (error) {
    throw unreadable(error);
  }
}

function unreadable(error: unknown): PhotoRefused {
  const message = error instanceof Error ? error.message : '';
  if (/pixel limit/i.test(message)) {
    return new PhotoRefused(
      'This photo has too many pixels to use. Choose a smaller photo, or take a new one at a lower resolution.',
    );
  }
  return new PhotoRefused('This photo cannot be read: it may be damaged. Choose another, or take it again.');
}
