import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SakConfig } from '../core/record-types.js';

/** The largest logo a report embeds. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** How a report looks (sak.yaml `report`): the logo's bytes and type, the accent colour, the font. */
export interface ReportBrand {
  logo?: { bytes: Buffer; type: 'png' | 'jpg' };
  colour?: string;
  font?: string;
}

/** Why the logo of sak.yaml cannot be used. */
export type LogoProblem = { reason: 'missing' | 'too-large' | 'not-image'; path: string };

/** The kind of image the bytes are, by their signature: PNG, JPEG or neither. */
export function imageType(bytes: Buffer): 'png' | 'jpg' | undefined {
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return undefined;
}

/** Reads the `report` settings of sak.yaml: the logo file (relative to the register) is read and checked. */
export function readReportBrand(root: string, config: SakConfig): ReportBrand | LogoProblem {
  const settings = config.report;
  if (!settings) return {};
  const brand: ReportBrand = {};
  if (settings.colour !== undefined) brand.colour = settings.colour;
  if (settings.font !== undefined) brand.font = settings.font;
  if (settings.logo !== undefined) {
    const abs = path.join(root, ...settings.logo.split('/'));
    // Only a regular file of the register is a logo (a link or a device is not), at most 1 MiB.
    let bytes: Buffer;
    try {
      const stat = lstatSync(abs);
      if (!stat.isFile()) return { reason: 'missing', path: settings.logo };
      if (stat.size > MAX_LOGO_BYTES) return { reason: 'too-large', path: settings.logo };
      bytes = readFileSync(abs);
    } catch {
      return { reason: 'missing', path: settings.logo };
    }
    if (bytes.length > MAX_LOGO_BYTES) return { reason: 'too-large', path: settings.logo };
    const type = imageType(bytes);
    if (!type) return { reason: 'not-image', path: settings.logo };
    brand.logo = { bytes, type };
  }
  return brand;
}
