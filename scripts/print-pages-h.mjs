// Prints pages-h (HTML pages and the Word-style documents written by make-pages-h.mjs) to PDF with
// Debian's chromium, then repacks each with qpdf. Run after make-pages-h.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const jobs = JSON.parse(fs.readFileSync(path.join(os.tmpdir(), 'pages-h-doc', 'jobs.json'), 'utf8'));
const only = process.argv[2];
for (const job of jobs) {
  if (only && !job.out.includes(only)) continue;
  fs.mkdirSync(path.dirname(job.out), { recursive: true });
  const raw = `${job.out}.raw.pdf`;
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--run-all-compositor-stages-before-draw',
    '--virtual-time-budget=2000', '--no-pdf-header-footer', `--print-to-pdf=${raw}`, `file://${job.in}`], { stdio: 'ignore', timeout: 120000 });
  execFileSync('qpdf', ['--object-streams=generate', raw, job.out]);
  fs.rmSync(raw);
  console.log(path.relative(process.cwd(), job.out));
}
