import { loadKnowledge } from './src/knowledge/load-knowledge.ts';
import { createLogger } from './src/log.ts';
const { kb } = await loadKnowledge('test/fixtures/dev2/articles', createLogger('text', 'error'));
for (const q of ['Kaija Rautio', 'Sergei Dorokhin', 'Aeromarka', 'Jonas Marel', 'Henrik Saarinen', 'Tarmo Lepik', 'Marit Aasland']) {
  const id = kb.registry.lookup(q).exact[0];
  if (id === undefined) continue;
  for (const r of kb.profile(id).roles) {
    const spans = r.cites.map(([a, s, e]) => kb.articles[a].text.slice(s, e));
    if (spans.some((t) => t.replace(/’/g, "'") !== r.text.replace(/’/g, "'"))) console.log(q, '|', r.text, '|', JSON.stringify(spans));
  }
}
