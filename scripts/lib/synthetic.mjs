// A synthetic content set for scale tests: `count` documents, each in Finnish and Swedish,
// with document metadata, headings, lists, a table and links, like the real documents.
// Pure: returns { path, text } pairs; scripts/scale.mjs writes them into a temporary copy.

const fiWords =
	'järjestö yhteistyö avustus hyvinvointialue kumppanuus toiminta-avustus hankeavustus vapaaehtoistoiminta vertaistuki osallisuus kohtaamispaikka neuvottelukunta'.split(
		' ',
	);
const svWords =
	'organisation samarbete understöd välfärdsområde partnerskap verksamhetsunderstöd projektunderstöd frivilligverksamhet kamratstöd delaktighet mötesplats delegation'.split(
		' ',
	);

function sentence(words, n, seed) {
	const out = [];
	for (let i = 0; i < n; i++) out.push(words[(seed * 7 + i * 13) % words.length]);
	const s = out.join(' ');
	return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
}

function page(lang, i) {
	const w = lang === 'fi' ? fiWords : svWords;
	const t =
		lang === 'fi'
			? { title: 'Synteettinen asiakirja', intro: 'Lyhyesti', part: 'Osa' }
			: { title: 'Syntetiskt dokument', intro: 'I korthet', part: 'Del' };
	const prefix = lang === 'fi' ? '' : '/sv';
	const sections = [1, 2, 3, 4]
		.map(
			(s) =>
				`## ${t.part} ${s}\n\n${[0, 1, 2].map((p) => sentence(w, 24, i + s * 3 + p)).join(' ')}\n\n- ${sentence(w, 6, i + s)}\n- ${sentence(w, 7, i + s + 1)}\n\n| A | B |\n| --- | --- |\n| ${w[(i + s) % w.length]} | ${w[(i + s + 5) % w.length]} |\n`,
		)
		.join('\n');
	return `---
title: ${t.title} ${i}
description: ${sentence(w, 10, i)}
document:
  id: synteettinen-${i}
  version: "2026-01"
  status: draft
  changeNote: ${lang === 'fi' ? 'Synteettinen testiversio.' : 'Syntetisk testversion.'}
  sources: ["001"]
---

## ${t.intro}

${sentence(w, 18, i)} [${lang === 'fi' ? 'Periaatteet' : 'Principerna'}](${prefix}/periaatteet/).

${sections}`;
}

/** The files of `count` synthetic documents in both languages, paths relative to content/docs. */
export function syntheticDocs(count) {
	const files = [];
	for (let i = 1; i <= count; i++) {
		files.push({ path: `synteettinen/asiakirja-${i}/index.mdx`, text: page('fi', i) });
		files.push({ path: `sv/synteettinen/asiakirja-${i}/index.mdx`, text: page('sv', i) });
	}
	return files;
}
