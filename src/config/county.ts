/**
 * The county's identity: the one place a county edits to adopt this site.
 * The defaults are an example (addresses on the reserved `.example` domain).
 */
import type { Lang } from '~/i18n/lang';

export interface CountyConfig {
	/** The county's name in the grammatical forms the texts need. */
	name: {
		fi: {
			/** nominative: "Esimerkin hyvinvointialue" */
			nominative: string;
			/** genitive: "Esimerkin hyvinvointialueen" */
			genitive: string;
			/** adessive ("where"): "Esimerkin hyvinvointialueella" */
			adessive: string;
		};
		sv: {
			/** "Exempels välfärdsområde" */
			nominative: string;
			/** "Exempels välfärdsområdes" */
			genitive: string;
			/** "i Exempels välfärdsområde" */
			inessive: string;
		};
	};
	/** The associations' coordinator: a role address, never a person's. */
	coordinator: {
		title: Record<Lang, string>;
		email: string;
		phone: string;
	};
	/** Bodies and forums that approve documents or have them put before them; keys are used in document metadata (`approvedBy`, `presentedTo`). */
	bodies: Record<string, Record<Lang, string>>;
	/** The site's public URL (no trailing slash). */
	siteUrl: string;
	/** Where accessibility feedback goes (306/2019 §9). */
	accessibilityFeedbackEmail: string;
	/** The supervising authority named in the accessibility statement (306/2019 §9). */
	accessibilitySupervisor: { name: Record<Lang, string>; url: string };
	/** Date the accessibility statement was drawn up / last reviewed (YYYY-MM-DD). */
	accessibilityStatementDate: string;
}

export const county = {
	name: {
		fi: {
			nominative: 'Esimerkin hyvinvointialue',
			genitive: 'Esimerkin hyvinvointialueen',
			adessive: 'Esimerkin hyvinvointialueella',
		},
		sv: {
			nominative: 'Exempels välfärdsområde',
			genitive: 'Exempels välfärdsområdes',
			inessive: 'i Exempels välfärdsområde',
		},
	},
	coordinator: {
		title: { fi: 'Järjestökoordinaattori', sv: 'Organisationskoordinator' },
		email: 'jarjestoyhteistyo@hyvinvointialue.example',
		phone: '+358 00 000 0000',
	},
	bodies: {
		aluevaltuusto: { fi: 'Aluevaltuusto', sv: 'Välfärdsområdesfullmäktige' },
		aluehallitus: { fi: 'Aluehallitus', sv: 'Välfärdsområdesstyrelsen' },
		osallisuuslautakunta: {
			fi: 'Lähidemokratia- ja osallisuuslautakunta',
			sv: 'Nämnden för närdemokrati och delaktighet',
		},
		jarjestoneuvottelukunta: { fi: 'Järjestöneuvottelukunta', sv: 'Organisationsdelegationen' },
		// Where the source says only "lautakunnassa" (004, roadmap of March 2023): no name is inferred.
		lautakunta: { fi: 'Lautakunta (lähde ei nimeä lautakuntaa)', sv: 'En nämnd (källan anger inte vilken)' },
		yhdistysfoorumi: { fi: 'Yhdistysfoorumi', sv: 'Föreningsforumet' },
	},
	siteUrl: 'https://jarjestot.hyvinvointialue.example',
	accessibilityFeedbackEmail: 'saavutettavuus@hyvinvointialue.example',
	// Supervision moved from the Regional State Administrative Agency to Traficom on 1.1.2025 (HE 71/2024).
	accessibilitySupervisor: {
		name: {
			fi: 'Liikenne- ja viestintävirasto Traficom, saavutettavuuden valvonta',
			sv: 'Transport- och kommunikationsverket Traficom, tillsynen över tillgängligheten',
		},
		url: 'https://www.saavutettavuusvaatimukset.fi/',
	},
	accessibilityStatementDate: '2026-11-22',
} as const satisfies CountyConfig;

export type BodyKey = keyof typeof county.bodies;
export const bodyKeys = Object.keys(county.bodies) as [BodyKey, ...BodyKey[]];
