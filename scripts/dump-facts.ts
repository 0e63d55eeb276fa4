// Extraction's output for every article of some folders, one JSON line an article, for comparing
// two versions of the extractor byte for byte:  tsx scripts/dump-facts.ts OUT DIR... [--limit N]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import { tagArticle } from '../src/extract/tokens.ts';

const args = process.argv.slice(2);
const li = args.indexOf('--limit');
const limit = li >= 0 ? Number(args.splice(li, 2)[1]) : Infinity;
const [out, ...dirs] = args;
const lines: string[] = [];
for (const dir of dirs) {
  const { articles } = loadCorpus(dir);
  for (const a of articles.slice(0, limit)) {
    const tags = tagArticle(a).tokens.map((t) => `${t.start}:${t.normal}:${[...t.tags].join(',')}`);
    lines.push(JSON.stringify({ dir, file: a.file, facts: extractArticle(a), tags }));
  }
}
const text = lines.join('\n') + '\n';
writeFileSync(out, text);
console.log(lines.length, 'articles', createHash('sha256').update(text).digest('hex').slice(0, 16));
