import { describe, expect, test } from 'vitest';
import { chartProps } from '../../src/schemas/chartProps';
import { checkProps } from '../../src/checks/props';

describe('checkProps(component, schema, props)', () => {
  test('fills defaults and ignores the scoping attributes Astro adds', () => {
    expect(checkProps('EachStrike', chartProps('each-strike'), { 'data-astro-cid-abc': '' })).toEqual({ id: 'each-strike' });
  });

  test('names the component and the unknown prop, and lists the props it takes', () => {
    expect(() => checkProps('EachStrike', chartProps('each-strike'), { colour: 'red' })).toThrow(
      '<EachStrike> colour: unknown prop; expected only id, caption',
    );
  });

  test('names the component and the prop whose value is wrong', () => {
    expect(() => checkProps('WhoReported', chartProps('who-reported'), { id: 'Who Reported' })).toThrow(
      '<WhoReported> id: expected lower-case letters, digits and hyphens',
    );
  });
});
