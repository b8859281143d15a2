import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console:', m.text()));
await p.goto(process.argv[2]);
await p.keyboard.press('/');
for (const q of process.argv.slice(3)) {
  await p.fill('#search-input', q);
  await p.waitForFunction((q) => document.getElementById('search-status').textContent.includes(`“${q}”`) && document.getElementById('search-results').getAttribute('aria-busy') === 'false', q);
  const st = await p.textContent('#search-status');
  const first = await p.evaluate(() => [...document.querySelectorAll('#search-results > li > a')].slice(0,3).map(a => a.getAttribute('href')));
  console.log(q, '|', st, '|', first.join(' '));
}
await b.close();
