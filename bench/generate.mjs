// Article files for the benchmark, written into a folder the bench serves:
// synthetic articles of a given number of paragraphs (people, quotes and
// three revisions, valid for the viewer), and a static HTML page of an
// article's latest revision, to compare the viewer against.
import { writeFile } from 'node:fs/promises';

const WORDS = 'talks nuclear Oman direct indirect framework official source negotiators response letter envoy minister trust steps weeks'.split(' ');

/** A deterministic article with `n` paragraphs. */
export function synthetic(n) {
  const people = Array.from({ length: 20 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i} Name`,
    role: `Role of person ${i}`,
    country: i % 2 ? 'Iran' : 'United States',
    sourcing: { kind: i % 5 === 0 ? 'anonymous' : 'named' },
    description: `A synthetic person, number ${i}.`,
  }));
  const blocks = [];
  for (let i = 0; i < n; i++) {
    const who = people[i % people.length];
    const words = Array.from({ length: 14 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
    const quote = `“Quote number ${i} about ${WORDS[i % WORDS.length]},”`;
    const text = `${quote} ${who.name} said of paragraph ${i}. ${words[0].toUpperCase()}${words.slice(1)}.`;
    const block = {
      id: `p${i}`,
      text,
      annotations: [
        { kind: 'quote', person: who.id, exact: quote },
        { kind: 'attribution', person: who.id, exact: `${who.name} said`, suffix: ` of paragraph ${i}.` },
      ],
    };
    // Three revisions: every 10th paragraph arrives with the first update,
    // every 7th is reworded by the second, every 50th is removed by it.
    if (i % 10 === 3) {
      block.added_in = 'u1';
      block.annotations.push({ kind: 'update', revision: 'u1' });
    }
    if (i % 7 === 5 && i % 10 !== 3 && i % 50 !== 11) block.edits = [{ revision: 'u2', text: text.replace('said of', 'told reporters of') }];
    if (i % 50 === 11) block.removed_in = 'u2';
    blocks.push(block);
  }
  return {
    format: 'annotated-article',
    format_version: 2,
    id: `synthetic-${n}`,
    publication: { name: 'Benchmark Gazette' },
    published: '2025-04-02',
    headline: { text: `A synthetic article of ${n} paragraphs`, edits: [{ revision: 'u1', text: `A synthetic article of ${n} paragraphs (Updated)` }] },
    dek: 'Generated for the benchmark.',
    revisions: [
      { id: 'original', label: 'Original', timestamp: '2025-04-02', provenance: { kind: 'archived' } },
      { id: 'u1', label: '4pm update', timestamp: '2025-04-02T16:00', marker: '*', note: 'Updated with new paragraphs.', provenance: { kind: 'archived' } },
      { id: 'u2', label: '11pm update', timestamp: '2025-04-02T23:00', marker: '**', note: 'Updated with edits.', provenance: { kind: 'archived' } },
    ],
    people,
    blocks,
  };
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The latest revision of `article` as a plain HTML page using `css`.
 * With `littlefoot` ({ js, css }: addresses of littlefoot's files), the
 * update markers are footnote links to a footnotes list, in the markup
 * littlefoot expects (MultiMarkdown's), and the page ends by calling
 * `littlefoot()`, which turns them into buttons opening popovers. */
export function staticPage(article, cssHref, { littlefoot } = {}) {
  const ids = article.revisions.map((r) => r.id);
  const latest = ids.length - 1;
  const at = (h) => {
    if (typeof h === 'string') return h;
    if (h.removed_in && ids.indexOf(h.removed_in) <= latest) return null;
    let text = h.text;
    for (const e of h.edits ?? []) text = e.text;
    return text;
  };
  const marker = (r) => article.revisions[r].marker ?? String(r);
  let refs = 0;
  const mark = (r) => {
    const m = escape(marker(r));
    if (!littlefoot) return `<sup>${m}</sup>`;
    refs += 1;
    return `<sup id="fnref:${refs}"><a href="#fn:${r}" class="footnote" rel="footnote">${m}</a></sup>`;
  };
  const paragraphs = article.blocks
    .map((b) => {
      const text = at(b);
      if (text === null) return '';
      const marks = (b.annotations ?? []).filter((a) => a.kind === 'update' && !a.exact).map((a) => mark(ids.indexOf(a.revision)));
      return `<p class="paragraph">${escape(text)}${marks.join('')}</p>`;
    })
    .join('\n');
  const updates = article.revisions.slice(1);
  const notes = littlefoot
    ? `<div class="footnotes"><ol>${updates.map((r, i) => `<li class="footnote" id="fn:${i + 1}"><p>${escape(marker(i + 1))} ${escape(r.note ?? '')}</p></li>`).join('')}</ol></div>`
    : `<ol>${updates.map((r, i) => `<li>${escape(marker(i + 1))} ${escape(r.note ?? '')}</li>`).join('')}</ol>`;
  const head = littlefoot ? `<link rel="stylesheet" href="${littlefoot.css}">` : '';
  const tail = littlefoot ? `<script src="${littlefoot.js}"></script><script>littlefoot.littlefoot()</script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(at(article.headline))}</title><link rel="stylesheet" href="${cssHref}">${head}</head>
<body><main class="page"><article class="article"><header class="article-header"><p class="publication">${escape(article.publication.name)}</p>
<h1 class="headline">${escape(at(article.headline))}</h1><p class="dek">${escape(at(article.dek ?? ''))}</p></header>
<div class="article-body">${paragraphs}</div><section class="update-list"><h2>Updates</h2>${notes}</section></article></main>${tail}</body></html>`;
}

export async function writeJson(path, value) {
  await writeFile(path, JSON.stringify(value));
}
