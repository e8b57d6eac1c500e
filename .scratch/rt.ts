import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from 'yaml';
for (const f of readdirSync('/work/main/content/incidents')) {
  const t = readFileSync('/work/main/content/incidents/' + f, 'utf8');
  const m = /^---\n([\s\S]*?\n)---\n/.exec(t)!;
  const doc = parseDocument(m[1]);
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (out !== m[1]) { console.log('DIFF', f); const a = m[1].split('\n'), b = out.split('\n'); for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) { console.log(' -', a[i]); console.log(' +', b[i]); break; } }
  else console.log('same', f);
}
