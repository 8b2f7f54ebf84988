/**
 * English wording of every QA message (`Finding.message.key`), in i18next's `{{name}}` syntax: the
 * source of the `qa` section of the locale files, and what `verso qa` prints. A unit test keeps the two
 * in step once the locale files have the section.
 */
import type { QaMessage } from './types.ts';

/** Message templates by full key, as findings carry them. */
export const QA_MESSAGES_EN: Readonly<Record<string, string>> = {
  'qa.repeatedWord.repeated': '“{{word}}” twice in a row',
  'qa.repeatedPhrase.repeated': '“{{phrase}}” repeated',
  'qa.spacing.leading': 'Space at the start of the segment',
  'qa.spacing.trailing': 'Space at the end of the segment',
  'qa.spacing.doubled': '{{count}} spaces in a row',
  'qa.cjk.leftover': 'Untranslated characters “{{chars}}”',
  'qa.fullwidth.punctuation': 'Chinese punctuation “{{mark}}”: use “{{replacement}}”',
  'qa.unbalanced.unclosed': '“{{mark}}” is never closed',
  'qa.unbalanced.unopened': '“{{mark}}” closes nothing',
  'qa.number.changed': 'Number differs from the reference ({{expected}})',
  'qa.number.extra': '{{number}} is not in the reference',
  'qa.number.missing': '{{number}} from the reference is missing',
  'qa.spelling.unknown': '“{{word}}” is not in the dictionary',
  'qa.spelling.name': '“{{word}}” is not in the dictionary (a name? add it to the word list)',
  'qa.name.unknown':
    '“{{word}}” looks like a name (the MT has it too): add it to the word list if it is right',
  'qa.skipped.spelling':
    'Spelling is not checked: there is no dictionary for {{lang}} (only for {{dictionary}})',
  'qa.duplicate.text': 'Same text as segment {{segment}}',
  'qa.duplicate.mt': 'Same machine translation as segment {{segment}}',
  'qa.untouched.unreviewed': 'Still the machine translation, not yet reviewed',
  'qa.lengthRatio.shortSource':
    'Much shorter than the source suggests ({{percent}}% of the expected length)',
  'qa.lengthRatio.longSource':
    'Much longer than the source suggests ({{percent}}% of the expected length)',
  'qa.lengthRatio.shortMt':
    'Much shorter than the machine translation ({{percent}}% of its length)',
  'qa.lengthRatio.longMt': 'Much longer than the machine translation ({{percent}}% of its length)',
  'qa.boilerplate.icp': 'Looks like boilerplate (ICP licence number): exclude the segment?',
  'qa.boilerplate.copyright': 'Looks like boilerplate (copyright line): exclude the segment?',
  'qa.boilerplate.phone': 'Looks like boilerplate (phone or fax number): exclude the segment?',
  'qa.boilerplate.postcode': 'Looks like boilerplate (postcode): exclude the segment?',
  'qa.boilerplate.address': 'Looks like boilerplate (address): exclude the segment?',
  'qa.boilerplate.email': 'Looks like boilerplate (e-mail address): exclude the segment?',
  'qa.placeholder.extra': 'Inline code {{code}} is not in the machine translation',
  'qa.placeholder.missing': 'Inline code {{code}} is missing',
  'qa.placeholder.broken': 'Broken inline code: a bracket without its placeholder',
  'qa.placeholder.order': 'Inline code {{code}} closes before it opens',
  'qa.term.forbidden': '“{{found}}”: use “{{preferred}}”',
  'qa.term.missing': 'The source has “{{source}}”: the translation should have “{{preferred}}”',
  'qa.variant.rare':
    '“{{variant}}” ({{count}}×) looks like a variant of “{{frequent}}” ({{frequentCount}}× in the document)',
};

/** `message` in English, its parameters filled in; the key itself when it has no template. */
export function formatQaMessage(message: QaMessage): string {
  const template = QA_MESSAGES_EN[message.key] ?? message.key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = message.params[name];
    return value === undefined ? whole : String(value);
  });
}
