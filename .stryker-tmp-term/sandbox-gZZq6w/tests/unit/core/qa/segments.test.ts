// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { checkSegment, documentStats } from '../../../../src/core/qa/index.ts';
import { CTX, documentFindings, findingsOf, seg } from '../../../support/qa.ts';

const TITLE = 'General plan for the construction of Liaoning';

describe('duplicate', () => {
  it('flags a later segment with the same text as an earlier one, naming it', () => {
    const doc = [
      seg(TITLE, { id: 'a' }),
      seg('Other text here.', { id: 'b' }),
      seg(TITLE, { id: 'c' }),
    ];
    expect(documentFindings('duplicate', doc)).toMatchObject([
      {
        segmentId: 'c',
        severity: 'info',
        message: { key: 'qa.duplicate.text', params: { segment: 1 } },
      },
    ]);
  });

  it('flags the same MT corrected differently, and follows a live edit', () => {
    const doc = [seg('A corrected title here', { id: 'a', mt: TITLE }), seg(TITLE, { id: 'b' })];
    expect(documentFindings('duplicate', doc)).toMatchObject([
      { segmentId: 'b', message: { key: 'qa.duplicate.mt' } },
    ]);
    const stats = documentStats(doc, CTX);
    const edited = seg('A corrected title here', { id: 'b', mt: 'Something else entirely' });
    expect(checkSegment(edited, CTX, stats).filter((f) => f.rule === 'duplicate')).toMatchObject([
      { message: { key: 'qa.duplicate.text', params: { segment: 1 } } },
    ]);
  });

  it('does not flag short repeats or different texts', () => {
    expect(
      documentFindings('duplicate', [seg('Notes', { id: 'a' }), seg('Notes', { id: 'b' })]),
    ).toEqual([]);
    expect(
      documentFindings('duplicate', [seg(TITLE, { id: 'a' }), seg(`${TITLE}.`, { id: 'b' })]),
    ).toEqual([]);
  });
});

describe('untouched', () => {
  it('flags a segment still equal to its MT and not confirmed', () => {
    expect(findingsOf('untouched', seg('Still the MT.'))).toMatchObject([{ severity: 'info' }]);
  });

  it('does not flag an edited, reviewed or approved segment', () => {
    expect(findingsOf('untouched', seg('Edited.', { mt: 'MT.' }))).toEqual([]);
    expect(findingsOf('untouched', seg('Still the MT.', { status: 'approved' }))).toEqual([]);
  });
});

describe('length-ratio', () => {
  const mt =
    'Promoting the construction of the Belt and Road is a great initiative that holds high the banner of peaceful development and win-win cooperation.';

  it('flags a correction far shorter or longer than its MT', () => {
    expect(findingsOf('length-ratio', seg('Promoting it.', { mt }))).toMatchObject([
      { severity: 'warning', message: { key: 'qa.lengthRatio.shortMt' } },
    ]);
    expect(findingsOf('length-ratio', seg(`${mt} ${mt} ${mt}`, { mt }))).toMatchObject([
      { message: { key: 'qa.lengthRatio.longMt' } },
    ]);
  });

  it('counts the words of a URL on both sides alike (no finding for a correction that keeps it)', () => {
    const url = 'https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p';
    expect(
      findingsOf('length-ratio', seg(`Please visit ${url} today.`, { mt: `Visit ${url} today` })),
    ).toEqual([]);
  });

  it('judges against a Chinese source with the zh→en length model', () => {
    const source =
      '推进“一带一路”建设，是以习近平同志为核心的党中央高举和平发展旗帜、坚持共商共建共享原则、推动构建人类命运共同体的伟大倡议。';
    expect(findingsOf('length-ratio', seg(mt, { source }), { ...CTX, sourceLang: 'zh' })).toEqual(
      [],
    );
    expect(
      findingsOf('length-ratio', seg('Promoting it.', { source }), { ...CTX, sourceLang: 'zh' }),
    ).toMatchObject([{ message: { key: 'qa.lengthRatio.shortSource' } }]);
  });

  it('does not flag a light edit, an untouched segment or a short one', () => {
    expect(findingsOf('length-ratio', seg(mt.replace('great ', ''), { mt }))).toEqual([]);
    expect(findingsOf('length-ratio', seg(mt))).toEqual([]);
    expect(findingsOf('length-ratio', seg('Yes.', { mt: 'Yes, indeed.' }))).toEqual([]);
  });
});

describe('boilerplate', () => {
  it('flags the seed’s address, telephone and copyright lines, naming what gave them away', () => {
    const keys = [
      'Address: 124 Huigong Street, Shenhe District, Shenyang City, Liaoning Province, China',
      'Tel: 86-24-22562480   Fax: 86-24-22562333    Zip code: 110013',
      'Liaoning International Economic and Technical Cooperation Group Co., Ltd.  All rights reserved     备案号:  辽ICP备********号',
      'Contact: info@lnetc.cn',
      '© 2018 LNETC',
    ].map((text) => findingsOf('boilerplate', seg(text))[0]?.message.key);
    expect(keys).toEqual([
      'qa.boilerplate.address',
      'qa.boilerplate.phone',
      'qa.boilerplate.copyright',
      'qa.boilerplate.email',
      'qa.boilerplate.copyright',
    ]);
  });

  it('does not flag prose that mentions a street or a telephone', () => {
    expect(
      findingsOf('boilerplate', seg('The port of Dalian has opened 63 international routes.')),
    ).toEqual([]);
    expect(
      findingsOf(
        'boilerplate',
        seg(
          'Telecommunications, new energy vehicles and other fields have been expanded, and the level of foreign cooperation has been gradually upgraded over the past five years of hard work by the province.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('placeholder', () => {
  const mt = 'Click ⟨1⟩Save⟨/1⟩ and ⟨2/⟩ continue';

  it('flags codes missing from or added to the correction', () => {
    const found = findingsOf('placeholder', seg('Click Save⟨/1⟩ and ⟨2/⟩ ⟨2/⟩ continue', { mt }));
    expect(found.map((f) => [f.message.key, f.message.params['code']])).toEqual([
      ['qa.placeholder.missing', '⟨1⟩'],
      ['qa.placeholder.extra', '⟨2/⟩'],
    ]);
    expect(found[1]?.suggestion).toBe('');
  });

  it('flags a broken code and a pair closed before it opens', () => {
    expect(
      findingsOf('placeholder', seg('Click ⟨1Save⟨/1⟩', { mt: 'Click ⟨1⟩Save⟨/1⟩' })).map(
        (f) => f.message.key,
      ),
    ).toContain('qa.placeholder.broken');
    expect(
      findingsOf('placeholder', seg('Click ⟨/1⟩Save⟨1⟩', { mt: 'Click ⟨1⟩Save⟨/1⟩' })).map(
        (f) => f.message.key,
      ),
    ).toEqual(['qa.placeholder.order']);
  });

  it('accepts codes moved but all there', () => {
    expect(findingsOf('placeholder', seg('⟨2/⟩ Click ⟨1⟩Save⟨/1⟩ and continue', { mt }))).toEqual(
      [],
    );
  });
});
