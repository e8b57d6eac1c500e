import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
const fm = `title: x
services: [a]
updates:
  - at: 1
    status: y
    body: >-
      long text
      more
timeline: []
roles:
  tl: j
`;
const doc = parseDocument(fm);
const map = doc.contents as any;
for (const p of map.items) console.log(p.key.value, p.key.range, p.value?.range, isSeq(p.value) && p.value.flow);
const seq = map.items[2].value; console.log(seq.items.map((i: any) => i.range), JSON.stringify(fm.slice(seq.range[0], seq.range[2])));
