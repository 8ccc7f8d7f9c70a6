// Runs axe-core's WCAG 2.2 AA rules on local HTML files in the system's headless Chromium and prints one JSON
// object: {"axe": version, "browser": version, "pages": [{"file", "violations": [...], "incomplete": [...]}]}.
// Usage: node check.mjs [--chromium /usr/bin/chromium] file.html...
// Nothing is downloaded: the browser is the Debian package, and every request that is not a local file is refused.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axe = require('axe-core');
const { chromium } = require('playwright-core');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const args = process.argv.slice(2);
let executablePath = '/usr/bin/chromium';
if (args[0] === '--chromium') {
    executablePath = args[1];
    args.splice(0, 2);
}
if (args.length === 0) {
    console.error('usage: node check.mjs [--chromium PATH] file.html...');
    process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'maca-axe-'));
const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
});
try {
    await context.route('**/*', route =>
        route.request().url().startsWith('file:') ? route.continue() : route.abort());
    const page = context.pages()[0] ?? await context.newPage();
    const pages = [];
    for (const file of args) {
        await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axe.source });
        const result = await page.evaluate(
            tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
            TAGS);
        const summary = rules => rules.map(rule => ({
            id: rule.id,
            impact: rule.impact,
            help: rule.help,
            nodes: rule.nodes.map(node => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })),
        }));
        pages.push({ file, violations: summary(result.violations), incomplete: summary(result.incomplete) });
    }
    console.log(JSON.stringify({ axe: axe.version, browser: context.browser()?.version() ?? '', pages }));
} finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
}
