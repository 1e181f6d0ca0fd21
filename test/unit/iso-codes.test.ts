import { describe, expect, it } from 'vitest';
import { alpha3ToNumeric } from '../../src/core/iso-codes';

describe('alpha3ToNumeric', () => {
  it('gives the numeric codes that Natural Earth’s shapes carry', () => {
    expect(alpha3ToNumeric('ESP')).toBe('724');
    expect(alpha3ToNumeric('DZA')).toBe('012');
    expect(alpha3ToNumeric('MKD')).toBe('807');
    expect(alpha3ToNumeric('XXX')).toBeUndefined();
  });
});
