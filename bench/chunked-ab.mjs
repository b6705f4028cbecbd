// Same-run A/B of chunked rendering (src/transform/chunked.ts): a generated 4 MB document rendered in
// one pass and in runs, alternating, twice; min CPU of each, their ratio, and whether the outputs are
// identical. Uses lib/ (`npm run prepare` first).   node bench/chunked-ab.mjs [paragraphs=13000]
const lib = new URL('../lib/', import.meta.url).pathname
const {TeiFile} = await import(lib + 'core/file.js')
const {renderHtml} = await import(lib + 'transform/html.js')
const {renderText} = await import(lib + 'transform/text.js')
const {loadavg} = await import('node:os')
const gen=(n)=>{const parts=[];for(let i=1;i<=n;i++){const p='<p>Paragraph '+i+': the <persName>delegate</persName> of the <orgName>committee</orgName> said that <hi rend="italic">the question</hi> of meeting '+i+'<note place="foot" n="'+i+'">See the minutes, file '+i+'.</note> was not settled, and <choice><sic>teh</sic><corr resp="#ed">the</corr></choice> vote was postponed.</p>\n';parts.push(i%50===0?'</div><div><head>Section '+i+'</head>'+p:p)}return '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Generated</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><div>'+parts.join('')+'</div></body></text></TEI>'}
const xml = gen(Number(process.argv[2] ?? 13000))
console.log(`${(xml.length/1e6).toFixed(1)} MB, load ${loadavg()[0].toFixed(1)}`)
const cpu = (f) => { const t = process.cpuUsage(); f(); const u = process.cpuUsage(t); return (u.user + u.system) / 1e6 }
for (const [name, render] of [['html', renderHtml], ['text', renderText]]) {
  const r = {one: [], runs: []}
  let out = {}
  for (let k = 0; k < 2; k++) {
    for (const mode of ['one', 'runs']) {
      const f = new TeiFile('g.xml', xml)
      r[mode].push(cpu(() => render(f, {chunking: mode === 'one' ? {threshold: Infinity} : {}})))
      out[mode] = f.outputs[name]
    }
  }
  const m = (a) => Math.min(...a)
  console.log(`${name}: one pass ${m(r.one).toFixed(1)} s, in runs ${m(r.runs).toFixed(1)} s cpu: runs / one pass = ${(m(r.runs) / m(r.one)).toFixed(2)}; identical ${out.one === out.runs}; load ${loadavg()[0].toFixed(1)}`)
}
