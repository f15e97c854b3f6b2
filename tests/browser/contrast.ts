/**
 * Reading colours off the rendered page for the forced-colours test: the contrast of text drawn
 * on a shape (SVG text on the shapes painted under it; HTML text on its own background), and the
 * text of elements a person can actually see.
 */
import type { Locator, Page } from 'playwright-core';

export interface DrawnText {
	text: string;
	/** Text colour and the colour under it, both as opaque `rgb(r g b)`. */
	fg: string;
	bg: string;
	ratio: number;
	/** 4.5, or 3 for large text (24 px, or 18.66 px bold, as rendered). */
	needed: number;
}

/**
 * Every SVG `<text>` inside the elements matching `selector`, and every HTML element there that
 * has a background of its own and text of its own, with the contrast between the text and what is
 * painted under it (the shapes before it in the SVG, alpha composited, over the page background).
 * The worst of three points across the text counts.
 */
export function drawnTextContrast(page: Page, selector: string): Promise<DrawnText[]> {
	return page.locator(selector).evaluateAll((roots) => {
		type Rgba = [number, number, number, number];
		const canvas = document.createElement('canvas');
		canvas.width = 1;
		canvas.height = 1;
		const ctx = canvas.getContext('2d', { willReadFrequently: true });
		if (!ctx) throw new Error('no 2d canvas');
		/** Any CSS colour the browser computed (rgb, color(), oklch, system colours) as sRGB + alpha. */
		const parse = (css: string): Rgba => {
			if (css === 'none' || css === 'transparent') return [0, 0, 0, 0];
			ctx.clearRect(0, 0, 1, 1);
			ctx.fillStyle = 'rgb(1 2 3 / 0.5)';
			ctx.fillStyle = css;
			if (ctx.fillStyle === 'rgba(1, 2, 3, 0.5)') throw new Error(`unreadable colour ${css}`);
			ctx.fillRect(0, 0, 1, 1);
			const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
			return [r, g, b, a / 255];
		};
		const over = (top: Rgba, below: Rgba): Rgba => {
			const a = top[3];
			return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (below[i] ?? 0) * (1 - a)).concat(1) as Rgba;
		};
		const luminance = (c: Rgba) =>
			[0, 1, 2]
				.map((i) => (c[i] ?? 0) / 255)
				.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
				.reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
		const ratio = (a: Rgba, b: Rgba) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
		};
		const show = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;
		/** The page under an element: its ancestors' backgrounds composited over the canvas colour. */
		const backdrop = (el: Element): Rgba => {
			const probe = document.createElement('div');
			probe.style.backgroundColor = 'Canvas';
			document.body.append(probe);
			let colour = parse(getComputedStyle(probe).backgroundColor);
			probe.remove();
			const chain: Element[] = [];
			for (let a: Element | null = el; a; a = a.parentElement) chain.unshift(a);
			for (const a of chain) colour = over(parse(getComputedStyle(a).backgroundColor), colour);
			return colour;
		};
		const opacity = (el: Element, stop: Element) => {
			let o = 1;
			for (let a: Element | null = el; a && a !== stop.parentElement; a = a.parentElement)
				o *= Number(getComputedStyle(a).opacity);
			return o;
		};
		const withAlpha = (c: Rgba, a: number): Rgba => [c[0], c[1], c[2], c[3] * a];
		const shapes = 'rect, circle, ellipse, path, polygon, polyline, line';
		const paintDefs = 'defs, clipPath, mask, marker, pattern, symbol';

		/** What the SVG paints at a point (client coordinates) under `text`. */
		const underSvgText = (text: SVGTextElement, x: number, y: number): Rgba => {
			const svg = text.ownerSVGElement;
			if (!svg) throw new Error('text outside an svg');
			let colour = backdrop(svg);
			for (const shape of svg.querySelectorAll<SVGGeometryElement>(shapes)) {
				if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
				if (shape.closest(paintDefs) || !shape.checkVisibility({ visibilityProperty: true })) continue;
				const m = shape.getScreenCTM();
				if (!m) continue;
				const p = new DOMPoint(x, y).matrixTransform(m.inverse());
				const style = getComputedStyle(shape);
				const o = opacity(shape, svg);
				if (style.fill !== 'none' && shape.isPointInFill(p))
					colour = over(withAlpha(parse(style.fill), Number(style.fillOpacity) * o), colour);
				if (style.stroke !== 'none' && shape.isPointInStroke(p))
					colour = over(withAlpha(parse(style.stroke), Number(style.strokeOpacity) * o), colour);
			}
			return colour;
		};
		const large = (px: number, weight: string) => px >= 24 || (px >= 18.66 && Number(weight) >= 700);
		const results: {
			text: string;
			fg: string;
			bg: string;
			ratio: number;
			needed: number;
		}[] = [];
		for (const root of roots) {
			for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
				if (!text.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
				const svg = text.ownerSVGElement;
				const m = text.getScreenCTM();
				if (!svg || !m) continue;
				const style = getComputedStyle(text);
				const r = text.getBoundingClientRect();
				const y = r.top + r.height / 2;
				let worst = { ratio: Number.POSITIVE_INFINITY, fg: '', bg: '' };
				for (const x of [r.left + r.width * 0.2, r.left + r.width / 2, r.right - r.width * 0.2]) {
					const bg = underSvgText(text, x, y);
					const fg = over(withAlpha(parse(style.fill), Number(style.fillOpacity) * opacity(text, svg)), bg);
					const c = ratio(fg, bg);
					if (c < worst.ratio) worst = { ratio: c, fg: show(fg), bg: show(bg) };
				}
				const px = Number.parseFloat(style.fontSize) * Math.hypot(m.a, m.b);
				results.push({
					text: text.textContent?.trim().slice(0, 40) ?? '',
					...worst,
					ratio: Math.round(worst.ratio * 100) / 100,
					needed: large(px, style.fontWeight) ? 3 : 4.5,
				});
			}
			const html = [root, ...root.querySelectorAll<HTMLElement>('*')].filter(
				(el): el is HTMLElement =>
					el instanceof HTMLElement &&
					parse(getComputedStyle(el).backgroundColor)[3] > 0 &&
					[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
			);
			for (const el of html) {
				const style = getComputedStyle(el);
				const bg = backdrop(el);
				const fg = over(parse(style.color), bg);
				const c = ratio(fg, bg);
				results.push({
					text: el.textContent?.trim().slice(0, 40) ?? '',
					fg: show(fg),
					bg: show(bg),
					ratio: Math.round(c * 100) / 100,
					needed: large(Number.parseFloat(style.fontSize), style.fontWeight) ? 3 : 4.5,
				});
			}
		}
		return results;
	});
}

/**
 * The text of each element matched, as a person sees it; an element that is not rendered, is
 * invisible, transparent, clipped to a speck (visually hidden) or paints no text shows as `hidden:`.
 */
export function visibleText(locator: Locator): Promise<string[]> {
	return locator.evaluateAll((els) =>
		els.map((el) => {
			// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is asked for
			const text = (el instanceof HTMLElement ? el.innerText : el.textContent)?.trim() ?? '';
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			const paints = el instanceof SVGElement ? style.fill !== 'none' : style.color !== 'transparent';
			const seen =
				el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
				r.width >= 2 &&
				r.height >= 2 &&
				paints &&
				text !== '';
			return seen ? text : `hidden: ${text}`;
		}),
	);
}
