import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwardDb } from '../../../electron/db/open-award-db';
import {
  approveDecision,
  checkSignatureImage,
  clearSignature,
  listApprovals,
  listSignatures,
  saveSignature,
} from '../../../electron/services/certificates/signature.service';
import { encodeGreyAlphaPng } from '../../../electron/services/certificates/png';
import { createDemoAward } from '../../../electron/services/demo.service';
import { useTempDir } from '../../helpers/temp-dir';
import { CATEGORY, reopenCategory, scoredDemo, sealCategory, TINY_PNG } from './fixtures';

const keyOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { key?: string }).key;
  }
  return 'no error';
};

describe('signature images', () => {
  it('accepts a real PNG and refuses other images, damaged PNGs and oversized ones', () => {
    expect(checkSignatureImage(TINY_PNG)).toBe(TINY_PNG);
    expect(keyOf(() => checkSignatureImage('data:image/jpeg;base64,/9j/4AAQ'))).toBe(
      'errors.certificate.signatureNotPng',
    );
    // Labelled PNG, but the bytes are a GIF.
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64');
    expect(keyOf(() => checkSignatureImage(`data:image/png;base64,${gif}`))).toBe('errors.certificate.signatureNotPng');
    // A PNG with one flipped byte fails its chunk checksum; a cut-off one has no end.
    const bytes = Buffer.from(TINY_PNG.split(',')[1]!, 'base64');
    const flipped = Buffer.from(bytes);
    flipped[40] = flipped[40]! ^ 0xff;
    expect(keyOf(() => checkSignatureImage(`data:image/png;base64,${flipped.toString('base64')}`))).toBe(
      'errors.certificate.signatureDamaged',
    );
    const cut = bytes.subarray(0, bytes.length - 12).toString('base64');
    expect(keyOf(() => checkSignatureImage(`data:image/png;base64,${cut}`))).toBe(
      'errors.certificate.signatureDamaged',
    );
    // 400×300 of noise does not compress: well over 200 KB.
    const noise = new Uint8Array(randomBytes(400 * 300 * 2));
    const big = encodeGreyAlphaPng(400, 300, noise);
    expect(big.length).toBeGreaterThan(200 * 1024);
    expect(keyOf(() => checkSignatureImage(`data:image/png;base64,${big.toString('base64')}`))).toBe(
      'errors.certificate.signatureTooLarge',
    );
  });
});

describe('signatures and approvals in the award file', () => {
  const tmp = useTempDir();
  const open: AwardDb[] = [];
  afterEach(async () => {
    for (const a of open.splice(0)) await a.close();
  });

  it('saves, replaces and clears a juror signature', async () => {
    const award = await createDemoAward(tmp.path('demo.juri'));
    open.push(award);
    // The demo jurors come with drawn signatures (real PNGs, accepted by the same check).
    const demo = listSignatures(award);
    expect(demo.every((s) => s.image !== null && checkSignatureImage(s.image) === s.image)).toBe(true);
    for (const s of demo) clearSignature(award, s.jurorId);
    expect(listSignatures(award).every((s) => s.image === null)).toBe(true);
    const saved = saveSignature(award, 'juri-3', TINY_PNG, new Date('2024-11-27T08:00:00Z'));
    expect(saved).toMatchObject({ jurorId: 'juri-3', image: TINY_PNG, at: '2024-11-27T08:00:00.000Z' });
    expect(
      listSignatures(award)
        .filter((s) => s.image !== null)
        .map((s) => s.jurorId),
    ).toEqual(['juri-3']);
    expect(clearSignature(award, 'juri-3').image).toBeNull();
    expect(keyOf(() => saveSignature(award, 'nobody', TINY_PNG))).toBe('errors.notFound');
  });

  it('refuses approval before the ketua finalises, then records it once per seal with the right PIN', async () => {
    const award = await scoredDemo(tmp.path('scored.juri'));
    open.push(award);
    await expect(approveDecision(award, 'juri-3', CATEGORY, '3333')).rejects.toMatchObject({
      key: 'errors.certificate.notSealed',
    });
    const fingerprint = await sealCategory(award, CATEGORY);
    await expect(approveDecision(award, 'juri-3', CATEGORY, '9999')).rejects.toMatchObject({ code: 'wrong_pin' });
    const approved = await approveDecision(award, 'juri-3', CATEGORY, '3333');
    expect(approved.fingerprint).toBe(fingerprint);
    expect(approved.approvals.filter((a) => a.approvedAt).map((a) => a.jurorId)).toEqual(['juri-3']);
    await approveDecision(award, 'juri-3', CATEGORY, '3333');
    const events = award.sqlite.prepare<[], { text: string }>("SELECT text FROM event WHERE type = 'approve'").all();
    expect(events).toEqual([{ text: fingerprint }]);
    // A reopen voids the approvals; a new seal needs approving again.
    reopenCategory(award, CATEGORY);
    expect(listApprovals(award, CATEGORY)).toMatchObject({ sealed: false, fingerprint: null });
    expect(listApprovals(award, CATEGORY).approvals.every((a) => a.approvedAt === null)).toBe(true);
    await sealCategory(award, CATEGORY);
    expect(listApprovals(award, CATEGORY).approvals.every((a) => a.approvedAt === null)).toBe(true);
  });
});
