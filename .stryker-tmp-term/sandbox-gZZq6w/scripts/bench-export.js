// @ts-nocheck
// A 20,000-segment project for `npm run bench` (issue 5: export of every format). Made from the
// bilingual units of bench-interchange.js as the import makes them (Chinese source, English MT, inline
// codes), then reviewed: about two segments in three post-edited, statuses spread over all six, a
// comment on one segment in twenty, and a typing revision per edit. Seeded, so every run exports the
// same project.

const STATUSES = ['new', 'edited', 'reviewed', 'approved', 'rejected', 'excluded'];

/**
 * The export input of a reviewed project made from `doc` (a BilingualDocument).
 *
 * @param postEdit (random, text) => a post-edit of text
 */
export function reviewedProject(doc, random, postEdit) {
  const now = Date.UTC(2026, 0, 1);
  const revisions = [];
  const segments = doc.units.map((u, i) => {
    const id = `s${i + 1}`;
    const text = random() < 0.67 ? postEdit(random, u.target) : u.target;
    const status = STATUSES[Math.floor(random() * STATUSES.length)];
    const comments =
      random() < 0.05
        ? [{ id: `c${i}`, text: 'Check the term.', author: 'Reviewer', createdAt: now }]
        : [];
    if (text !== u.target) {
      revisions.push({
        id: revisions.length + 1,
        segmentId: id,
        text,
        status,
        origin: 'typing',
        createdAt: now + i * 1000,
      });
    }
    return {
      id,
      source: u.source,
      mt: u.target,
      text,
      status,
      comments,
      revisionCount: 1,
      updatedAt: now,
      ...(u.codes.length > 0 ? { codes: u.codes } : {}),
      ...(u.id === undefined ? {} : { externalId: u.id }),
    };
  });
  const meta = {
    id: 'bench',
    name: 'Bench project',
    fileName: 'bench.tmx',
    createdAt: now,
    updatedAt: now,
    segmentCount: segments.length,
    sourceLang: doc.sourceLang,
    targetLang: doc.targetLang,
  };
  return { meta, segments, revisions, now };
}
