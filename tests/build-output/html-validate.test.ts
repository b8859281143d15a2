import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../helpers/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
});

describe('every page is valid HTML (html-validate, recommended)', () => {
  it.each(htmlFiles())('%s', async (file) => {
    const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
