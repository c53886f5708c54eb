import { expect, test } from 'vitest';
import { pageHead } from '../../src/format/html';

test('pageHead(html) parses only the head, and keeps what follows it for a second look', () => {
  const { head, rest } = pageHead('<html><head><meta name="a" content="1"></head><body><meta name="b" content="2"></body></html>');
  expect(head.querySelectorAll('meta').map((m) => m.getAttribute('name'))).toEqual(['a']);
  expect(rest).toMatch(/^<\/head><body><meta name="b"/);
  // Case and spacing as HTML allows them.
  expect(pageHead('<HEAD><title>t</title></HEAD ><p>x</p>').rest).toBe('</HEAD ><p>x</p>');
});

test('pageHead(html) reads a page without </head> whole, as its head', () => {
  const { head, rest } = pageHead('<meta name="a" content="1"><p>x</p>');
  expect(head.querySelector('p')?.text).toBe('x');
  expect(rest).toBe('');
});
