/**
 * The files of a signed agreement (the scanned or electronic agreement, its annexes) kept with its
 * proposal. Only document and image formats an office hands in are accepted, and a file must be what its
 * declared type says: the first bytes are checked, so a script cannot be uploaded as a "PDF".
 */
import { z } from 'zod';
import type { ProposalState } from './proposals.ts';

/** Largest agreement file accepted: a scanned agreement of some dozens of pages. */
export const AGREEMENT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** From the approval on, the office may attach the agreement it is about to sign or has signed. */
export const ATTACHABLE_STATES: readonly ProposalState[] = ['approved', 'signed', 'published'];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const ZIP = ascii('PK\u0003\u0004');

/** Whether a ZIP archive names `entry` in one of its local headers (names are stored uncompressed). */
function zipHolds(bytes: Uint8Array, entry: string): boolean {
  if (!startsWith(bytes, ZIP)) return false;
  const name = ascii(entry);
  for (let at = bytes.indexOf(name[0]); at >= 0; at = bytes.indexOf(name[0], at + 1))
    if (startsWith(bytes, name, at)) return true;
  return false;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Accepted media types, each with the usual file extension and the check of its first bytes. */
const AGREEMENT_FILE_TYPES: Record<string, { extension: string; matches: (bytes: Uint8Array) => boolean }> = {
  'application/pdf': { extension: 'pdf', matches: (b) => startsWith(b, ascii('%PDF-')) },
  // OFD (GB/T 33190), the format of Chinese electronic official documents: a ZIP with OFD.xml.
  'application/ofd': { extension: 'ofd', matches: (b) => zipHolds(b, 'OFD.xml') },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    matches: (b) => zipHolds(b, 'word/'),
  },
  // Word 97-2003 and WPS documents: an OLE compound file.
  'application/msword': {
    extension: 'doc',
    matches: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
  'application/vnd.oasis.opendocument.text': {
    extension: 'odt',
    matches: (b) => startsWith(b, ascii('mimetypeapplication/vnd.oasis.opendocument.text'), 30),
  },
  'image/jpeg': { extension: 'jpg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  'image/png': {
    extension: 'png',
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  'text/plain': { extension: 'txt', matches: isUtf8Text },
};

export const AGREEMENT_MEDIA_TYPES = Object.keys(AGREEMENT_FILE_TYPES);

/**
 * Why a file cannot be kept as an agreement file, or null: an unknown type, an empty or oversized file, or
 * contents that are not of the declared type.
 */
export function agreementFileProblem(mediaType: string, bytes: Uint8Array): string | null {
  const type = AGREEMENT_FILE_TYPES[mediaType];
  if (!type)
    return `${mediaType || 'no type'} is not accepted; send one of ${AGREEMENT_MEDIA_TYPES.join(', ')}`;
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > AGREEMENT_FILE_MAX_BYTES)
    return `the file has ${bytes.length} bytes; at most ${AGREEMENT_FILE_MAX_BYTES} are accepted`;
  if (!type.matches(bytes))
    return `the contents are not a ${type.extension.toUpperCase()} file as declared (${mediaType})`;
  return null;
}

/**
 * A file name as sent: one name of at most 255 characters, no folders, no control characters. Names are
 * shown and offered back as the download's name, so anything a browser or a file system would misread is
 * refused rather than silently changed.
 */
export const agreementFileName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255)
  .refine((name) => !/[\\/]/.test(name), 'must be a file name without folders')
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'must not contain control characters')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name')
  .describe('the file name, as the download will offer it');

export const agreementFileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    mediaType: z.string(),
    bytes: z.number().int(),
    sha256: z.string().describe('hex digest of the contents, to check a copy against'),
    uploadedAt: z.string(),
    uploadedBy: z.string().describe('login of who attached it'),
  })
  .meta({ id: 'AgreementFile' });
export type AgreementFile = z.infer<typeof agreementFileSchema>;
