/**
 * The Belt-and-Road term pack Verso ships (issue 4, deliverable 2), enabled by default for the seed
 * project. Written from ../shared/data/glossary/bri-terms.zh-en.tsv (the project's research glossary of
 * official renderings, each with its source) and from reading the seed document, whose MT renders the
 * same Chinese terms in several literal ways.
 *
 * Provenance is in every rule's `note`, which the QA panel shows. Where the glossary names an official
 * rendering the note says where it comes from; where the glossary is silent the note says "Verso
 * editorial choice" — no official rendering is invented.
 */
import type { ForbiddenVariant, TermRule } from '../model.ts';
import { BELT_AND_ROAD_PACK_ID } from './ids.ts';

export { BELT_AND_ROAD_PACK_ID };

const plain = (...patterns: string[]): ForbiddenVariant[] =>
  patterns.map((pattern) => ({ pattern, regex: false }));

const rule = (
  id: string,
  preferred: string,
  forbidden: ForbiddenVariant[],
  note: string,
  sourceTerm?: string,
): TermRule => ({
  id: `bri-${id}`,
  preferred,
  forbidden,
  ...(sourceTerm === undefined ? {} : { sourceTerm }),
  wholeWord: true,
  matchCase: false,
  note,
  pack: BELT_AND_ROAD_PACK_ID,
});

/** The rules of the pack. */
export const BELT_AND_ROAD_PACK: readonly TermRule[] = [
  // 一带一路. Glossary (high): preferred "the Belt and Road Initiative (BRI)", "the Belt and Road" seen,
  // "One Belt, One Road (OBOR)" superseded in 2015. The seed's MT writes "one belt and one road" 16
  // times and "one belt and one way" twice. "Belt and Road" fits every place the seed uses the term
  // ("the Belt and Road construction", "Belt and Road comprehensive pilot zone").
  rule(
    'belt-and-road',
    'Belt and Road',
    plain(
      'one belt and one road',
      'one belt and one way',
      'One Belt, One Road',
      'one belt one road',
      'one belt, one way',
      'OBOR',
    ),
    'Glossary bri-terms.zh-en (一带一路, high confidence): "Belt and Road" (the Belt and Road Initiative, BRI) per China Keywords and the SCIO white paper of Oct 2023; "One Belt, One Road" (OBOR) was superseded in 2015. "One belt and one way/road" are literal MT renderings seen in the seed.',
    '一带一路',
  ),
  // 人类命运共同体. Glossary (high): "a community with a shared future for mankind"; "community of
  // common destiny" older and deprecated. The article is left out so the rule fits "the construction
  // of the community of human destiny" without doubling it.
  rule(
    'shared-future',
    'community with a shared future for mankind',
    plain('community of human destiny', 'community of common destiny', 'human destiny community'),
    'Glossary bri-terms.zh-en (人类命运共同体, high confidence): "a community with a shared future for mankind" (Xi, 2021 New Year address, official English); "community of common destiny" is the older, deprecated rendering; "community of human destiny" is the seed\'s literal MT.',
    '人类命运共同体',
  ),
  // 五通. Glossary (high): "Five-Pronged Approach" (China Keywords). The seed says "five links".
  rule(
    'five-pronged',
    'Five-Pronged Approach',
    plain('five links', 'five connections', 'five connectivities', 'five-links'),
    'Glossary bri-terms.zh-en (五通, high confidence): "Five-Pronged Approach" (China Keywords). "Five links" (seed) and "five connections" are literal MT renderings; "five areas of connectivity" was not found in official sources.',
    '五通',
  ),
  // 政策沟通 (first of the five): the seed's "Policy communication continues to deepen".
  rule(
    'policy-coordination',
    'policy coordination',
    plain('policy communication'),
    'Glossary bri-terms.zh-en (政策沟通, high confidence): "policy coordination" (China Keywords; Vision and Actions 2015). "Policy communication" is the seed\'s literal MT.',
    '政策沟通',
  ),
  // 设施联通: the seed's "Facilities Unicom" reads 联通 as the telecom company's name.
  rule(
    'facilities-connectivity',
    'facilities connectivity',
    plain('facilities Unicom', 'facility Unicom', 'facilities interconnection'),
    'Glossary bri-terms.zh-en (设施联通, high confidence): "facilities connectivity" is the Vision and Actions (2015) section heading; China Keywords prefers "infrastructure connectivity", also official. "Facilities Unicom" (seed) mistakes 联通 for the company China Unicom.',
    '设施联通',
  ),
  // 民心相通: the seed's "The common feelings of the people have a wide influence".
  rule(
    'people-to-people',
    'closer people-to-people ties',
    plain('common feelings of the people', 'people-to-people feelings'),
    'Glossary bri-terms.zh-en (民心相通, high confidence): "closer people-to-people ties" (China Keywords); "people-to-people bonds" (Vision and Actions) is also official. "Common feelings of the people" is the seed\'s literal MT.',
    '民心相通',
  ),
  // 综合试验区: the seed has "comprehensive experimental zone", "comprehensive test area" and
  // "comprehensive pilot area" for the same zone. The glossary is silent.
  rule(
    'comprehensive-pilot-zone',
    'comprehensive pilot zone',
    plain('comprehensive experimental zone', 'comprehensive test area', 'comprehensive pilot area'),
    'Verso editorial choice (the glossary has no entry for 综合试验区): "pilot zone" follows the official "China (Liaoning) Pilot Free Trade Zone" (自由贸易试验区), which the seed itself names; the seed\'s MT uses three renderings for one zone.',
    '综合试验区',
  ),
  // 双招双引 (招商引资 + 招才引智): the seed's "eight double-attraction and double-attraction golden
  // policies". The glossary is silent.
  rule(
    'investment-and-talent',
    'investment and talent attraction',
    plain('double-attraction and double-attraction', 'double attraction and double attraction'),
    'Verso editorial choice (the glossary has no entry for 双招双引): the term joins 招商引资 (attracting investment) and 招才引智 (attracting talent); the seed\'s MT "double-attraction and double-attraction" calques the reduplication.',
    '双招双引',
  ),
  // 新发展格局. Glossary (medium): "new development paradigm".
  rule(
    'development-paradigm',
    'new development paradigm',
    plain('new pattern of development', 'new development pattern'),
    'Glossary bri-terms.zh-en (新发展格局, medium confidence): "new development paradigm" (Xi, letter of 14 Oct 2021, official English); "new pattern of development" is a literal variant.',
    '新发展格局',
  ),
  // 共建"一带一路": glossary (medium) says avoid the calque "joint construction".
  rule(
    'belt-and-road-cooperation',
    'Belt and Road cooperation',
    plain('joint construction of the Belt and Road', 'joint construction of Belt and Road'),
    'Glossary bri-terms.zh-en (共建"一带一路", medium confidence): "Belt and Road cooperation" (Xi, 18 May 2022, official English); the glossary says to avoid the calque "joint construction". Context-dependent: "jointly building the Belt and Road" is also official.',
  ),
  // Spelling the seed gets wrong ("Fourty open policies"); not a glossary term.
  rule(
    'forty',
    'forty',
    plain('fourty'),
    'Verso editorial choice (spelling, not in the glossary): "fourty" is a misspelling of "forty" (seed: "Fourty open policies").',
  ),
];
