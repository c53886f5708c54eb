import { describe, expect, test } from 'vitest';
import { isHtml } from '../../src/importer/articleLines';

describe('isHtml(raw): a web page, not raw text', () => {
  test.each([
    ['<!DOCTYPE html><html><body>x</body></html>'],
    ['  \n<html lang="en"><head></head></html>'],
    ['\uFEFF<!doctype html>'],
    ['<!-- saved from url=(0045)https://example.com/story -->\n<html lang="en">'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">'],
    // A part of a page copied out of it.
    ['<div class="article"><h1>Strike</h1><p>Words.</p></div>'],
    ['<meta charset="utf-8"><title>Strike</title><p>Words.</p>'],
    ['\n<p>Words of the first paragraph.</p>\n<p>And the second.</p>'],
    ['<noscript><iframe src="https://www.googletagmanager.com/ns.html"></iframe></noscript>\n<header>Outlet</header><article><p>Words.</p></article>'],
  ])('%j is a web page', (raw) => {
    expect(isHtml(raw)).toBe(true);
  });

  test.each([['Trump says U.S. strike killed 11.\n\n<html> is a tag'], ['<!-- a note --> Plain words.'], ['<htmlish>'], ['<pre-dawn> strike, the headline said'], ['<Division> of words'], ['<script>alert(1)</script> is what it said']])('%j is text', (raw) => {
    expect(isHtml(raw)).toBe(false);
  });

  test('answers at once for text that opens with many comments and no page after them', () => {
    // A pattern that could match the comments many ways would take exponential time here.
    expect(isHtml(`${'<!-- a --> '.repeat(40)}-->words`)).toBe(false);
  });
});
