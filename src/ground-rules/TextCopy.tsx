/**
 * "Our ground rules as text" (Preact): a copy button and a read-only text field (the fallback when
 * the clipboard is refused: the text is selected and the person is told how to copy it).
 */
import { useMemo, useRef } from 'preact/hooks';
import { type ExportTexts, type ToolTheme, toMarkdown } from './markdown';
import type { ToolState } from './state';
import type { GroundRulesToolProps } from './texts';

export interface TextCopyProps {
	themes: ToolTheme[];
	state: ToolState;
	ui: GroundRulesToolProps['ui'];
	exportTexts: ExportTexts;
	say: (text: string) => void;
}

export function TextCopy({ themes, state, ui, exportTexts, say }: TextCopyProps) {
	const textareaRef = useRef<HTMLTextAreaElement>(null);
	const text = useMemo(() => toMarkdown(themes, state, exportTexts), [themes, state, exportTexts]);

	const copy = async () => {
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(text);
			say(ui.copied);
		} catch {
			textareaRef.current?.focus();
			textareaRef.current?.select();
			say(ui.copyFailed);
		}
	};

	return (
		<section class="gr-export" aria-labelledby="gr-export-heading">
			<h2 id="gr-export-heading">{ui.exportHeading}</h2>
			<p>{ui.exportIntro}</p>
			<p>
				<button type="button" class="qk-button" onClick={copy}>
					{ui.copy}
				</button>
			</p>
			<div class="gr-field">
				<label for="gr-markdown">{ui.textareaLabel}</label>
				<textarea id="gr-markdown" ref={textareaRef} readOnly rows={14} value={text} />
			</div>
		</section>
	);
}
