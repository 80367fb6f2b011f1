import { describe, expect, it } from 'vitest';
import { isRedFlagCode, RED_FLAG_CODES } from './redFlagCodes.js';
import { RED_FLAG_RULES } from './redFlags.js';

describe('the red-flag code table and the red-flag rules', () => {
  it('agree: every code has exactly one rule, every rule a code from the table', () => {
    const codes = RED_FLAG_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...RED_FLAG_CODES].sort());
  });
  it('recognises a code and refuses any other text', () => {
    expect(isRedFlagCode('motorConductionBlock')).toBe(true);
    expect(isRedFlagCode('MotorConductionBlock')).toBe(false);
  });
});
